import { Injectable } from '@nestjs/common';
import { CleaningTaskStartedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { CleaningTaskAction, CLEANING_TASK_LIFECYCLE } from './cleaning-task-lifecycle';
import { taskFacts } from './cleaning-task-facts';
import { CleaningTaskRow } from './cleaning-task.entity';
import { StartCleaningTaskInput } from './cleaning-task.inputs';
import { CleaningTaskRepository } from './cleaning-task.repository';
import { RoomLabels } from './room-labels';

/** The assigned cleaner scans the room's label at the door: the start clock stops. */
@Injectable()
export class StartCleaningTask {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: CleaningTaskRepository,
    private readonly labels: RoomLabels,
  ) {}

  execute(identity: Identity, input: StartCleaningTaskInput): Promise<CleaningTaskRow> {
    return this.transitions.run(identity, CLEANING_TASK_LIFECYCLE, {
      action: CleaningTaskAction.START,
      load: this.repository.lockVisible(identity, input.taskId),
      authorise: (row, _at, manager) => this.labels.requireAt(manager, row, input.code),
      apply: (row, at) => {
        row.startedAt = at;
      },
      event: { contract: CleaningTaskStartedV1, data: (row, at) => ({ ...taskFacts(row, at), startedAt: at.toISOString() }) },
    });
  }
}
