import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.inspection.v1';

export const InspectionSheetSetV1 = defineEvent({
  type: 'hygiene.inspection.sheet-set.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A campus's score sheet for a kind of zone was set or replaced. Key: the sheet id.",
  schema: z.object({
    sheetId: uuid,
    campusId: uuid,
    zoneKind: z.string(),
    name: z.string(),
    items: z.number().int(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const InspectionRecordedV1 = defineEvent({
  type: 'hygiene.inspection.recorded.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A zone was inspected against its kind's score sheet (卫生检查): score out of 100 and how many items failed. Key: the inspection id.",
  schema: z.object({
    inspectionId: uuid,
    campusId: uuid,
    zoneId: uuid,
    contractorId: uuid.nullable().describe("The zone's cleaning contractor when it was inspected."),
    score: z.number(),
    passed: z.boolean(),
    failedItems: z.number().int(),
    inspectedAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const InspectionItemFailedV1 = defineEvent({
  type: 'hygiene.inspection.item-failed.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description:
    'An item of an inspection failed at a location of the zone. Remedy CLEANING: a corrective cleaning task; REPAIR: a maintenance work order in `repairCategory`. Key: the inspection id.',
  schema: z.object({
    failedItemId: uuid.describe('Unique per failed item: consumers open one task or order per id.'),
    inspectionId: uuid,
    campusId: uuid,
    zoneId: uuid,
    zoneName: z.string(),
    riskLevel: z.enum(['HIGH', 'MEDIUM', 'LOW']).describe("The zone's infection-risk level: a repair in a high-risk zone is urgent."),
    locationId: uuid,
    itemKey: z.string(),
    itemLabel: z.string(),
    kind: z.enum(['CHECK', 'ATP', 'FLUORESCENT']),
    finding: z.string().describe('What was found, in Chinese (e.g. "ATP 820 RLU，限值 500 RLU").'),
    remedy: z.enum(['CLEANING', 'REPAIR']),
    repairCategory: z.string().nullable().describe('REPAIR only: the maintenance trade (PLUMBING, ELECTRICAL, …).'),
    note: z.string().nullable(),
    inspectedAt: isoDateTime,
    actor: actorSchema,
  }),
});
