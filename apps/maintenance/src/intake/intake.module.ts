import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { AttachPhoto } from './attach-photo.use-case';
import { AttachmentStore } from './attachment-store';
import { attachmentStoreFromEnv } from './attachment-store.config';
import { IntakeQualityQuery } from './intake-quality.query';
import { IntakeResolver } from './intake.resolver';
import { SetIntakeQuestions } from './set-intake-questions.use-case';
import { WorkOrderIntakeResolver } from './work-order-intake.resolver';
import { WorkOrderPhotoResolver } from './work-order-photo.resolver';

/**
 * 报修质量 (fewer second calls): questionnaires per category, photos, duplicate reports and the incomplete-ticket
 * rate. The checks at submission run inside WorkOrderIntake (work-order/work-order-intake.ts), through the RepairIntake port (repair-intake-checks.ts).
 */
@Module({
  imports: [OrgReplicaModule, WorkOrderModule],
  providers: [
    IntakeResolver,
    WorkOrderIntakeResolver,
    WorkOrderPhotoResolver,
    SetIntakeQuestions,
    AttachPhoto,
    IntakeQualityQuery,
    // Local disk or an S3-compatible store, by ATTACHMENT_STORE; bad settings stop the service at start-up.
    { provide: AttachmentStore, useFactory: () => attachmentStoreFromEnv() },
  ],
})
export class IntakeModule {}
