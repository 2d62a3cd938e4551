import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { requireCampusInScope, scopeToCampuses } from '@houqin/platform-database';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { ItemRow } from '../catalogue/item.entity';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { chargeMonthRange } from '../issues/charge-month';
import { StockLotRow } from '../stock/stock-lot.entity';
import { booksVisible, StocktakeStatus } from './stocktake-lifecycle';
import { countedLine } from './stocktake-steps';
import { accuracyOf, movementsSinceSnapshot, varianceOf } from './stocktake-variance';
import { StocktakeCountRow, StocktakeLineRow, StocktakeRow } from './stocktake.entity';
import { CampusStocktakeAccuracy, Stocktake, StocktakeLine } from './stocktake.model';

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

  /**
   * 账物相符率 per campus over the stocktakes approved in a Beijing month, in one statement: an item of a stocktake
   * matches when all its lines counted what was expected; value accuracy is 1 − Σ|variance value| / Σ expected
   * value (not below 0).
   */
  async accuracy(identity: Identity, campusId: string | null, month: string): Promise<CampusStocktakeAccuracy[]> {
    const range = chargeMonthRange(month);
    const campusIds = campusId ? [requireCampusInScope(identity, campusId)] : CampusScope.of(identity).filter();
    const rows = await this.dataSource.query<
      {
        campus_id: string;
        stocktakes: number;
        items_counted: number;
        items_matched: number;
        book_value_fen: number;
        variance_value_fen: number;
        item_accuracy: number | null;
        value_accuracy: number | null;
      }[]
    >(
      `WITH items AS (
         SELECT stocktake.campus_id, stocktake.id AS stocktake_id, line.item_id,
           bool_and(line.counted_quantity = line.expected_quantity) AS matched,
           sum(line.expected_value_fen) AS book_value_fen, sum(abs(line.variance_value_fen)) AS variance_value_fen
         FROM stocktake JOIN stocktake_line line ON line.stocktake_id = stocktake.id
         WHERE stocktake.status = 'APPROVED' AND stocktake.approved_at >= $1 AND stocktake.approved_at < $2
           AND ($3::uuid[] IS NULL OR stocktake.campus_id = ANY($3::uuid[]))
         GROUP BY stocktake.campus_id, stocktake.id, line.item_id
       ), campus AS (
         SELECT campus_id, count(DISTINCT stocktake_id)::int AS stocktakes, count(*)::int AS items_counted,
           (count(*) FILTER (WHERE matched))::int AS items_matched,
           sum(book_value_fen)::float8 AS book_value_fen, sum(variance_value_fen)::float8 AS variance_value_fen
         FROM items GROUP BY campus_id
       )
       SELECT campus.*, items_matched::float8 / NULLIF(items_counted, 0) AS item_accuracy,
         greatest(0, 1 - variance_value_fen / NULLIF(book_value_fen, 0)) AS value_accuracy
       FROM campus ORDER BY campus_id`,
      [range.from, range.to, campusIds],
    );
    return rows.map((row) => ({
      campusId: row.campus_id,
      month,
      stocktakes: row.stocktakes,
      itemsCounted: row.items_counted,
      itemsMatched: row.items_matched,
      itemAccuracy: row.item_accuracy,
      bookValueFen: row.book_value_fen,
      varianceValueFen: row.variance_value_fen,
      valueAccuracy: row.value_accuracy,
    }));
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
