import { Injectable } from '@nestjs/common';
import { StockBelowReorderPointV1 } from '@houqin/contracts';
import { chinaToday } from '@houqin/platform-calendar';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { crossesBelowReorderPoint } from './reorder-policy';

/**
 * 补货提醒: whatever takes usable stock out of a warehouse — an issue, a transfer out, a write-off, a count
 * shortfall — raises the below-reorder-point event when it takes an item across its reorder point, so purchasing
 * hears of every dip, not only of those issues cause.
 */
@Injectable()
export class ReorderWatch {
  constructor(private readonly changes: ChangeRecorder) {}

  /**
   * In the transaction that took the stock, after the ledger change: `taken` is what left each item's usable
   * (not expired) lots. Available stock is read back under the writer's locks, so it is the level the change
   * left, and before = after + taken.
   */
  async afterTaking(manager: EntityManager, warehouse: { id: string; campusId: string }, taken: ReadonlyMap<string, number>, at: Date): Promise<void> {
    const itemIds = [...taken].filter(([, quantity]) => quantity > 0).map(([itemId]) => itemId);
    if (!itemIds.length) return;
    const levels = await manager.query<{ itemId: string; reorderPoint: number; available: number }[]>(
      `SELECT point.item_id AS "itemId", point.reorder_point AS "reorderPoint",
              coalesce(sum(lot.quantity_remaining) FILTER (WHERE lot.expires_on IS NULL OR lot.expires_on >= $3::date), 0)::int AS available
         FROM reorder_point point
         LEFT JOIN stock_lot lot ON lot.warehouse_id = point.warehouse_id AND lot.item_id = point.item_id AND lot.quantity_remaining > 0
        WHERE point.warehouse_id = $1 AND point.item_id = ANY($2::uuid[])
        GROUP BY point.item_id, point.reorder_point`,
      [warehouse.id, itemIds, chinaToday(at)],
    );
    const crossed = levels.filter((level) =>
      crossesBelowReorderPoint({ onHandBefore: level.available + taken.get(level.itemId)!, onHandAfter: level.available, reorderPoint: level.reorderPoint }),
    );
    await this.changes.publish(
      manager,
      crossed.map((level) =>
        changeEvent(
          StockBelowReorderPointV1,
          {
            campusId: warehouse.campusId,
            warehouseId: warehouse.id,
            itemId: level.itemId,
            onHand: level.available,
            reorderPoint: level.reorderPoint,
            occurredAt: at.toISOString(),
          },
          warehouse.id,
          level.itemId,
        ),
      ),
      at,
    );
  }
}

/** What a set of changes took from each item: the negative quantities, summed and made positive. */
export function takenByItem(changes: { itemId: string; quantity: number }[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const { itemId, quantity } of changes) if (quantity < 0) taken.set(itemId, (taken.get(itemId) ?? 0) - quantity);
  return taken;
}
