import { scopeToCampuses } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { groupBy, Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { chinaToday } from '@houqin/platform-calendar';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { isBelowReorderPoint } from './reorder-policy';
import { CONSUMPTION_WINDOW_DAYS, coverOf } from './stock-cover';
import { ReorderPointRow } from './reorder-point.entity';
import { StockLevel, StockLot, toStockLot } from './stock.model';
import { StockLotRow } from './stock-lot.entity';

/** The order issues draw lots in: oldest receipt first, lot id breaking ties. */
export const FIFO_ORDER = { receivedAt: 'ASC', id: 'ASC' } as const;

@Injectable()
export class StockRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  /** Maps lots to the public type, loading their items in one statement. */
  async toLots(rows: StockLotRow[], manager: EntityManager = this.dataSource.manager): Promise<StockLot[]> {
    const items = await this.items.findByIds(
      rows.map((row) => row.itemId),
      manager,
    );
    return rows.map((row) => toStockLot(row, items.get(row.itemId)!));
  }

  lots(identity: Identity, filter: { warehouseId: string; itemId: string | null; withStockOnly: boolean }, page: PageArgs): Promise<Page<StockLot>> {
    const query = scopeToCampuses(this.dataSource.getRepository(StockLotRow).createQueryBuilder('lot'), identity).andWhere('lot.warehouseId = :warehouseId', {
      warehouseId: filter.warehouseId,
    });
    if (filter.itemId) query.andWhere('lot.itemId = :itemId', { itemId: filter.itemId });
    if (filter.withStockOnly) query.andWhere('lot.quantityRemaining > 0');
    return paginateBatch(query, page, (rows) => this.toLots(rows));
  }

  /**
   * Levels of a warehouse the caller has already been allowed to see: every item with stock, on its way here, or
   * with a reorder point (an item at zero with a reorder point is exactly what the storekeeper must notice).
   * Summed in SQL over the lots with stock (a partial index keeps depleted lots out); lots load only when asked.
   */
  async levels(warehouse: WarehouseRow, itemIds: string[] | null = null, manager: EntityManager = this.dataSource.manager): Promise<StockLevel[]> {
    const today = chinaToday(new Date());
    const since = new Date(Date.now() - CONSUMPTION_WINDOW_DAYS * 86_400_000);
    const [sums, policies, incoming, ordered, usage]: [
      { itemId: string; onHand: number; available: number; valueFen: string }[],
      ReorderPointRow[],
      { itemId: string; quantity: number }[],
      { itemId: string; quantity: number }[],
      { itemId: string; used: number }[],
    ] = await Promise.all([
      manager.query(
        `SELECT item_id AS "itemId", sum(quantity_remaining)::int AS "onHand",
                coalesce(sum(quantity_remaining) FILTER (WHERE expires_on IS NULL OR expires_on >= $2::date), 0)::int AS "available",
                sum(quantity_remaining::bigint * unit_cost_fen)::text AS "valueFen"
           FROM stock_lot WHERE warehouse_id = $1 AND quantity_remaining > 0 AND ($3::uuid[] IS NULL OR item_id = ANY($3::uuid[]))
          GROUP BY item_id`,
        [warehouse.id, today, itemIds],
      ),
      manager.findBy(ReorderPointRow, { warehouseId: warehouse.id, ...(itemIds ? { itemId: In(itemIds) } : {}) }),
      manager.query(
        `SELECT line.item_id AS "itemId", sum(line.quantity)::int AS quantity
           FROM stock_transfer_line line JOIN stock_transfer t ON t.id = line.stock_transfer_id
          WHERE t.to_warehouse_id = $1 AND t.status = 'IN_TRANSIT' AND ($2::uuid[] IS NULL OR line.item_id = ANY($2::uuid[]))
          GROUP BY line.item_id`,
        [warehouse.id, itemIds],
      ),
      // 已订未到: owed on open purchase orders, plus requested and not yet ordered, so nothing is suggested twice.
      manager.query(
        `SELECT item_id AS "itemId", sum(quantity)::int AS quantity FROM (
           SELECT line.item_id, line.quantity_ordered - line.quantity_accepted AS quantity
             FROM purchase_order_line line JOIN purchase_order o ON o.id = line.purchase_order_id
            WHERE o.warehouse_id = $1 AND o.status IN ('ORDERED', 'PARTIALLY_RECEIVED')
           UNION ALL
           SELECT line.item_id, line.quantity - line.quantity_ordered
             FROM purchase_request_line line JOIN purchase_request r ON r.id = line.purchase_request_id
            WHERE r.warehouse_id = $1 AND r.status IN ('SUBMITTED', 'APPROVED') AND line.status IN ('OPEN', 'FLAGGED')
         ) pipeline WHERE quantity > 0 AND ($2::uuid[] IS NULL OR item_id = ANY($2::uuid[]))
         GROUP BY item_id`,
        [warehouse.id, itemIds],
      ),
      // Departments' net use (issues less returns) over the window: what days of cover are counted in.
      manager.query(
        `SELECT item_id AS "itemId", (-sum(quantity))::int AS used
           FROM stock_movement WHERE warehouse_id = $1 AND kind IN ('ISSUE', 'RETURN') AND occurred_at >= $2
            AND ($3::uuid[] IS NULL OR item_id = ANY($3::uuid[]))
          GROUP BY item_id`,
        [warehouse.id, since, itemIds],
      ),
    ]);
    const byItem = new Map(sums.map((row) => [row.itemId, row]));
    const inTransit = new Map(incoming.map((row) => [row.itemId, row.quantity]));
    const onOrder = new Map(ordered.map((row) => [row.itemId, row.quantity]));
    const policyOf = new Map(policies.map((row) => [row.itemId, row]));
    const used = new Map(usage.map((row) => [row.itemId, row.used]));
    const itemIdsShown = [...new Set([...byItem.keys(), ...policyOf.keys(), ...inTransit.keys()])];
    const items = await this.items.findByIds(itemIdsShown, manager);
    return itemIdsShown
      .map((itemId) => {
        const sum = byItem.get(itemId);
        const onHand = sum?.onHand ?? 0;
        const available = sum?.available ?? 0;
        const policy = policyOf.get(itemId) ?? null;
        const reorderPoint = policy?.reorderPoint ?? null;
        return {
          warehouseId: warehouse.id,
          item: toItem(items.get(itemId)!),
          onHand,
          available,
          expired: onHand - available,
          valueFen: Number(sum?.valueFen ?? 0),
          inTransit: inTransit.get(itemId) ?? 0,
          onOrder: onOrder.get(itemId) ?? 0,
          reorderPoint,
          maxLevel: policy?.maxLevel ?? null,
          leadTimeDays: policy?.leadTimeDays ?? 0,
          reserveDays: policy?.reserveDays ?? null,
          belowReorderPoint: isBelowReorderPoint(available, reorderPoint),
          ...coverOf(available, used.get(itemId) ?? 0, policy?.reserveDays ?? null, today),
        };
      })
      .sort((a, b) => a.item.code.localeCompare(b.item.code));
  }

  /** Lots with stock of some items of a warehouse, in the order issues draw them, grouped by item. */
  async lotsInStock(warehouseId: string, itemIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, StockLot[]>> {
    const rows = await manager.find(StockLotRow, { where: { warehouseId, itemId: In(itemIds), quantityRemaining: MoreThan(0) }, order: FIFO_ORDER });
    const lots = await this.toLots(rows, manager);
    return groupBy(lots, (lot) => lot.item.id);
  }
}
