import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';
import { GoodsReceivedV1 } from './stock-events';

const quantity = z.number().int().positive();
const fen = z.number().int().nonnegative();

/** What both expiry events say about the lot, so a consumer (a notice to the storekeeper) needs no call back. */
const lotFacts = z.object({
  lotId: uuid,
  campusId: uuid,
  warehouseId: uuid,
  itemId: uuid,
  itemCode: z.string(),
  itemName: z.string(),
  batchNo: z.string().nullable(),
  expiresOn: z.iso.date().describe('Last usable day (Beijing calendar date).'),
  quantity: quantity.describe('What the lot held when the event was raised.'),
  unitCostFen: fen,
  valueFen: fen.describe('quantity × unitCostFen.'),
});

/**
 * On the stock-level topic, keyed by warehouse: a consumer sees a lot's receipt, its expiry alerts, its
 * quarantine and its write-off (an adjustment) in the order they happened.
 */
export const LotExpiringV1 = defineEvent({
  type: 'materials.stock-level.lot-expiring.v1',
  topic: GoodsReceivedV1.topic,
  producer: 'materials',
  description:
    'A lot with stock came within 90, 30 or 7 days of its expiry date (近效期预警), once per lot and threshold. A lot that passes several thresholds at once (received late, or the job was down) raises only the nearest.',
  schema: lotFacts.extend({
    threshold: z.enum(['DAYS_90', 'DAYS_30', 'DAYS_7']),
    daysLeft: z.number().int().nonnegative().describe('Whole days after today (Beijing time) the lot stays usable: 0 on its expiry date.'),
    occurredAt: isoDateTime,
  }),
});

export const LotQuarantinedV1 = defineEvent({
  type: 'materials.stock-level.lot-quarantined.v1',
  topic: GoodsReceivedV1.topic,
  producer: 'materials',
  description:
    'A lot with stock passed its expiry date and was quarantined (过期隔离), once per lot: it is never issued or transferred and waits to be written off (EXPIRED_WRITE_OFF).',
  schema: lotFacts.extend({ quarantinedAt: isoDateTime }),
});
