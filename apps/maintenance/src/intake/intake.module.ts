import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { AttachPhoto } from './attach-photo.use-case';
import { AttachmentStore, LocalDiskAttachmentStore } from './attachment-store';
import { IntakeQualityReport } from './intake-quality.report';
import { IntakeResolver } from './intake.resolver';
import { SetIntakeQuestions } from './set-intake-questions.use-case';
import { WorkOrderIntakeResolver } from './work-order-intake.resolver';

/**
 * 报修质量 (fewer second calls): questionnaires per category, photos, duplicate reports and the incomplete-ticket
 * rate. The checks at submission run inside WorkOrderIntake (work-order/work-order-intake.ts).
 */
@Module({
  imports: [OrgReplicaModule, WorkOrderModule],
  providers: [
    IntakeResolver,
    WorkOrderIntakeResolver,
    SetIntakeQuestions,
    AttachPhoto,
    IntakeQualityReport,
    // Local disk in every mode for now; the S3-compatible store for production is still to be written.
    { provide: AttachmentStore, useFactory: () => new LocalDiskAttachmentStore() },
  ],
})
export class IntakeModule {}
