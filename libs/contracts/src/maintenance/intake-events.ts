import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.intake.v1';

export const IntakeQuestionsSetV1 = defineEvent({
  type: 'maintenance.intake.questions-set.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description: "A category's intake questionnaire (报修问卷) replaced, group-wide (campusId null) or for one campus.",
  schema: z.object({
    campusId: uuid.nullable(),
    category: z.string(),
    questions: z.array(z.object({ key: z.string(), answerType: z.string(), required: z.boolean() })),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const IntakeAnswersRecordedV1 = defineEvent({
  type: 'maintenance.intake.answers-recorded.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description:
    'The answers a reporter gave when opening a work order at the console or QR portal; `incomplete` (required questions left unanswered) is what the incomplete-ticket rate counts.',
  schema: z.object({
    workOrderId: uuid,
    campusId: uuid,
    category: z.string(),
    source: z.string(),
    answers: z.array(z.object({ key: z.string(), value: z.string() })),
    incomplete: z.boolean(),
    missingKeys: z.array(z.string()),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const WorkOrderPhotoAttachedV1 = defineEvent({
  type: 'maintenance.intake.photo-attached.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description: 'A photo of the fault attached to a work order (JPEG, PNG or HEIC).',
  schema: z.object({
    attachmentId: uuid,
    workOrderId: uuid,
    campusId: uuid,
    contentType: z.string(),
    sizeBytes: z.number().int().positive(),
    sha256: z.string(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const DuplicateRepairReportedV1 = defineEvent({
  type: 'maintenance.intake.duplicate-reported.v1',
  topic: TOPIC,
  producer: 'maintenance',
  description:
    'A fault reported again while an order for the same location or asset and category is still open: linked to that order instead of opening a new one.',
  schema: z.object({
    duplicateReportId: uuid,
    workOrderId: uuid,
    campusId: uuid,
    locationId: uuid,
    assetId: uuid.nullable(),
    category: z.string(),
    text: z.string(),
    occurredAt: isoDateTime,
    reporter: actorSchema,
  }),
});
