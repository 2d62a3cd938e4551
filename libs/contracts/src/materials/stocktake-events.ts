import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const STOCKTAKE_TOPIC = 'materials.stocktake.v1';

const fen = z.number().int();
const status = z.enum(['COUNTING', 'REVIEW', 'APPROVED', 'CANCELLED']);

/** What every stocktake event carries; key = stocktakeId, so a consumer sees one stocktake's events in order. */
const facts = {
  stocktakeId: uuid,
  /** PD-YYYYMMDD-NNNNNN (盘点), Beijing date of the start. */
  number: z.string(),
  campusId: uuid,
  warehouseId: uuid,
  scope: z.enum(['FULL', 'CYCLE']),
  /** The status after the event. */
  status,
  occurredAt: isoDateTime,
  actor: actorSchema,
};

export const StocktakeStartedV1 = defineEvent({
  type: 'materials.stocktake.started.v1',
  topic: STOCKTAKE_TOPIC,
  producer: 'materials',
  description:
    '盘点开始: the book quantity of every item (and, for items tracking expiry, every lot) in scope was snapshotted at snapshotAt, and counting started. A FULL count covers every item with stock or a stock policy in the warehouse; a CYCLE count the items and categories named. Book quantities are not in the event (the count is blind).',
  schema: z.object({
    ...facts,
    snapshotAt: isoDateTime,
    itemIds: z.array(uuid),
    categories: z.array(z.string()),
    note: z.string().nullable(),
    lineCount: z.number().int().positive(),
    itemCount: z.number().int().positive(),
  }),
});

export const StocktakeCountingFinishedV1 = defineEvent({
  type: 'materials.stocktake.counting-finished.v1',
  topic: STOCKTAKE_TOPIC,
  producer: 'materials',
  description:
    'Every line of the stocktake is counted (countedAsZero lines were left uncounted and taken as 0 on purpose); the variance report is ready for review.',
  schema: z.object({ ...facts, lineCount: z.number().int().positive(), countedAsZero: z.number().int().nonnegative() }),
});

const accuracy = z.object({
  /** Items counted; an item matches when every line of it (each lot, or the item as a whole) counted what the books expected. */
  itemsCounted: z.number().int().nonnegative(),
  itemsMatched: z.number().int().nonnegative(),
  /** 账物相符率: itemsMatched / itemsCounted. */
  itemAccuracy: z.number().nullable(),
  /** Value at cost of the expected quantities. */
  bookValueFen: fen,
  /** Sum of the lines' absolute variance values (a surplus does not cancel a shortfall). */
  varianceValueFen: fen,
  /** 1 − varianceValueFen / bookValueFen, never below 0; null when the books held nothing. */
  valueAccuracy: z.number().nullable(),
});

export const StocktakeApprovedV1 = defineEvent({
  type: 'materials.stocktake.approved.v1',
  topic: STOCKTAKE_TOPIC,
  producer: 'materials',
  description:
    'The materials office approved the stocktake. Its variances were booked as the one adjustment stockAdjustmentId (reason COUNT_DIFFERENCE, itself announced by materials.stock-level.adjusted.v1); null when everything matched. variances lists the lines that differed, expected = snapshot + movements booked between the snapshot and the count.',
  schema: z.object({
    ...facts,
    comment: z.string().nullable(),
    stockAdjustmentId: uuid.nullable(),
    accuracy,
    variances: z.array(
      z.object({
        itemId: uuid,
        /** Null for an item counted as a whole. */
        lotId: uuid.nullable(),
        expected: z.number().int(),
        counted: z.number().int().nonnegative(),
        varianceQuantity: z.number().int(),
        varianceValueFen: fen,
      }),
    ),
  }),
});

export const StocktakeRejectedV1 = defineEvent({
  type: 'materials.stocktake.rejected.v1',
  topic: STOCKTAKE_TOPIC,
  producer: 'materials',
  description: 'The reviewer sent the stocktake back for a recount (status COUNTING again), with the reason; counts entered so far stay until re-entered.',
  schema: z.object({ ...facts, reason: z.string() }),
});

export const StocktakeCancelledV1 = defineEvent({
  type: 'materials.stocktake.cancelled.v1',
  topic: STOCKTAKE_TOPIC,
  producer: 'materials',
  description: 'The stocktake was abandoned before approval; nothing was booked.',
  schema: z.object({ ...facts, reason: z.string() }),
});
