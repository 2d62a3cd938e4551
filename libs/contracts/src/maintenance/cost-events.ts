import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

export const LabourRateSetV1 = defineEvent({
  type: 'maintenance.labour-rate.set.v1',
  topic: 'maintenance.labour-rate.v1',
  producer: 'maintenance',
  description: "A campus's (or one team's) hourly labour rate from a date (工时单价).",
  schema: z.object({
    labourRateId: uuid,
    campusId: uuid,
    teamId: uuid.nullable(),
    fenPerHour: z.number().int().nonnegative(),
    effectiveFrom: z.string().describe('YYYY-MM-DD'),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const WorkTimeLoggedV1 = defineEvent({
  type: 'maintenance.work-time.logged.v1',
  topic: 'maintenance.work-time.v1',
  producer: 'maintenance',
  description: 'Time worked on a work order by a technician (工时), priced at the rate of the day.',
  schema: z.object({
    timeLogId: uuid,
    workOrderId: uuid,
    campusId: uuid,
    departmentId: uuid,
    staffId: uuid.nullable(),
    workedOn: z.string().describe('YYYY-MM-DD'),
    minutes: z.number().int().positive(),
    fenPerHour: z.number().int().nonnegative(),
    costFen: z.number().int().nonnegative(),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const DepartmentMaintenanceCostsV1 = defineEvent({
  type: 'maintenance.department-cost.month-closed.v1',
  topic: 'maintenance.department-cost.v1',
  producer: 'maintenance',
  description:
    "A department's maintenance costs of a finished month, for finance (计财科), sent once. Parts were already charged by materials' stock-issued events: finance books `chargeableFen` (labour + vendors); `partsFen` is for the complete picture.",
  schema: z.object({
    departmentId: uuid,
    campusId: uuid,
    month: z.string().describe('YYYY-MM, Asia/Shanghai'),
    labourFen: z.number().int().nonnegative(),
    partsFen: z.number().int().nonnegative(),
    vendorFen: z.number().int().nonnegative(),
    chargeableFen: z.number().int().nonnegative(),
    occurredAt: isoDateTime,
  }),
});
