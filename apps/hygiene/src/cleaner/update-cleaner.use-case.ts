import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { CleaningTaskDesk } from '../cleaning-task/cleaning-task-desk';
import { CleanerRow } from './cleaner.entity';
import { UpdateCleanerInput } from './cleaner.inputs';
import { CleanerRepository } from './cleaner.repository';
import { requireZones } from './register-cleaner.use-case';

/** Moves a cleaner between zones, or takes them off the roster (auto-assignment stops offering them work). */
@Injectable()
export class UpdateCleaner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CleanerRepository,
    private readonly changes: ChangeRecorder,
    private readonly desk: CleaningTaskDesk,
  ) {}

  execute(identity: Identity, input: UpdateCleanerInput): Promise<CleanerRow> {
    return this.unitOfWork.run(async (manager) => {
      const before = await this.repository.findVisible(identity, input.cleanerId, manager);
      const row: CleanerRow = { ...before };
      if (input.zoneIds) row.zoneIds = await requireZones(manager, row.campusId, input.zoneIds);
      if (input.active !== null && input.active !== undefined) row.active = input.active;
      await manager.save(CleanerRow, row);
      const audit = { action: 'cleaner.update', entityType: 'Cleaner', entityId: row.id, campusId: row.campusId, before, after: row };
      await this.changes.record(manager, identity, { audit, events: [] });
      await this.desk.offerWaiting(manager, identity, row.campusId);
      return row;
    });
  }
}
