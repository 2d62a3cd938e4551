import { Injectable } from '@nestjs/common';
import { PriceExceptionRequestedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, inactive, notFound, requirePositiveInt, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { ItemRepository } from '../catalogue/item.repository';
import { itemLabel } from '../catalogue/item-label';
import { PriceExceptionStatus } from './price-exception-rules';
import { exceptionFacts } from './supplier-facts';
import { yuan } from './supplier-contract-rules';
import { SupplierContractRepository } from './supplier-contract.repository';
import { PriceExceptionRow } from './supplier.entity';
import { RequestPriceExceptionInput } from './supplier.inputs';
import { SupplierRepository } from './supplier.repository';

/**
 * 超合同价例外申请: a purchaser asks to buy an item from a supplier for a campus above today's contract price, or
 * with no contract price at all (合同外采购). A price within the contract needs no exception and is refused, so
 * nobody approves what needs no approval. It waits for someone else in the materials office.
 */
@Injectable()
export class RequestPriceException {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly suppliers: SupplierRepository,
    private readonly contracts: SupplierContractRepository,
    private readonly items: ItemRepository,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: RequestPriceExceptionInput): Promise<PriceExceptionRow> {
    const supplierId = requireUuid('supplierId', input.supplierId);
    const campusId = requireCampusInScope(identity, input.campusId);
    const itemId = requireUuid('itemId', input.itemId);
    const unitPriceFen = requirePositiveInt('unitPriceFen', input.unitPriceFen);
    const maxQuantity = requirePositiveInt('maxQuantity', input.maxQuantity);
    const reason = requireText('reason', input.reason, 500);

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      await this.suppliers.getActive(supplierId, manager);
      await this.directory.requireCampus(manager, campusId);
      const item = await this.items.findById(itemId, manager);
      if (!item) throw notFound('Item', itemId);
      if (!item.active) throw inactive('Item', item.name);
      const contract = (await this.contracts.pricesOn(manager, supplierId, campusId, [itemId], chinaToday(now))).get(itemId) ?? null;
      if (contract && unitPriceFen <= contract.unitPriceFen) {
        throw new DomainError('PRICE_EXCEPTION_NOT_NEEDED', {
          item: itemLabel(new Map([[itemId, item]]))(itemId),
          priceYuan: yuan(unitPriceFen),
          contractNo: contract.contractNo,
          contractPriceYuan: yuan(contract.unitPriceFen),
        });
      }
      const row: PriceExceptionRow = {
        id: uuidv7(),
        supplierId,
        campusId,
        itemId,
        unitPriceFen,
        maxQuantity,
        reason,
        contractId: contract?.contractId ?? null,
        contractPriceFen: contract?.unitPriceFen ?? null,
        status: PriceExceptionStatus.PENDING,
        requestedAt: now,
        requestedBySubject: identity.subject,
        requestedByStaffId: identity.staffId,
        requestedByName: identity.name,
        decidedAt: null,
        decidedBySubject: null,
        decidedByName: null,
        decisionComment: null,
        validUntil: null,
        usedAt: null,
        usedByPurchaseOrderId: null,
        updatedAt: now,
      };
      await manager.insert(PriceExceptionRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'price-exception.request', entityType: 'PriceException', entityId: row.id, campusId, before: null, after: row },
          events: [
            changeEvent(
              PriceExceptionRequestedV1,
              { ...exceptionFacts(row, identity, now), reason, contractId: row.contractId, contractPriceFen: row.contractPriceFen },
              row.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }
}
