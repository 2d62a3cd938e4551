import { Injectable } from '@nestjs/common';
import { PmTaskDeferredV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireIsoDate, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { chinaToday } from '@houqin/platform-calendar';
import { actorOf } from '../crew/crew-facts';
import { pmTaskFacts } from './pm-facts';
import { PmSchedule } from './pm-schedule';
import { assertTaskOpen, PmTaskStatus } from './pm-task-status';
import { PmPlanRow, PmTaskRow } from './preventive.entity';
import { PreventiveRepository } from './preventive.repository';

/**
 * 延期保养: moves an open task to a later date, with a reason, within `PmSchedule.deferralWindow`. The task
 * keeps its row and its unique key, so the job never generates the original occurrence again; `deferredFrom`
 * keeps the original due date however often it moves.
 */
@Injectable()
export class DeferPmTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, taskId: string, newDueOnText: string, reasonText: string): Promise<PmTaskRow> {
    const newDueOn = requireIsoDate('newDueOn', newDueOnText);
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const task = await this.repository.findVisibleTask(identity, taskId, manager, true);
      assertTaskOpen(task.status, 'defer');
      const plan = await manager.findOneByOrFail(PmPlanRow, { id: task.planId });
      const now = new Date();
      const originalDueOn = task.deferredFrom ?? task.dueOn;
      const { earliest, latest } = PmSchedule.stored(plan.trigger).deferralWindow(originalDueOn, task.dueOn, chinaToday(now));
      if (earliest > latest) throw new DomainError('PM_DEFER_NO_ROOM', { latest });
      if (newDueOn < earliest || newDueOn > latest) throw new DomainError('PM_DEFER_OUT_OF_RANGE', { newDueOn, earliest, latest });
      const deferred = { status: PmTaskStatus.DEFERRED, dueOn: newDueOn, deferredFrom: originalDueOn, reason };
      await manager.update(PmTaskRow, { id: task.id }, deferred);
      const after: PmTaskRow = { ...task, ...deferred };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pm_task.defer', entityType: 'PmTask', entityId: task.id, campusId: task.campusId, before: task, after },
          events: [
            changeEvent(
              PmTaskDeferredV1,
              { ...pmTaskFacts(after, plan, now), previousDueOn: task.dueOn, originalDueOn, reason, actor: actorOf(identity) },
              task.id,
            ),
          ],
        },
        now,
      );
      return after;
    });
  }
}
