import { Injectable } from '@nestjs/common';
import { CleaningTaskCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { missingItems } from './clean-plan';
import { CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskAction, CLEANING_TASK_LIFECYCLE } from './cleaning-task-lifecycle';
import { taskFacts } from './cleaning-task-facts';
import { CleaningTaskRow } from './cleaning-task.entity';
import { FinishCleaningTaskInput } from './cleaning-task.inputs';
import { turnaroundMinutes } from './cleaning-task.model';
import { CleaningTaskRepository } from './cleaning-task.repository';
import { RoomLabels } from './room-labels';

/**
 * The cleaner scans the label again and ticks the whole checklist: the task is done, and a terminal clean's bed is ready
 * (org's bed board reads the event). The turnaround runs from the discharge to this moment.
 */
@Injectable()
export class FinishCleaningTask {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: CleaningTaskRepository,
    private readonly labels: RoomLabels,
  ) {}

  execute(identity: Identity, input: FinishCleaningTaskInput): Promise<CleaningTaskRow> {
    return this.transitions.run(identity, CLEANING_TASK_LIFECYCLE, {
      action: CleaningTaskAction.FINISH,
      load: this.repository.lockVisible(identity, input.taskId),
      authorise: async (row, _at, manager) => {
        await this.labels.requireAt(manager, row, input.code);
        const missing = missingItems(row.checklist, input.checkedItems);
        if (missing.length) {
          const zh = row.checklist.filter((step) => missing.includes(step.code)).map((step) => step.zh);
          throw new DomainError('CLEANING_CHECKLIST_INCOMPLETE', { missing: missing.join(', '), missingZh: zh.join('；') });
        }
      },
      apply: (row, at) => {
        row.finishedAt = at;
        row.checkedItems = row.checklist.map((step) => step.code);
      },
      event: {
        contract: CleaningTaskCompletedV1,
        data: (row, at) => ({
          ...taskFacts(row, at),
          startedAt: (row.startedAt as Date).toISOString(),
          finishedAt: at.toISOString(),
          turnaroundMinutes: row.kind === CleaningTaskKind.TERMINAL ? turnaroundMinutes(row) : null,
        }),
      },
    });
  }
}
