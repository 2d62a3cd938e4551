import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'maintenance.work-order.v1';

/** What every work-order event says about the order, so consumers need no call back. */
const workOrderFacts = z.object({
  workOrderId: uuid,
  number: z.string(),
  campusId: uuid,
  locationId: uuid,
  departmentId: uuid,
  status: z.enum(['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'SIGNED_OFF', 'CLOSED', 'CANCELLED']),
  priority: z.enum(['URGENT', 'HIGH', 'NORMAL', 'LOW']),
  occurredAt: isoDateTime,
  actor: actorSchema,
});

const workOrderEvent = <S extends z.ZodRawShape>(verb: string, description: string, extra: S) =>
  defineEvent({
    type: `maintenance.work-order.${verb}.v1`,
    topic: TOPIC,
    producer: 'maintenance',
    description,
    schema: workOrderFacts.extend(extra),
  });

export const WorkOrderSubmittedV1 = workOrderEvent('submitted', 'A repair request (报修) was submitted.', {
  category: z.string(),
  title: z.string(),
  requesterStaffId: uuid.nullable(),
  responseDueAt: isoDateTime,
  resolutionDueAt: isoDateTime,
  assetId: uuid.nullable().optional(),
  teamId: uuid.nullable().optional().describe("The team the campus's routing table chose, if any"),
  owner: actorSchema.nullable().optional().describe('首问负责人: who took the call, when a dispatcher did'),
  source: z.string().optional().describe('CONSOLE, QR_PORTAL, PREVENTIVE_MAINTENANCE, INSPECTION_ROUND or HYGIENE_INSPECTION'),
});
export const WorkOrderDispatchedV1 = workOrderEvent('dispatched', 'The order was dispatched (派工) to a team and technician, or reassigned with a reason.', {
  teamId: uuid,
  technicianId: uuid.nullable(),
  reassignment: z.object({ previousTeamId: uuid.nullable(), previousTechnicianId: uuid.nullable(), reason: z.string() }).nullable().optional(),
  owner: actorSchema.nullable().optional().describe('首问负责人, who follows the order to closure'),
});
export const WorkOrderAcceptedV1 = workOrderEvent('accepted', 'The technician accepted the order (response time stops).', { technicianId: uuid });
export const WorkOrderStartedV1 = workOrderEvent('started', 'Work started on site.', {});
export const WorkOrderCompletedV1 = workOrderEvent('completed', 'Work completed, with labour and the parts used.', {
  labourMinutes: z.number().int().nonnegative(),
  parts: z.array(z.object({ itemId: uuid, quantity: z.number().int().positive() })),
  technicianId: uuid.nullable(),
  completion: z.number().int().positive().describe('1 for the first completion, 2 after one reopen, ...'),
});
export const WorkOrderSignedOffV1 = workOrderEvent('signed-off', 'The requester signed the order off (维修签单).', {
  rating: z.number().int().min(1).max(5).nullable(),
  comment: z.string().nullable().optional().describe("The requester's comment"),
});
export const WorkOrderClosedV1 = workOrderEvent('closed', 'The order was closed.', {});
export const WorkOrderCancelledV1 = workOrderEvent('cancelled', 'The order was cancelled, with a reason.', { reason: z.string() });
export const WorkOrderReopenedV1 = workOrderEvent('reopened', 'The order was reopened, with a reason.', { reason: z.string() });
export const WorkOrderClockPausedV1 = workOrderEvent(
  'clock-paused',
  'The resolution clock was paused (waiting for parts, a vendor or access), with a reason.',
  {
    reason: z.enum(['WAITING_FOR_PARTS', 'WAITING_FOR_VENDOR', 'WAITING_FOR_ACCESS']),
    note: z.string().nullable(),
  },
);
export const WorkOrderClockResumedV1 = workOrderEvent('clock-resumed', 'The resolution clock runs again; its due time moved on by the pause.', {
  pausedMinutes: z.number().int().nonnegative().describe('Length of this pause'),
  resolutionDueAt: isoDateTime,
});
export const WorkOrderSlaEscalatedV1 = workOrderEvent(
  'sla-escalated',
  'An SLA clock ran out: TEAM_LEAD at the due time, CAMPUS_ADMIN after the grace for the priority. Raised once per clock, level and completion cycle.',
  {
    clock: z.enum(['RESPONSE', 'RESOLUTION']),
    level: z.enum(['TEAM_LEAD', 'CAMPUS_ADMIN']),
    dueAt: isoDateTime,
    overdueMinutes: z.number().int().nonnegative(),
    teamId: uuid.nullable(),
    technicianId: uuid.nullable(),
  },
);

export const SlaTargetsChangedV1 = defineEvent({
  type: 'maintenance.sla-target.changed.v1',
  topic: 'maintenance.sla-target.v1',
  producer: 'maintenance',
  description: "A campus's response and resolution targets were set (full state for every priority).",
  schema: z.object({
    campusId: uuid,
    targets: z.array(
      z.object({
        priority: z.enum(['URGENT', 'HIGH', 'NORMAL', 'LOW']),
        responseMinutes: z.number().int().positive(),
        resolutionMinutes: z.number().int().positive(),
      }),
    ),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});

export const RoutingRulesChangedV1 = defineEvent({
  type: 'maintenance.routing-rule.changed.v1',
  topic: 'maintenance.routing-rule.v1',
  producer: 'maintenance',
  description: "A campus's routing table (category and place → team) was replaced (full state).",
  schema: z.object({
    campusId: uuid,
    rules: z.array(z.object({ category: z.string(), buildingId: uuid.nullable(), locationId: uuid.nullable(), teamId: uuid })),
    occurredAt: isoDateTime,
    actor: actorSchema,
  }),
});
