import { scopeToCampuses } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { WarehouseRow } from '../warehouses/warehouse.entity';
import { isBelowReorderPoint } from './reorder-policy';
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
   * Levels of a warehouse the caller has already been allowed to see: every item with stock or with a
   * reorder point (an item at zero with a reorder point is exactly what the storekeeper must notice).
   */
  async levels(warehouse: WarehouseRow, itemIds: string[] | null = null, manager: EntityManager = this.dataSource.manager): Promise<StockLevel[]> {
    const itemFilter = itemIds ? { itemId: In(itemIds) } : {};
    const [lotRows, reorderRows] = await Promise.all([
      manager.find(StockLotRow, { where: { warehouseId: warehouse.id, quantityRemaining: MoreThan(0), ...itemFilter }, order: FIFO_ORDER }),
      manager.findBy(ReorderPointRow, { warehouseId: warehouse.id, ...itemFilter }),
    ]);
    const reorderPoints = new Map(reorderRows.map((row) => [row.itemId, row.reorderPoint]));
    const itemIdsShown = [...new Set([...lotRows.map((lot) => lot.itemId), ...reorderPoints.keys()])];
    const items = await this.items.findByIds(itemIdsShown, manager);
    return itemIdsShown
      .map((itemId) => {
        const item = items.get(itemId)!;
        const lots = lotRows.filter((lot) => lot.itemId === itemId).map((lot) => toStockLot(lot, item));
        const onHand = lots.reduce((sum, lot) => sum + lot.quantityRemaining, 0);
        const reorderPoint = reorderPoints.get(itemId) ?? null;
        return { item: toItem(item), onHand, reorderPoint, belowReorderPoint: isBelowReorderPoint(onHand, reorderPoint), lots };
      })
      .sort((a, b) => a.item.code.localeCompare(b.item.code));
  }
}
