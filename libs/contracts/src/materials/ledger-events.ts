import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';
import { GoodsReceivedV1, StockIssuedV1 } from './stock-events';

const STOCK_TRANSFER_TOPIC = 'materials.stock-transfer.v1';

const quantity = z.number().int().positive();
const fen = z.number().int().nonnegative();
const expiresOn = z.iso.date().nullable();

export const StockTransferDispatchedV1 = defineEvent({
  type: 'materials.stock-transfer.dispatched.v1',
  topic: STOCK_TRANSFER_TOPIC,
  producer: 'materials',
  description:
    'Stock left a warehouse for another (调拨出库), FIFO/FEFO by lot like an issue; it is in transit until the destination receives it. One line per source lot.',
  schema: z.object({
    stockTransferId: uuid,
    fromCampusId: uuid,
    fromWarehouseId: uuid,
    toCampusId: uuid,
    toWarehouseId: uuid,
    dispatchedAt: isoDateTime,
    totalCostFen: fen,
    lines: z.array(z.object({ lineNo: quantity, itemId: uuid, sourceLotId: uuid, quantity, unitCostFen: fen, expiresOn, batchNo: z.string().nullable() })),
  }),
});

export const StockTransferReceivedV1 = defineEvent({
  type: 'materials.stock-transfer.received.v1',
  topic: STOCK_TRANSFER_TOPIC,
  producer: 'materials',
  description:
    'A transfer arrived (调拨入库): each line became a new lot in the destination warehouse, keeping the source lot’s unit cost, expiry, batch and receipt time.',
  schema: z.object({
    stockTransferId: uuid,
    fromCampusId: uuid,
    fromWarehouseId: uuid,
    toCampusId: uuid,
    toWarehouseId: uuid,
    receivedAt: isoDateTime,
    lines: z.array(z.object({ lineNo: quantity, itemId: uuid, sourceLotId: uuid, lotId: uuid, quantity, unitCostFen: fen, expiresOn })),
  }),
});

/** On the issue's topic, keyed by the issue: a consumer always sees an issue before its returns. */
export const StockReturnedV1 = defineEvent({
  type: 'materials.stock-issue.returned.v1',
  topic: StockIssuedV1.topic,
  producer: 'materials',
  description:
    'Issued stock came back (退库) into the lots it was drawn from, latest draw first; the department is credited totalCostFen (the drawn unit costs) in the month of the return.',
  schema: z.object({
    stockReturnId: uuid,
    stockIssueId: uuid,
    campusId: uuid,
    warehouseId: uuid,
    departmentId: uuid,
    workOrderId: uuid.nullable(),
    returnedAt: isoDateTime,
    totalCostFen: fen,
    reason: z.string(),
    lines: z.array(z.object({ itemId: uuid, quantity, costFen: fen, lots: z.array(z.object({ lotId: uuid, quantity, unitCostFen: fen })) })),
  }),
});

/** On the stock-level topic, keyed by warehouse, in order with the warehouse's receipts. */
export const StockAdjustedV1 = defineEvent({
  type: 'materials.stock-level.adjusted.v1',
  topic: GoodsReceivedV1.topic,
  producer: 'materials',
  description:
    'Stock was adjusted (调整) with a reason: a negative line took from a lot; a positive line opened a new lot (found stock) like the counted lot (countedLotId).',
  schema: z.object({
    stockAdjustmentId: uuid,
    campusId: uuid,
    warehouseId: uuid,
    reason: z.enum(['COUNT_DIFFERENCE', 'DAMAGED', 'EXPIRED_WRITE_OFF', 'FOUND', 'OTHER']),
    note: z.string().nullable(),
    adjustedAt: isoDateTime,
    lines: z.array(
      z.object({
        itemId: uuid,
        countedLotId: uuid,
        /** The lot whose balance changed: the counted lot, or the new lot of a positive line. */
        lotId: uuid,
        /** Never 0: negative took from the lot, positive opened it. */
        quantityDelta: z.number().int(),
        unitCostFen: fen,
      }),
    ),
  }),
});
