import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.sewage-log.v1';
const isoDate = z.iso.date();
/** GB 18466-2005 table 2: 排放标准 (to surface water) or 预处理标准 (to a sewer ending in a municipal treatment plant). */
const standard = z.enum(['DISCHARGE', 'PRETREATMENT']);

export const SewageStationSetV1 = defineEvent({
  type: 'hygiene.sewage-log.station-set.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description:
    "A campus's sewage station (污水处理站) was set up or its limits changed: the standard it meets and the limits its readings are checked against.",
  schema: z.object({
    campusId: uuid,
    standard,
    expectedRunHours: z.number(),
    limits: z.array(z.object({ parameter: z.string(), min: z.number().nullable(), max: z.number().nullable() })),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const SewageLogRecordedV1 = defineEvent({
  type: 'hygiene.sewage-log.recorded.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A day's log of a sewage station: run hours, dosing and readings, with what was out of limits and whether it ran short of its expected hours.",
  schema: z.object({
    sewageLogId: uuid,
    campusId: uuid,
    logDate: isoDate,
    runHours: z.number(),
    shortRun: z.boolean(),
    exceedances: z.array(z.string()).describe('The readings out of limits (SewageParameter names).'),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const SewageDischargeExceededV1 = defineEvent({
  type: 'hygiene.sewage-log.discharge-exceeded.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: "A day's readings of a sewage station were out of its limits (超标): one event per log, listing each reading against its limit.",
  schema: z.object({
    sewageLogId: uuid,
    campusId: uuid,
    logDate: isoDate,
    standard,
    readings: z.string().describe('Each reading out of limits with its limit, e.g. "COD 72 mg/L (≤ 60)".'),
    count: z.number().int().positive(),
    occurredAt: isoDateTime,
  }),
});

export const SewageLogMissingV1 = defineEvent({
  type: 'hygiene.sewage-log.missing.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'A campus with a sewage station has no log for a past day (漏记); once per campus and day.',
  schema: z.object({ campusId: uuid, logDate: isoDate, occurredAt: isoDateTime }),
});
