import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AssignCleaningTask } from './assign-cleaning-task.use-case';
import { CancelCleaningTask } from './cancel-cleaning-task.use-case';
import { CleaningKpiQuery } from './cleaning-kpi.query';
import { CleaningOverdueJob } from './cleaning-overdue.job';
import { CleaningRoundJob } from './cleaning-round.job';
import { CleaningPlaces } from './cleaning-place';
import { CleaningTaskDesk } from './cleaning-task-desk';
import { CleaningTaskRepository } from './cleaning-task.repository';
import { CleaningTaskResolver } from './cleaning-task.resolver';
import { ENCOUNTER_CLEANING_HANDLERS } from './encounter-cleaning.handler';
import { FinishCleaningTask } from './finish-cleaning-task.use-case';
import { InspectionCleaningHandler, RepairCompletedCleaningHandler } from './follow-up-cleaning.handler';
import { ReportCleaningNeed } from './report-cleaning-need.use-case';
import { RoomLabelQuery } from './room-label.query';
import { RoomLabels } from './room-labels';
import { SetCleaningSla } from './set-cleaning-sla.use-case';
import { StartCleaningTask } from './start-cleaning-task.use-case';
import { TerminalCleanFeed } from './terminal-clean-feed';

@Module({
  imports: [OrgReplicaModule],
  providers: [
    CleaningTaskResolver,
    CleaningTaskRepository,
    CleaningPlaces,
    CleaningTaskDesk,
    TerminalCleanFeed,
    RoomLabels,
    RoomLabelQuery,
    CleaningKpiQuery,
    ReportCleaningNeed,
    AssignCleaningTask,
    StartCleaningTask,
    FinishCleaningTask,
    CancelCleaningTask,
    SetCleaningSla,
    CleaningOverdueJob,
    CleaningRoundJob,
    RepairCompletedCleaningHandler,
    InspectionCleaningHandler,
    ...ENCOUNTER_CLEANING_HANDLERS,
  ],
  exports: [CleaningTaskDesk],
})
export class CleaningTaskModule {}
