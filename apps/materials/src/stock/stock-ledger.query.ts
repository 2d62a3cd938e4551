import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DataSource } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { ItemCategory } from '../catalogue/item';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { movementValueFen } from './ledger-sql';
import { StockPosition, StockValuation } from './stock.model';

/**
 * Stock at any moment, summed from the immutable ledger (never from lot balances, which only know now).
 * Stock in transit between warehouses at that moment is in neither.
 */
@Injectable()
export class StockLedgerQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  /** 某日库存: each item's quantity and value at cost in one warehouse, as of `at`. */
  async positions(warehouse: WarehouseRow, at: Date, itemIds: string[] | null): Promise<StockPosition[]> {
    const rows: { itemId: string; quantity: number; valueFen: string }[] = await this.dataSource.query(
      `SELECT item_id AS "itemId", sum(quantity)::int AS quantity, sum(${movementValueFen()})::text AS "valueFen"
         FROM stock_movement WHERE warehouse_id = $1 AND occurred_at <= $2 AND ($3::uuid[] IS NULL OR item_id = ANY($3::uuid[]))
        GROUP BY item_id HAVING sum(quantity) <> 0`,
      [warehouse.id, at, itemIds],
    );
    const items = await this.items.findByIds(rows.map((row) => row.itemId));
    return rows
      .map((row) => ({ item: toItem(items.get(row.itemId)!), quantity: row.quantity, valueFen: Number(row.valueFen) }))
      .sort((a, b) => a.item.code.localeCompare(b.item.code));
  }

  /** 库存金额: value at cost per warehouse and category, as of `at`, over the caller's campuses (or one). */
  async valuation(identity: Identity, campusId: string | null, at: Date): Promise<StockValuation[]> {
    const scope = campusId ? [campusId] : CampusScope.of(identity).filter();
    const rows: { warehouseId: string; category: ItemCategory; quantity: number; valueFen: string }[] = await this.dataSource.query(
      `SELECT m.warehouse_id AS "warehouseId", i.category, sum(m.quantity)::int AS quantity, sum(${movementValueFen('m')})::text AS "valueFen"
         FROM stock_movement m JOIN item i ON i.id = m.item_id
        WHERE m.occurred_at <= $1 AND ($2::uuid[] IS NULL OR m.campus_id = ANY($2::uuid[]))
        GROUP BY m.warehouse_id, i.category HAVING sum(m.quantity) <> 0
        ORDER BY m.warehouse_id, i.category`,
      [at, scope],
    );
    return rows.map((row) => ({ ...row, valueFen: Number(row.valueFen) }));
  }
}
