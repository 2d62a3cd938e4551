import { Identity } from '@houqin/platform-auth';
import { PriceExceptionRow, SupplierContractRow } from './supplier.entity';

const actorOf = (actor: Identity) => ({ subject: actor.subject, staffId: actor.staffId, name: actor.name });

/** The facts every supplier-contract event carries (see libs/contracts supplier-events). */
export function contractFacts(row: SupplierContractRow, actor: Identity, at: Date) {
  return {
    contractId: row.id,
    contractNo: row.contractNo,
    supplierId: row.supplierId,
    campusId: row.campusId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    occurredAt: at.toISOString(),
    actor: actorOf(actor),
  };
}

/** The facts every price-exception event carries. */
export function exceptionFacts(row: PriceExceptionRow, actor: Identity, at: Date) {
  return {
    priceExceptionId: row.id,
    supplierId: row.supplierId,
    campusId: row.campusId,
    itemId: row.itemId,
    unitPriceFen: row.unitPriceFen,
    maxQuantity: row.maxQuantity,
    occurredAt: at.toISOString(),
    actor: actorOf(actor),
  };
}
