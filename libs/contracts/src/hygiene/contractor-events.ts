import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.contractor.v1';
const contractorKind = z.enum(['CLEANING', 'LAUNDRY', 'PEST_CONTROL', 'TERMITE_CONTROL']);
const complaintStatus = z.enum(['OPEN', 'ACCEPTED', 'RESOLVED', 'CLOSED', 'REOPENED']);

export const ContractorCreatedV1 = defineEvent({
  type: 'hygiene.contractor.created.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'An outsourced company (保洁、洗涤、除四害、白蚁防治) was registered on a campus. Key: the contractor id.',
  schema: z.object({ contractorId: uuid, campusId: uuid, name: z.string(), kind: contractorKind, occurredAt: isoDateTime, actor: actorSchema }),
});

export const ContractorMonthlyCheckRecordedV1 = defineEvent({
  type: 'hygiene.contractor.monthly-check-recorded.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A clinical department's monthly check of a contractor (科室月度考核), score out of 100. Key: the contractor id.",
  schema: z.object({
    checkId: uuid,
    contractorId: uuid,
    campusId: uuid,
    departmentId: uuid,
    month: z.string().regex(/^\d{4}-\d{2}$/),
    score: z.number(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const ContractorComplaintRaisedV1 = defineEvent({
  type: 'hygiene.contractor.complaint-raised.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A complaint (投诉) about a contractor was raised; it must be accepted by `responseDueAt`. Key: the complaint id.',
  schema: z.object({
    complaintId: uuid,
    number: z.string(),
    contractorId: uuid,
    campusId: uuid,
    departmentId: uuid.nullable(),
    responseDueAt: isoDateTime,
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const ContractorComplaintStatusChangedV1 = defineEvent({
  type: 'hygiene.contractor.complaint-status-changed.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A complaint was accepted, resolved, closed or reopened. Key: the complaint id.',
  schema: z.object({
    complaintId: uuid,
    number: z.string(),
    contractorId: uuid,
    campusId: uuid,
    from: complaintStatus,
    status: complaintStatus,
    responseDueAt: isoDateTime,
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const ContractorComplaintResponseOverdueV1 = defineEvent({
  type: 'hygiene.contractor.complaint-response-overdue.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A complaint was not accepted by its response deadline (once per deadline; a reopened complaint has a new one). Key: the complaint id.',
  schema: z.object({
    complaintId: uuid,
    number: z.string(),
    contractorId: uuid,
    contractorName: z.string(),
    campusId: uuid,
    responseDueAt: isoDateTime,
    responseDueAtChina: z.string().describe('The deadline on the Beijing clock, YYYY-MM-DD HH:mm.'),
  }),
});
