import { Injectable } from '@nestjs/common';
import { SupplierContractSignedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { rejectDuplicate, requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, inactive, notFound, requireIsoDate, requirePositiveInt, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { requireDistinctItems } from '../requisition/requisition-lines';
import { itemLabel } from '../catalogue/item-label';
import { contractFacts } from './supplier-facts';
import { findPriceOverlap, requireDayOrder, requireWithinMarket } from './supplier-contract-rules';
import { SupplierContractRepository } from './supplier-contract.repository';
import { SupplierContractPriceRow, SupplierContractRow } from './supplier.entity';
import { CreateSupplierContractInput } from './supplier.inputs';
import { SupplierRepository, supplierLabel } from './supplier.repository';

/** A price list longer than this is an import, not a form. */
const MAX_PRICES = 1000;

/**
 * 录入供货合同: a supplier's price list for the whole group or one of the caller's campuses. Every price is at
 * most the market wholesale price surveyed at signing, and no item of the supplier gets a second contract price
 * for a campus on a day it already has one (a group-wide contract meets every campus). The supplier row is
 * locked while the overlap is checked, so two contracts entered at once are checked one after the other.
 */
@Injectable()
export class CreateSupplierContract {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly suppliers: SupplierRepository,
    private readonly contracts: SupplierContractRepository,
    private readonly items: ItemRepository,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  async execute(identity: Identity, input: CreateSupplierContractInput): Promise<SupplierContractRow> {
    const supplierId = requireUuid('supplierId', input.supplierId);
    const contractNo = requireText('contractNo', input.contractNo, 64);
    const title = requireText('title', input.title, 200);
    const campusId = input.campusId == null ? null : requireCampusInScope(identity, input.campusId);
    const validFrom = requireIsoDate('validFrom', input.validFrom);
    const validTo = requireIsoDate('validTo', input.validTo);
    requireDayOrder({ field: 'validTo', value: validTo }, 'on or after', { field: 'validFrom', value: validFrom });
    const prices = requireLines('prices', input.prices, MAX_PRICES).map((line, index) => ({
      itemId: requireUuid(`prices[${index}].itemId`, line.itemId),
      unitPriceFen: requirePositiveInt(`prices[${index}].unitPriceFen`, line.unitPriceFen),
      marketPriceFen: requirePositiveInt(`prices[${index}].marketPriceFen`, line.marketPriceFen),
    }));
    requireDistinctItems('prices', prices);
    const items = await this.items.findByIds(prices.map((line) => line.itemId));
    const label = itemLabel(items);
    for (const line of prices) {
      const item = items.get(line.itemId);
      if (!item) throw notFound('Item', line.itemId);
      if (!item.active) throw inactive('Item', item.name);
      requireWithinMarket(line, label(line.itemId));
    }

    return rejectDuplicate('supplier_contract_no_uq', 'SupplierContract', contractNo, () =>
      this.unitOfWork.run(async (manager) => {
        const now = new Date();
        const supplier = await this.suppliers.lock(manager, supplierId);
        if (!supplier.active) throw inactive('Supplier', supplier.name);
        if (campusId) await this.directory.requireCampus(manager, campusId);
        const period = { validFrom, validTo, terminatedOn: null };
        const itemIds = prices.map((line) => line.itemId);
        const overlap = findPriceOverlap(
          { campusId, period, itemIds },
          await this.contracts.pricedItems(manager, supplierId, campusId, itemIds, validFrom, validTo),
        );
        if (overlap) {
          throw new DomainError('CONTRACT_PRICE_OVERLAP', {
            item: label(overlap.itemId),
            supplier: supplierLabel(supplier, supplierId),
            otherContractNo: overlap.otherContractNo,
            from: overlap.from,
            to: overlap.to,
          });
        }
        const row: SupplierContractRow = {
          id: uuidv7(),
          contractNo,
          supplierId,
          title,
          campusId,
          validFrom,
          validTo,
          terminatedOn: null,
          terminationReason: null,
          terminatedAt: null,
          terminatedBySubject: null,
          terminatedByName: null,
          signedAt: now,
          signedBySubject: identity.subject,
          signedByName: identity.name,
        };
        const priceRows: SupplierContractPriceRow[] = prices.map((line) => ({ contractId: row.id, ...line }));
        await manager.insert(SupplierContractRow, row);
        await manager.insert(SupplierContractPriceRow, priceRows);
        await this.changes.record(
          manager,
          identity,
          {
            audit: { action: 'supplier-contract.sign', entityType: 'SupplierContract', entityId: row.id, campusId, before: null, after: { ...row, prices } },
            events: [changeEvent(SupplierContractSignedV1, { ...contractFacts(row, identity, now), title, prices }, row.id)],
          },
          now,
        );
        return row;
      }),
    );
  }
}
