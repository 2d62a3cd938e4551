import { z } from 'zod';
import { actorSchema, defineEvent, isoDateTime, uuid } from '../event-contract';

const SUPPLIER_CONTRACT_TOPIC = 'materials.supplier-contract.v1';
const PRICE_EXCEPTION_TOPIC = 'materials.price-exception.v1';

const fen = z.number().int().positive();
const day = z.iso.date();

/** What every supplier-contract event carries; key = contractId. */
const contractFacts = {
  contractId: uuid,
  contractNo: z.string(),
  supplierId: uuid,
  /** Null: the contract prices every campus of the group. */
  campusId: uuid.nullable(),
  validFrom: day,
  validTo: day.describe('Last valid day (China date), inclusive.'),
  occurredAt: isoDateTime,
  actor: actorSchema,
};

export const SupplierContractSignedV1 = defineEvent({
  type: 'materials.supplier-contract.signed.v1',
  topic: SUPPLIER_CONTRACT_TOPIC,
  producer: 'materials',
  description:
    'A supplier contract (供货合同) was entered with its price list: from validFrom to validTo it prices its items for its campus (or the whole group when campusId is null). Every unitPriceFen is at most the market wholesale price surveyed at signing (marketPriceFen).',
  schema: z.object({
    ...contractFacts,
    title: z.string(),
    prices: z.array(z.object({ itemId: uuid, unitPriceFen: fen, marketPriceFen: fen })),
  }),
});

export const SupplierContractTerminatedV1 = defineEvent({
  type: 'materials.supplier-contract.terminated.v1',
  topic: SUPPLIER_CONTRACT_TOPIC,
  producer: 'materials',
  description: 'A supplier contract was terminated: from terminatedOn (China date) on it prices nothing. Orders already priced under it are unchanged.',
  schema: z.object({ ...contractFacts, terminatedOn: day, reason: z.string() }),
});

/** What every price-exception event carries; key = priceExceptionId. */
const exceptionFacts = {
  priceExceptionId: uuid,
  supplierId: uuid,
  campusId: uuid,
  itemId: uuid,
  unitPriceFen: fen,
  maxQuantity: z.number().int().positive(),
  occurredAt: isoDateTime,
  actor: actorSchema,
};

export const PriceExceptionRequestedV1 = defineEvent({
  type: 'materials.price-exception.requested.v1',
  topic: PRICE_EXCEPTION_TOPIC,
  producer: 'materials',
  description:
    'A purchaser asked to buy an item from a supplier for a campus at unitPriceFen, above the contract price (contractPriceFen, as it stood) or off contract (合同外采购, contractId null). It waits for the materials office.',
  schema: z.object({ ...exceptionFacts, reason: z.string(), contractId: uuid.nullable(), contractPriceFen: fen.nullable() }),
});

export const PriceExceptionDecidedV1 = defineEvent({
  type: 'materials.price-exception.decided.v1',
  topic: PRICE_EXCEPTION_TOPIC,
  producer: 'materials',
  description:
    'Someone other than the requester approved or rejected a price exception. Approved, one purchase order may use it until validUntil (China date, inclusive); rejected, comment is the reason.',
  schema: z.object({
    ...exceptionFacts,
    decision: z.enum(['APPROVED', 'REJECTED']),
    comment: z.string().nullable(),
    validUntil: day.nullable(),
  }),
});
