import { Injectable } from '@nestjs/common';
import { CleaningTaskCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { CleaningTaskAction, CLEANING_TASK_LIFECYCLE } from './cleaning-task-lifecycle';
import { taskFacts } from './cleaning-task-facts';
import { CleaningTaskRow } from './cleaning-task.entity';
import { CancelCleaningTaskInput } from './cleaning-task.inputs';
import { CleaningTaskRepository } from './cleaning-task.repository';

export const REASON_MAX = 200;

/** The supervisor cancels a task nobody needs any more, with the reason; work already started is finished instead. */
@Injectable()
export class CancelCleaningTask {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: CleaningTaskRepository,
  ) {}

  execute(identity: Identity, input: CancelCleaningTaskInput): Promise<CleaningTaskRow> {
    const reason = requireText('reason', input.reason, REASON_MAX);
    return this.transitions.run(identity, CLEANING_TASK_LIFECYCLE, {
      action: CleaningTaskAction.CANCEL,
      load: this.repository.lockVisible(identity, input.taskId),
      apply: (row, at) => {
        row.cancelledAt = at;
        row.cancelReason = reason;
      },
      event: { contract: CleaningTaskCancelledV1, data: (row, at) => ({ ...taskFacts(row, at), reason }) },
    });
  }
}
