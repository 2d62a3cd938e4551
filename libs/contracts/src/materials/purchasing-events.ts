import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const PURCHASE_REQUEST_TOPIC = 'materials.purchase-request.v1';
const PURCHASE_ORDER_TOPIC = 'materials.purchase-order.v1';

const isoDate = z.iso.date();
const fen = z.number().int().nonnegative();
const requestStatus = z.enum(['SUBMITTED', 'APPROVED', 'ORDERED', 'MERGED', 'REJECTED', 'CANCELLED']);
const orderStatus = z.enum(['ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED']);
const duplicateKind = z.enum(['OPEN_REQUEST', 'APPROVED_REQUEST', 'ON_ORDER']);

/** What every purchase request event carries; key = purchaseRequestId. */
const requestFacts = {
  purchaseRequestId: uuid,
  number: z.string(),
  campusId: uuid,
  warehouseId: uuid,
  status: requestStatus,
  occurredAt: isoDateTime,
  actor: actorSchema,
};

/** What every purchase order event carries; key = purchaseOrderId. */
const orderFacts = {
  purchaseOrderId: uuid,
  number: z.string(),
  campusId: uuid,
  warehouseId: uuid,
  supplierId: uuid,
  status: orderStatus,
  occurredAt: isoDateTime,
  actor: actorSchema,
};

export const PurchaseRequestSubmittedV1 = defineEvent({
  type: 'materials.purchase-request.submitted.v1',
  topic: PURCHASE_REQUEST_TOPIC,
  producer: 'materials',
  description:
    '采购申请: a planner consolidated demand (departments, requisition backorders, reorder suggestions) into one line per item. A line already in a request awaiting approval was merged into it (status MERGED, mergedIntoRequestId); one already approved or on order is FLAGGED until the planner drops or keeps it.',
  schema: z.object({
    ...requestFacts,
    neededBy: isoDate.nullable(),
    lines: z.array(
      z.object({
        lineId: uuid,
        itemId: uuid,
        quantity: z.number().int().positive(),
        status: z.enum(['OPEN', 'FLAGGED', 'MERGED']),
        duplicateKind: duplicateKind.nullable(),
        duplicateOfId: uuid.nullable(),
        duplicateOfNumber: z.string().nullable(),
        mergedIntoRequestId: uuid.nullable(),
        sources: z.array(
          z.object({
            kind: z.enum(['DEPARTMENT', 'REQUISITION_BACKORDER', 'REPLENISHMENT']),
            departmentId: uuid.nullable(),
            requisitionId: uuid.nullable(),
            quantity: z.number().int().positive(),
          }),
        ),
      }),
    ),
  }),
});

export const PurchaseDuplicateResolvedV1 = defineEvent({
  type: 'materials.purchase-request.duplicate-resolved.v1',
  topic: PURCHASE_REQUEST_TOPIC,
  producer: 'materials',
  description:
    'The planner settled a flagged line: DROPPED (the duplicate purchase was avoided; avoidedValueFen at the estimated cost, null for an item never stocked) or KEPT with a reason.',
  schema: z.object({
    ...requestFacts,
    lineId: uuid,
    itemId: uuid,
    quantity: z.number().int().positive(),
    resolution: z.enum(['DROPPED', 'KEPT']),
    reason: z.string(),
    duplicateKind,
    duplicateOfNumber: z.string(),
    avoidedValueFen: fen.nullable(),
  }),
});

export const PurchaseRequestDecidedV1 = defineEvent({
  type: 'materials.purchase-request.decided.v1',
  topic: PURCHASE_REQUEST_TOPIC,
  producer: 'materials',
  description: 'The materials office approved or rejected the request, or it was cancelled; comment is the reason for a rejection or cancellation.',
  schema: z.object({
    ...requestFacts,
    decision: z.enum(['APPROVED', 'REJECTED', 'CANCELLED']),
    comment: z.string().nullable(),
  }),
});

const orderLine = z.object({
  orderLineId: uuid,
  purchaseRequestLineId: uuid,
  itemId: uuid,
  quantityOrdered: z.number().int().positive(),
  unitPriceFen: fen,
  contractId: uuid.nullable(),
  contractPriceFen: fen.nullable(),
  priceExceptionId: uuid.nullable(),
});

export const PurchaseOrderPlacedV1 = defineEvent({
  type: 'materials.purchase-order.placed.v1',
  topic: PURCHASE_ORDER_TOPIC,
  producer: 'materials',
  description:
    '采购订单: a purchaser (never the planner of its requests) ordered approved request lines from a supplier. Each line carries the contract price it was checked against; a price above it, or off contract, names the approved price exception.',
  schema: z.object({
    ...orderFacts,
    expectedOn: isoDate,
    purchaseRequestIds: z.array(uuid),
    totalFen: fen,
    lines: z.array(orderLine),
  }),
});

export const PurchaseOrderReceivedV1 = defineEvent({
  type: 'materials.purchase-order.received.v1',
  topic: PURCHASE_ORDER_TOPIC,
  producer: 'materials',
  description:
    '验收入库 against an order: match data for finance (PO → receipt → invoice). Per order line: what was delivered, accepted into stock (lotIds) and rejected (with the reason), at the order price; acceptedToDate against ordered. onTime is set once a line is accepted in full (received on or before expectedOn).',
  schema: z.object({
    ...orderFacts,
    goodsReceiptId: uuid,
    receivedAt: isoDateTime,
    expectedOn: isoDate,
    deliveryNoteNo: z.string().nullable(),
    invoiceNo: z.string().nullable(),
    acceptedValueFen: fen,
    lines: z.array(
      z.object({
        orderLineId: uuid,
        itemId: uuid,
        quantityOrdered: z.number().int().positive(),
        unitPriceFen: fen,
        contractPriceFen: fen.nullable(),
        delivered: z.number().int().nonnegative(),
        accepted: z.number().int().nonnegative(),
        rejected: z.number().int().nonnegative(),
        rejectionReasons: z.array(z.enum(['DAMAGED', 'QUALITY', 'SHORT_DATED', 'WRONG_ITEM', 'EXCESS', 'OTHER'])),
        acceptedValueFen: fen,
        acceptedToDate: z.number().int().nonnegative(),
        lotIds: z.array(uuid),
        onTime: z.boolean().nullable(),
      }),
    ),
  }),
});

export const PurchaseOrderClosedV1 = defineEvent({
  type: 'materials.purchase-order.closed.v1',
  topic: PURCHASE_ORDER_TOPIC,
  producer: 'materials',
  description:
    'An order ended before delivery in full: CANCELLED (nothing accepted) or CLOSED short. Each line gives the quantity no longer expected, which went back to its purchase request to order again.',
  schema: z.object({
    ...orderFacts,
    outcome: z.enum(['CANCELLED', 'CLOSED_SHORT']),
    reason: z.string(),
    lines: z.array(
      z.object({
        orderLineId: uuid,
        itemId: uuid,
        quantityOrdered: z.number().int().positive(),
        accepted: z.number().int().nonnegative(),
        released: z.number().int().nonnegative(),
      }),
    ),
  }),
});
