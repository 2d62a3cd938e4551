import { EntityManager } from 'typeorm';
import { CostBasis } from './requisition-policy';

/**
 * Each item's cost basis for valuing a requisition (see `requisitionValue`): the quantity and value of the
 * warehouse's usable stock (lots with stock, not past their date), so the average is what FIFO will roughly
 * charge; failing that, one unit at the cost of the item's most recently received lot in any warehouse.
 * Items never received have no entry.
 */
export async function costBases(manager: EntityManager, warehouseId: string, itemIds: readonly string[], today: string): Promise<Map<string, CostBasis>> {
  if (itemIds.length === 0) return new Map();
  const rows = await manager.query<{ itemId: string; valueFen: string; quantity: string }[]>(
    `WITH usable AS (
       SELECT item_id, sum(quantity_remaining::bigint * unit_cost_fen) AS value_fen, sum(quantity_remaining) AS quantity
       FROM stock_lot
       WHERE warehouse_id = $1 AND item_id = ANY($2::uuid[]) AND quantity_remaining > 0 AND (expires_on IS NULL OR expires_on >= $3::date)
       GROUP BY item_id),
     latest AS (
       SELECT DISTINCT ON (item_id) item_id, unit_cost_fen FROM stock_lot WHERE item_id = ANY($2::uuid[]) ORDER BY item_id, received_at DESC, id DESC)
     SELECT latest.item_id AS "itemId", coalesce(usable.value_fen, latest.unit_cost_fen)::text AS "valueFen", coalesce(usable.quantity, 1)::text AS quantity
     FROM latest LEFT JOIN usable ON usable.item_id = latest.item_id`,
    [warehouseId, [...new Set(itemIds)], today],
  );
  return new Map(rows.map((row) => [row.itemId, { valueFen: Number(row.valueFen), quantity: Number(row.quantity) }]));
}
