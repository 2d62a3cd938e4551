import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.pest-control-visit.v1';
const isoDate = z.iso.date();
export const PESTS = ['RODENT', 'COCKROACH', 'MOSQUITO', 'FLY', 'TERMITE'] as const;
const pest = z.enum(PESTS);

export const PestControlVisitRecordedV1 = defineEvent({
  type: 'hygiene.pest-control-visit.recorded.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A pest or termite control contractor visited a campus (除四害 / 白蚁防治): the areas treated, the method and what was found.',
  schema: z.object({
    pestControlVisitId: uuid,
    campusId: uuid,
    contractorId: uuid,
    service: z.enum(['PEST_CONTROL', 'TERMITE_CONTROL']),
    visitedOn: isoDate,
    locationIds: z.array(uuid),
    findings: z.array(z.object({ findingId: uuid, locationId: uuid, pest, sighted: z.boolean(), density: z.number().nonnegative().nullable() })),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

const followUpFacts = z.object({
  pestFollowUpId: uuid,
  pestControlVisitId: uuid,
  findingId: uuid,
  campusId: uuid,
  locationId: uuid,
  pest,
  dueOn: isoDate.describe('The Beijing date by which the re-check is due.'),
  occurredAt: isoDateTime,
});

export const PestFollowUpOpenedV1 = defineEvent({
  type: 'hygiene.pest-control-visit.follow-up-opened.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A follow-up (整改) was opened from a finding, with the action to take and the date of its re-check.',
  schema: followUpFacts.extend({ action: z.string(), actor: actorSchema }),
});

export const PestFollowUpRecheckedV1 = defineEvent({
  type: 'hygiene.pest-control-visit.follow-up-rechecked.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A follow-up was re-checked (复查): cleared and closed, or not cleared and due again on `dueOn`.',
  schema: followUpFacts.extend({ cleared: z.boolean(), recheckedOn: isoDate, actor: actorSchema }),
});

export const PestFollowUpOverdueV1 = defineEvent({
  type: 'hygiene.pest-control-visit.follow-up-overdue.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'An open follow-up passed its re-check date without a re-check; once per follow-up and due date.',
  schema: followUpFacts.extend({ locationName: z.string(), daysOverdue: z.number().int().positive() }),
});
