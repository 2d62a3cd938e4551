import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const REQUISITION_TOPIC = 'materials.requisition.v1';

const quantity = z.number().int().nonnegative();
const status = z.enum(['SUBMITTED', 'DEPT_APPROVED', 'APPROVED', 'PARTIALLY_ISSUED', 'ISSUED', 'CLOSED', 'REJECTED', 'CANCELLED']);
const step = z.enum(['DEPARTMENT', 'MATERIALS_OFFICE']);

/** What every requisition event carries; key = requisitionId, so a consumer sees one requisition's events in order. */
const facts = {
  requisitionId: uuid,
  number: z.string(),
  campusId: uuid,
  warehouseId: uuid,
  departmentId: uuid,
  /** The status after the event. */
  status,
  occurredAt: isoDateTime,
  actor: actorSchema,
};

export const RequisitionSubmittedV1 = defineEvent({
  type: 'materials.requisition.submitted.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description:
    'A department asked its campus warehouse for items (科室申领); it waits for the head of the department. valueFen is the estimate at current average (else last) cost, null when an item has no cost yet.',
  schema: z.object({
    ...facts,
    requesterStaffId: uuid,
    reason: z.string(),
    valueFen: z.number().int().nonnegative().nullable(),
    lines: z.array(z.object({ itemId: uuid, quantity: z.number().int().positive() })),
  }),
});

export const RequisitionApprovedV1 = defineEvent({
  type: 'materials.requisition.approved.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description:
    'One approval step: the department head (step DEPARTMENT; route says whether the materials office follows) or the materials office (step MATERIALS_OFFICE). status APPROVED means stock may now be issued; lines carry the approved quantities.',
  schema: z.object({
    ...facts,
    step,
    comment: z.string().nullable(),
    route: z.enum(['DEPARTMENT_ONLY', 'DEPARTMENT_AND_MATERIALS_OFFICE']),
    routeReason: z.enum(['WITHIN_POLICY', 'NO_POLICY', 'UNPRICED', 'CATEGORY_NOT_AUTO_APPROVED', 'OVER_LIMIT']),
    valueFen: z.number().int().nonnegative().nullable(),
    lines: z.array(z.object({ itemId: uuid, approved: quantity })),
  }),
});

export const RequisitionRejectedV1 = defineEvent({
  type: 'materials.requisition.rejected.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description: 'The department head or the materials office turned the requisition down at their step, with the reason.',
  schema: z.object({ ...facts, step, reason: z.string() }),
});

export const RequisitionCancelledV1 = defineEvent({
  type: 'materials.requisition.cancelled.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description: 'The department withdrew the requisition before anything was issued.',
  schema: z.object({ ...facts, reason: z.string() }),
});

export const RequisitionIssuedV1 = defineEvent({
  type: 'materials.requisition.issued.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description:
    'Stock went out against the requisition as the 出库单 stockIssueId (its cost is in materials.stock-issue.issued.v1). Lines give what was issued now and what stays outstanding (backorder); oldUnits are the old units handed back or declared lost (领新交旧), which go to disposal, not to stock.',
  schema: z.object({
    ...facts,
    stockIssueId: uuid,
    lines: z.array(z.object({ itemId: uuid, quantity: z.number().int().positive(), outstanding: quantity, exchangeExemptUsed: quantity })),
    oldUnits: z.array(z.object({ itemId: uuid, quantity: z.number().int().positive(), condition: z.enum(['WORN_OUT', 'BROKEN', 'LOST']) })),
  }),
});

export const RequisitionClosedV1 = defineEvent({
  type: 'materials.requisition.closed.v1',
  topic: REQUISITION_TOPIC,
  producer: 'materials',
  description: 'A partly issued requisition stopped waiting (backorder closed): nothing more will be issued; cancelled is what was still outstanding.',
  schema: z.object({
    ...facts,
    reason: z.string(),
    lines: z.array(z.object({ itemId: uuid, approved: quantity, issued: quantity, cancelled: quantity })),
  }),
});
