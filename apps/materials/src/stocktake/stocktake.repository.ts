import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { ItemRow } from '../catalogue/item.entity';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockLotRow } from '../stock/stock-lot.entity';
import { booksVisible, StocktakeStatus } from './stocktake-lifecycle';
import { countedLine } from './stocktake-steps';
import { accuracyOf, movementsSinceSnapshot, varianceOf } from './stocktake-variance';
import { StocktakeCountRow, StocktakeLineRow, StocktakeRow } from './stocktake.entity';
import { Stocktake, StocktakeLine } from './stocktake.model';

export interface StocktakeFilter {
  warehouseId: string | null;
  status: StocktakeStatus | null;
}

/** Stocktakes of the caller's campuses, with the books shown only to those who may see them (blind count). */
@Injectable()
export class StocktakeRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  async findById(identity: Identity, id: string): Promise<Stocktake | null> {
    const row = await scopeToCampuses(this.dataSource.getRepository(StocktakeRow).createQueryBuilder('stocktake'), identity)
      .andWhere('stocktake.id = :id', { id })
      .getOne();
    return row ? (await this.toStocktakes(identity, [row]))[0] : null;
  }

  page(identity: Identity, filter: StocktakeFilter, page: PageArgs): Promise<Page<Stocktake>> {
    const query = scopeToCampuses(this.dataSource.getRepository(StocktakeRow).createQueryBuilder('stocktake'), identity);
    if (filter.warehouseId) query.andWhere('stocktake.warehouseId = :warehouseId', { warehouseId: filter.warehouseId });
    if (filter.status) query.andWhere('stocktake.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toStocktakes(identity, rows));
  }

  /** Stocktakes with their lines, counts and lots: five statements for any number. */
  private async toStocktakes(identity: Identity, rows: StocktakeRow[]): Promise<Stocktake[]> {
    if (rows.length === 0) return [];
    const manager = this.dataSource.manager;
    const ids = rows.map((row) => row.id);
    const [lines, counts] = await Promise.all([
      manager.find(StocktakeLineRow, { where: { stocktakeId: In(ids) }, order: { lineNo: 'ASC' } }),
      manager.find(StocktakeCountRow, { where: { stocktakeId: In(ids) }, order: { countedAt: 'ASC', id: 'ASC' } }),
    ]);
    const lotIds = [...new Set(lines.flatMap((line) => (line.lotId ? [line.lotId] : [])))];
    const [lots, items] = await Promise.all([
      lotIds.length ? manager.findBy(StockLotRow, { id: In(lotIds) }) : Promise.resolve([]),
      this.items.findByIds(lines.map((line) => line.itemId)),
    ]);
    const lotsById = new Map(lots.map((lot) => [lot.id, lot]));
    const countsByLine = new Map<string, StocktakeCountRow[]>();
    for (const count of counts) countsByLine.set(count.stocktakeLineId, [...(countsByLine.get(count.stocktakeLineId) ?? []), count]);

    return rows.map((row) => {
      const own = lines.filter((line) => line.stocktakeId === row.id);
      const counters = new Set(counts.filter((count) => count.stocktakeId === row.id).map((count) => count.countedBySubject));
      const visible = booksVisible(row.status, identity, counters);
      const counted = own.every((line) => line.countedQuantity !== null && line.expectedQuantity !== null);
      return {
        id: row.id,
        number: row.number,
        campusId: row.campusId,
        warehouseId: row.warehouseId,
        scope: row.scope,
        itemIds: row.itemIds,
        categories: row.categories,
        status: row.status,
        note: row.note,
        snapshotAt: row.snapshotAt,
        startedByName: row.startedByName,
        finishedAt: row.finishedAt,
        finishedByName: row.finishedByName,
        approvedAt: row.approvedAt,
        approvedByName: row.approvedByName,
        approvalComment: row.approvalComment,
        stockAdjustmentId: row.stockAdjustmentId,
        rejectedAt: row.rejectedAt,
        rejectedByName: row.rejectedByName,
        rejectionReason: row.rejectionReason,
        cancelledAt: row.cancelledAt,
        cancelReason: row.cancelReason,
        lineCount: own.length,
        countedLineCount: own.filter((line) => line.countedQuantity !== null).length,
        booksVisible: visible,
        lines: own.map((line) => this.toLine(line, visible, lotsById.get(line.lotId ?? ''), countsByLine.get(line.id) ?? [], items)),
        accuracy: visible && counted ? accuracyOf(own.map(countedLine)) : null,
      };
    });
  }

  private toLine(
    line: StocktakeLineRow,
    visible: boolean,
    lot: StockLotRow | undefined,
    counts: readonly StocktakeCountRow[],
    items: ReadonlyMap<string, ItemRow>,
  ): StocktakeLine {
    const figures =
      visible && line.countedQuantity !== null && line.expectedQuantity !== null
        ? { bookQuantity: line.bookQuantity, expectedQuantity: line.expectedQuantity, countedQuantity: line.countedQuantity }
        : null;
    return {
      lineNo: line.lineNo,
      item: toItem(items.get(line.itemId)!),
      lotId: line.lotId,
      batchNo: lot?.batchNo ?? null,
      expiresOn: lot?.expiresOn ?? null,
      lotReceivedAt: lot?.receivedAt ?? null,
      countedQuantity: line.countedQuantity,
      countedAt: line.countedAt,
      countedByName: line.countedByName,
      counts: counts.map((count) => ({
        countedQuantity: count.countedQuantity,
        countedAt: count.countedAt,
        countedByName: count.countedByName,
        missingAsZero: count.missingAsZero,
      })),
      // Blind count (盲盘): nothing derived from the books leaves the service for a caller who may not see them.
      bookQuantity: figures?.bookQuantity ?? null,
      movementsSinceSnapshot: figures ? movementsSinceSnapshot(figures) : null,
      expectedQuantity: figures?.expectedQuantity ?? null,
      varianceQuantity: figures ? varianceOf(figures) : null,
      unitCostFen: figures ? line.unitCostFen : null,
      varianceValueFen: figures ? line.varianceValueFen : null,
    };
  }
}
