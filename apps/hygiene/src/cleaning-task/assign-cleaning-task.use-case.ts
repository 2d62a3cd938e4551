import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { CleaningTaskDesk } from './cleaning-task-desk';
import { CleaningTaskRow } from './cleaning-task.entity';
import { AssignCleaningTaskInput } from './cleaning-task.inputs';
import { CleaningTaskRepository } from './cleaning-task.repository';

/** The supervisor assigns or reassigns a task by hand (one nobody fitted, or a cleaner off sick); training still applies. */
@Injectable()
export class AssignCleaningTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly desk: CleaningTaskDesk,
    private readonly repository: CleaningTaskRepository,
  ) {}

  execute(identity: Identity, input: AssignCleaningTaskInput): Promise<CleaningTaskRow> {
    const cleanerId = requireUuid('cleanerId', input.cleanerId);
    return this.unitOfWork.run((manager) => this.desk.assignTo(manager, identity, input.taskId, cleanerId, this.repository.lockVisible(identity, input.taskId)));
  }
}
