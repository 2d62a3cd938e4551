import { Injectable } from '@nestjs/common';
import { DomainError } from '@houqin/platform-errors';
import { DataSource, EntityManager, In } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { itemLabel } from '../catalogue/item-label';
import { decideOrderPrice, OrderPriceAnswer, OrderPriceQuestion } from './order-price-decision';
import { PriceExceptionStatus } from './price-exception-rules';
import { SupplierContractRepository } from './supplier-contract.repository';
import { PriceExceptionRow } from './supplier.entity';
import { SupplierRepository, supplierLabel } from './supplier.repository';

/**
 * What purchasing asks before it orders: is each line's price allowed (合同价, or an approved 超合同价例外), and
 * which contract prices it. Everything runs in the caller's transaction, so the exceptions it locks stay
 * locked until the order that uses them commits.
 */
@Injectable()
export class ContractPriceBook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: SupplierContractRepository,
    private readonly suppliers: SupplierRepository,
    private readonly items: ItemRepository,
  ) {}

  /**
   * One answer per question, in order. A price at or below the valid contract price passes (priceExceptionId
   * null). A price above it, or any price with no valid contract price, passes only with an APPROVED,
   * unexpired, unused exception of the same supplier, campus and item whose price >= the line's and
   * maxQuantity >= quantity; it is locked FOR UPDATE. Otherwise throws PRICE_ABOVE_CONTRACT, PRICE_OFF_CONTRACT
   * or PRICE_EXCEPTION_NOT_USABLE.
   */
  async checkOrderPrices(manager: EntityManager, questions: OrderPriceQuestion[]): Promise<OrderPriceAnswer[]> {
    if (questions.length === 0) return [];
    const dayKey = (q: OrderPriceQuestion) => `${q.supplierId}|${q.campusId}|${q.on}`;
    const prices = new Map<string, Awaited<ReturnType<SupplierContractRepository['pricesOn']>>>();
    for (const question of questions) {
      const key = dayKey(question);
      if (prices.has(key)) continue;
      const itemIds = questions.filter((other) => dayKey(other) === key).map((other) => other.itemId);
      prices.set(key, await this.contracts.pricesOn(manager, question.supplierId, question.campusId, itemIds, question.on));
    }
    const named = questions.map((question) => question.priceExceptionId).filter((id): id is string => id !== null);
    // Locked in id order, so two orders naming the same exceptions queue instead of deadlocking.
    const exceptions = named.length
      ? await manager
          .getRepository(PriceExceptionRow)
          .createQueryBuilder('exception')
          .where('exception.id IN (:...ids)', { ids: [...new Set(named)] })
          .orderBy('exception.id')
          .setLock('pessimistic_write')
          .getMany()
      : [];
    // One after the other: the caller's transaction is one connection, and pg queues (and deprecates) overlapping queries on it.
    const items = await this.items.findByIds(
      questions.map((question) => question.itemId),
      manager,
    );
    const suppliers = await this.suppliers.findByIds(
      questions.map((question) => question.supplierId),
      manager,
    );
    return questions.map((question) =>
      decideOrderPrice(
        question,
        prices.get(dayKey(question))?.get(question.itemId) ?? null,
        exceptions.find((exception) => exception.id === question.priceExceptionId) ?? null,
        { item: itemLabel(items)(question.itemId), supplier: supplierLabel(suppliers.get(question.supplierId), question.supplierId) },
        named.filter((id) => id === question.priceExceptionId).length > 1,
      ),
    );
  }

  /** Marks the exceptions USED by the purchase order, in the caller's transaction. */
  async useExceptions(manager: EntityManager, exceptionIds: string[], purchaseOrderId: string): Promise<void> {
    const ids = [...new Set(exceptionIds)];
    if (ids.length === 0) return;
    const now = new Date();
    const result = await manager.update(
      PriceExceptionRow,
      { id: In(ids), status: PriceExceptionStatus.APPROVED },
      { status: PriceExceptionStatus.USED, usedAt: now, usedByPurchaseOrderId: purchaseOrderId, updatedAt: now },
    );
    // checkOrderPrices locked them as usable; anything else means they were not checked in this transaction.
    if (result.affected !== ids.length) {
      const used = await manager.findBy(PriceExceptionRow, { id: In(ids), usedByPurchaseOrderId: purchaseOrderId });
      const missing = ids.find((id) => !used.some((row) => row.id === id))!;
      throw new DomainError('PRICE_EXCEPTION_NOT_USABLE', { id: missing, reason: 'it is not an approved exception', reasonZh: '不是已批准的例外' });
    }
  }

  /** The valid contract price of each item from this supplier for the campus on that day (for estimates and KPIs). */
  pricesOn(
    manager: EntityManager | undefined,
    supplierId: string,
    campusId: string,
    itemIds: string[],
    on: string,
  ): Promise<Map<string, { contractId: string; contractNo: string; unitPriceFen: number }>> {
    return this.contracts.pricesOn(manager ?? this.dataSource.manager, supplierId, campusId, itemIds, on);
  }
}
