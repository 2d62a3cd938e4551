import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { StockLotRow } from './stock-lot.entity';

/**
 * Every write that changes lot balances locks its lots first (SELECT ... FOR UPDATE), always in one order —
 * item, then receipt time, then id — so two writers touching the same lots queue on the rows instead of both
 * reading the old balance, and cannot deadlock by taking the same locks in opposite orders.
 */
function lockedInFixedOrder(manager: EntityManager): SelectQueryBuilder<StockLotRow> {
  return manager
    .getRepository(StockLotRow)
    .createQueryBuilder('lot')
    .orderBy('lot.itemId', 'ASC')
    .addOrderBy('lot.receivedAt', 'ASC')
    .addOrderBy('lot.id', 'ASC')
    .setLock('pessimistic_write');
}

/**
 * The lots of some items in one warehouse that still hold stock and are not quarantined: what an issue or a
 * transfer may draw from. Quarantined lots are past their date, which the allocator refuses too; leaving them
 * out here keeps the quarantine binding on every path that draws stock, whatever that path checks itself.
 */
export async function lockLots(manager: EntityManager, warehouseId: string, itemIds: string[]): Promise<StockLotRow[]> {
  if (itemIds.length === 0) return [];
  return lockedInFixedOrder(manager)
    .where('lot.warehouseId = :warehouseId', { warehouseId })
    .andWhere('lot.itemId IN (:...itemIds)', { itemIds })
    .andWhere('lot.quantityRemaining > 0')
    .andWhere('lot.quarantinedAt IS NULL')
    .getMany();
}

/** Named lots, whatever their balance: a return goes back into lots its issue may have emptied. */
export async function lockLotsById(manager: EntityManager, lotIds: string[]): Promise<StockLotRow[]> {
  if (lotIds.length === 0) return [];
  return lockedInFixedOrder(manager)
    .where('lot.id IN (:...lotIds)', { lotIds: [...new Set(lotIds)] })
    .getMany();
}
