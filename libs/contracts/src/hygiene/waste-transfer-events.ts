import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'hygiene.waste-transfer.v1';
const grams = z.number().int().nonnegative();

/** What both transfer events say, so a consumer (a notice, the fleet's trip log) needs no call back. */
const transferFacts = z.object({
  wasteTransferId: uuid,
  campusId: uuid,
  manifestNo: z.string().describe('转移联单号'),
  disposalCompany: z.string(),
  transferredAt: isoDateTime,
  wardWeightGrams: grams.describe("The wards' weighings of the loads, summed."),
  companyWeightGrams: grams.describe("The disposal company's weighbridge."),
  differenceGrams: z.number().int().describe('Company less wards.'),
});

export const WasteTransferredV1 = defineEvent({
  type: 'hygiene.waste-transfer.transferred.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description: 'Loads left the temporary store with the licensed disposal company under a transfer manifest (转移联单), reconciled against the wards’ weights.',
  schema: transferFacts.extend({ collectionIds: z.array(uuid).min(1), discrepancy: z.boolean(), occurredAt: isoDateTime, actor: actorSchema }),
});

export const WasteTransferDiscrepancyFlaggedV1 = defineEvent({
  type: 'hygiene.waste-transfer.discrepancy-flagged.v1',
  topic: TOPIC,
  producer: 'hygiene',
  description:
    "A transfer's weight differs from the wards' total by more than the tolerance (称重差异): waste lost or added on the way, or a scale out of calibration.",
  schema: transferFacts.extend({
    wardWeightKg: z.string(),
    companyWeightKg: z.string(),
    deviationPercent: z.string().describe('|difference| / wards, in percent, e.g. "7.5".'),
    tolerancePercent: z.string(),
    occurredAt: isoDateTime,
  }),
});
