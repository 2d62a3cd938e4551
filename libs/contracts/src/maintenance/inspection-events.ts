import { z } from 'zod';
import { readingUnit } from './maintenance-vocabulary';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

/** Routes and their rounds travel together, keyed by the route id, so one route's story stays in order. */
const TOPIC = 'maintenance.inspection.v1';

const checkpointUnit = readingUnit.describe('The unit a checkpoint is read in; readings in another unit are refused, never converted.');

const checkpoint = z.object({
  checkpointId: uuid,
  sequence: z.number().int().positive().describe('Place in the walking order.'),
  label: z.string(),
  locationId: uuid,
  assetId: uuid.nullable(),
  kind: z.enum(['CHECK', 'READING']).describe('CHECK = found normal or not; READING = a value off a gauge.'),
  unit: checkpointUnit.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  workCategory: z.string().describe('Trade of the corrective work order an out-of-range reading opens.'),
});

const slot = {
  roundId: uuid,
  scheduledStart: isoDateTime,
  startBy: isoDateTime.describe('Started later than this counts as late (start + grace).'),
  dueBy: isoDateTime.describe('Not completed by then counts as missed (start + duration).'),
};

/** What every round event says about the round, so consumers need no call back. */
const roundFacts = z.object({ ...slot, routeId: uuid, routeName: z.string(), campusId: uuid, teamId: uuid, occurredAt: isoDateTime });

const inspectionEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `maintenance.inspection.${verb}.v1`, topic: TOPIC, producer: 'maintenance', description, schema });

export const InspectionRouteDefinedV1 = inspectionEvent(
  'route-defined',
  'An inspection route (巡检路线) was defined: its team, daily round times (Beijing time) and ordered checkpoints. Key: the route id.',
  z.object({
    routeId: uuid,
    campusId: uuid,
    name: z.string(),
    teamId: uuid,
    startTimes: z.array(z.string()).min(1).describe('Daily start times, HH:MM Beijing time (UTC+8).'),
    durationMinutes: z.number().int().positive(),
    startGraceMinutes: z.number().int().nonnegative(),
    checkpoints: z.array(checkpoint).min(1),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
);
export const InspectionRouteDeactivatedV1 = inspectionEvent(
  'route-deactivated',
  'An inspection route was deactivated, with a reason; its rounds not yet started were cancelled. Key: the route id.',
  z.object({
    routeId: uuid,
    campusId: uuid,
    reason: z.string(),
    cancelledRoundIds: z.array(uuid),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
);
export const InspectionRoundsScheduledV1 = inspectionEvent(
  'rounds-scheduled',
  'Rounds of a route were scheduled a day ahead (one event per route and job run). Key: the route id.',
  z.object({ routeId: uuid, routeName: z.string(), campusId: uuid, teamId: uuid, rounds: z.array(z.object(slot)).min(1), occurredAt: isoDateTime }),
);
export const InspectionRoundStartedV1 = inspectionEvent(
  'round-started',
  "A round was started by a member of the route's team (or a dispatcher). Key: the route id.",
  roundFacts.extend({ startedAt: isoDateTime, late: z.boolean().describe('Started after startBy.'), actor: actorSchema }),
);
export const InspectionReadingRecordedV1 = inspectionEvent(
  'reading-recorded',
  'A checkpoint was recorded on a round; out of range (or a check found not ok) opens one corrective work order. Key: the route id.',
  roundFacts.extend({
    readingId: uuid,
    checkpointId: uuid,
    label: z.string(),
    ok: z.boolean().nullable().describe('CHECK only.'),
    value: z.number().nullable().describe('READING only, in `unit`.'),
    unit: checkpointUnit.nullable(),
    outOfRange: z.boolean(),
    correctiveWorkOrderId: uuid.nullable(),
    actor: actorSchema,
  }),
);
export const InspectionRoundCompletedV1 = inspectionEvent(
  'round-completed',
  'A round was completed with every checkpoint recorded, before it was due. Key: the route id.',
  roundFacts.extend({
    startedAt: isoDateTime,
    completedAt: isoDateTime,
    late: z.boolean().describe('Started after startBy.'),
    outOfRangeReadings: z.number().int().nonnegative(),
    actor: actorSchema,
  }),
);
export const InspectionRoundLateV1 = inspectionEvent('round-late', 'A round was not started within its grace (once per round). Key: the route id.', roundFacts);
export const InspectionRoundMissedV1 = inspectionEvent(
  'round-missed',
  'A round was not completed by the time it was due and is marked missed (漏检, once per round). Key: the route id.',
  roundFacts.extend({
    startedAt: isoDateTime.nullable().describe('Null when nobody started it.'),
    recordedCheckpoints: z.number().int().nonnegative(),
    totalCheckpoints: z.number().int().positive(),
  }),
);
