import { EntityManager } from 'typeorm';
import { StockLotRow } from '../stock/stock-lot.entity';

/**
 * Lots of a warehouse as the ledger holds them right now: the named lots, and every lot with stock of the named
 * items — quarantined and expired ones too, since they are on the shelf. Read FOR SHARE, in the order every
 * writer locks lots (item, receipt time, id; see lot-locks): a write in flight on one of them commits first and
 * is seen, and none starts until this transaction ends, so what is read is the ledger at one instant and cannot
 * deadlock with a writer.
 */
export async function lotsOnBooks(
  manager: EntityManager,
  warehouseId: string,
  named: { lotIds?: readonly string[]; itemIds?: readonly string[] },
): Promise<StockLotRow[]> {
  const lotIds = [...new Set(named.lotIds ?? [])];
  const itemIds = [...new Set(named.itemIds ?? [])];
  if (!lotIds.length && !itemIds.length) return [];
  return manager
    .getRepository(StockLotRow)
    .createQueryBuilder('lot')
    .where('lot.warehouseId = :warehouseId', { warehouseId })
    .andWhere('(lot.id = ANY(:lotIds) OR (lot.itemId = ANY(:itemIds) AND lot.quantityRemaining > 0))', { lotIds, itemIds })
    .orderBy('lot.itemId', 'ASC')
    .addOrderBy('lot.receivedAt', 'ASC')
    .addOrderBy('lot.id', 'ASC')
    .setLock('pessimistic_read')
    .getMany();
}

/** Every lot the warehouse ever held of some items, emptied ones included (an item's newest lot is the model for found stock). */
export async function lotIdsOfItems(manager: EntityManager, warehouseId: string, itemIds: readonly string[]): Promise<string[]> {
  if (!itemIds.length) return [];
  const rows = await manager.query<{ id: string }[]>(`SELECT id FROM stock_lot WHERE warehouse_id = $1 AND item_id = ANY($2::uuid[])`, [
    warehouseId,
    [...itemIds],
  ]);
  return rows.map((row) => row.id);
}
