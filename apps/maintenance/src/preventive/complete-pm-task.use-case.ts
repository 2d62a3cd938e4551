import { Injectable } from '@nestjs/common';
import { PmTaskCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { chinaToday } from '@houqin/platform-calendar';
import { actorOf } from '../crew/crew-facts';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { checkRepairRequest, WorkOrderIntake } from '../work-order/work-order-intake';
import { WorkOrderSource } from '../work-order/work-order-source';
import { Checklist, ChecklistAnswer, failureDescription } from './checklist';
import { pmTaskFacts } from './pm-facts';
import { assertTaskOpen, PmTaskStatus } from './pm-task-status';
import { PmPlanRow, PmTaskRow } from './preventive.entity';
import { PreventiveRepository } from './preventive.repository';

/**
 * 完成保养: records every checklist item's answer. Each failed item (failed check, reading out of range) opens
 * one corrective work order on the asset, HIGH priority, through the work-order intake in this same
 * transaction, so the task is never done without its repairs or the repairs raised without the task.
 * Answers are judged before anything is written: an incomplete checklist writes nothing.
 */
@Injectable()
export class CompletePmTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly intake: WorkOrderIntake,
    private readonly repository: PreventiveRepository,
  ) {}

  execute(identity: Identity, taskId: string, answers: readonly ChecklistAnswer[]): Promise<PmTaskRow> {
    return this.unitOfWork.run(async (manager) => {
      const task = await this.repository.findVisibleTask(identity, taskId, manager, true);
      assertTaskOpen(task.status, 'complete');
      const plan = await manager.findOneByOrFail(PmPlanRow, { id: task.planId });
      const results = Checklist.stored(plan.checklist).evaluate(answers);
      const failed = results.filter((result) => !result.passed);
      const correctiveWorkOrderIds: string[] = [];
      for (const item of failed) {
        const request = checkRepairRequest(
          {
            assetId: task.assetId,
            // The plan's own crew repairs what its maintenance found, when the plan names one.
            teamId: plan.teamId,
            category: plan.workCategory,
            priority: WorkOrderPriority.HIGH,
            title: `${plan.name}: ${item.label}`,
            description: failureDescription(item),
          },
          WorkOrderSource.PREVENTIVE_MAINTENANCE,
          task.id,
        );
        correctiveWorkOrderIds.push((await this.intake.open(manager, identity, request)).id);
      }
      const now = new Date();
      const done = {
        status: PmTaskStatus.DONE,
        results,
        correctiveWorkOrderIds,
        completedAt: now,
        completedByStaffId: identity.staffId,
        completedByName: identity.name,
      };
      await manager.update(PmTaskRow, { id: task.id }, done);
      const after: PmTaskRow = { ...task, ...done };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'pm_task.complete', entityType: 'PmTask', entityId: task.id, campusId: task.campusId, before: task, after },
          events: [
            changeEvent(
              PmTaskCompletedV1,
              {
                ...pmTaskFacts(after, plan, now),
                onTime: chinaToday(now) <= task.dueOn,
                failedItems: failed,
                correctiveWorkOrderIds,
                actor: actorOf(identity),
              },
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
