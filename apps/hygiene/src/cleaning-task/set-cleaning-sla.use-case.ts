import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { CleaningSla, CleaningSlaTerms, DEFAULT_CLEANING_SLA } from './cleaning-sla';
import { CleaningSlaRow } from './cleaning-task.entity';
import { SetCleaningSlaInput } from './cleaning-task.inputs';

/** A campus sets its own terminal-clean deadlines (defaults 30 / 90 minutes); tasks opened afterwards use them. */
@Injectable()
export class SetCleaningSla {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly directory: OrgDirectoryReplica,
    private readonly changes: ChangeRecorder,
  ) {}

  static validate(identity: Identity, input: SetCleaningSlaInput): { campusId: string } & CleaningSlaTerms {
    const terms = { terminalStartMinutes: input.terminalStartMinutes, terminalReadyMinutes: input.terminalReadyMinutes };
    const invalid = CleaningSla.validate(terms);
    if (invalid) throw new DomainError('CLEANING_SLA_INVALID', { field: invalid });
    return { campusId: requireCampusInScope(identity, input.campusId), ...terms };
  }

  execute(identity: Identity, input: SetCleaningSlaInput): Promise<CleaningSlaRow> {
    const valid = SetCleaningSla.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      const before = (await manager.findOneBy(CleaningSlaRow, { campusId: valid.campusId })) ?? { campusId: valid.campusId, ...DEFAULT_CLEANING_SLA };
      const now = new Date();
      const row: CleaningSlaRow = { ...valid, updatedAt: now, updatedBy: identity.subject };
      await manager.save(CleaningSlaRow, row);
      const audit = { action: 'cleaning-sla.set', entityType: 'CleaningSla', entityId: valid.campusId, campusId: valid.campusId, before, after: row };
      await this.changes.record(manager, identity, { audit, events: [] }, now);
      return row;
    });
  }
}
