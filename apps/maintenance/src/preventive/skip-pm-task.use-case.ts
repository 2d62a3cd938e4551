import { Injectable } from '@nestjs/common';
import { PmTaskSkippedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { actorOf } from '../crew/crew-facts';
import { pmTaskFacts } from './pm-facts';
import { assertTaskOpen, PmTaskStatus } from './pm-task-status';
import { PmPlanRow, PmTaskRow } from './preventive.entity';
import { PreventiveRepository } from './preventive.repository';

/** 跳过保养 (the asset is out of service, the ward cannot be entered): with a reason, for the auditors; it counts against compliance. */
@Injectable()
export class SkipPmTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, taskId: string, reasonText: string): Promise<PmTaskRow> {
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const task = await this.repository.findVisibleTask(identity, taskId, manager, true);
      assertTaskOpen(task.status, 'skip');
      const plan = await manager.findOneByOrFail(PmPlanRow, { id: task.planId });
      const now = new Date();
      const skipped = { status: PmTaskStatus.SKIPPED, reason, skippedAt: now };
      await manager.update(PmTaskRow, { id: task.id }, skipped);
      const after: PmTaskRow = { ...task, ...skipped };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pm_task.skip', entityType: 'PmTask', entityId: task.id, campusId: task.campusId, before: task, after },
          events: [changeEvent(PmTaskSkippedV1, { ...pmTaskFacts(after, plan, now), reason, actor: actorOf(identity) }, task.id)],
        },
        now,
      );
      return after;
    });
  }
}
