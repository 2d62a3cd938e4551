import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';

const STOCK_ISSUE_TOPIC = 'materials.stock-issue.v1';
const STOCK_TOPIC = 'materials.stock-level.v1';

export const StockIssuedV1 = defineEvent({
  type: 'materials.stock-issue.issued.v1',
  topic: STOCK_ISSUE_TOPIC,
  producer: 'materials',
  description: 'Stock was issued (出库) to a department, FIFO by lot, and the department charged its cost.',
  schema: z.object({
    stockIssueId: uuid,
    campusId: uuid,
    warehouseId: uuid,
    departmentId: uuid,
    workOrderId: uuid.nullable(),
    issuedAt: isoDateTime,
    totalCostFen: z.number().int().nonnegative(),
    lines: z.array(
      z.object({
        itemId: uuid,
        quantity: z.number().int().positive(),
        costFen: z.number().int().nonnegative(),
        lots: z.array(z.object({ lotId: uuid, quantity: z.number().int().positive(), unitCostFen: z.number().int().nonnegative() })),
      }),
    ),
  }),
});

export const StockShortageRecordedV1 = defineEvent({
  type: 'materials.stock-issue.shortage-recorded.v1',
  topic: STOCK_ISSUE_TOPIC,
  producer: 'materials',
  description: 'A requested issue could not be met from stock; nothing of that line was issued.',
  schema: z.object({
    shortageId: uuid,
    campusId: uuid,
    warehouseId: uuid,
    departmentId: uuid,
    workOrderId: uuid.nullable(),
    itemId: uuid,
    requested: z.number().int().positive(),
    available: z.number().int().nonnegative(),
    recordedAt: isoDateTime,
  }),
});

export const GoodsReceivedV1 = defineEvent({
  type: 'materials.stock-level.goods-received.v1',
  topic: STOCK_TOPIC,
  producer: 'materials',
  description: 'Goods were received (入库) into a warehouse as a new stock lot.',
  schema: z.object({
    lotId: uuid,
    campusId: uuid,
    warehouseId: uuid,
    itemId: uuid,
    quantity: z.number().int().positive(),
    unitCostFen: z.number().int().nonnegative(),
    expiresOn: z.iso.date().nullable(),
    receivedAt: isoDateTime,
  }),
});

export const StockBelowReorderPointV1 = defineEvent({
  type: 'materials.stock-level.below-reorder-point.v1',
  topic: STOCK_TOPIC,
  producer: 'materials',
  description:
    'An item fell below its reorder point in a warehouse: emitted once when usable (unexpired) stock crosses it, whatever took it (an issue, a transfer out, a write-off, a stocktake shortfall); onHand is the usable stock left.',
  schema: z.object({
    campusId: uuid,
    warehouseId: uuid,
    itemId: uuid,
    onHand: z.number().int().nonnegative(),
    reorderPoint: z.number().int().nonnegative(),
    occurredAt: isoDateTime,
  }),
});

const coverFacts = {
  campusId: uuid,
  warehouseId: uuid,
  itemId: uuid,
  available: z.number().int(),
  averageDailyUse: z.number(),
  daysOfCover: z.number().nullable(),
  reserveDays: z.number().int(),
  occurredAt: isoDateTime,
};

export const StockCoverBelowReserveV1 = defineEvent({
  type: 'materials.stock-level.cover-below-reserve.v1',
  topic: STOCK_TOPIC,
  producer: 'materials',
  description:
    "应急储备不足: an item's available stock fell below its emergency reserve, in days of cover at the trailing 90-day rate of use; `projectedStockOutOn` is when it runs out at that rate. Raised once until the cover is restored.",
  schema: z.object({ ...coverFacts, projectedStockOutOn: z.string().nullable() }),
});

export const StockCoverRestoredV1 = defineEvent({
  type: 'materials.stock-level.cover-restored.v1',
  topic: STOCK_TOPIC,
  producer: 'materials',
  description: "An item's days of cover are back at or above its reserve (after a receipt, a transfer in, or less use).",
  schema: z.object(coverFacts),
});
