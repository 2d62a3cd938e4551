import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses, uuidv7 } from '@houqin/platform-database';
import { notFound } from '@houqin/platform-errors';
import { EntityManager } from 'typeorm';
import { expectedAtCount } from './stocktake-sheet';
import { lotsOnBooks } from './stocktake-lots';
import { StocktakeCountRow, StocktakeLineRow, StocktakeRow } from './stocktake.entity';

/** The facts every stocktake event carries (see libs/contracts stocktake-events). */
export function stocktakeFacts(row: StocktakeRow, actor: Identity, at: Date) {
  return {
    stocktakeId: row.id,
    number: row.number,
    campusId: row.campusId,
    warehouseId: row.warehouseId,
    scope: row.scope,
    status: row.status,
    occurredAt: at.toISOString(),
    actor: { subject: actor.subject, staffId: actor.staffId, name: actor.name },
  };
}

/** A line once counted, its figures non-null (counting has finished). */
export function countedLine(row: StocktakeLineRow) {
  if (row.countedQuantity === null || row.expectedQuantity === null || row.expectedValueFen === null)
    throw new Error(`stocktake line ${row.id} is not counted`);
  return {
    id: row.id,
    lineNo: row.lineNo,
    itemId: row.itemId,
    lotId: row.lotId,
    bookQuantity: row.bookQuantity,
    countedQuantity: row.countedQuantity,
    expectedQuantity: row.expectedQuantity,
    expectedValueFen: row.expectedValueFen,
    varianceValueFen: row.varianceValueFen ?? 0,
  };
}

/** A count to write on a line: what was counted, and whether it was only taken as 0 at the finish. */
export interface LineCount {
  line: StocktakeLineRow;
  countedQuantity: number;
  missingAsZero: boolean;
}

/**
 * What every change of a stocktake shares: the row locked for the transaction (two reviewers, or a count and
 * the finish, queue and the second sees the first's result), its lines and counters, counts written with the
 * ledger balance of the moment, and the step as the TransitionRunner loads and saves it.
 */
@Injectable()
export class StocktakeSteps {
  /** The stocktake on one of the caller's campuses, locked; NOT_FOUND otherwise (another campus's does not exist for them). */
  async lock(manager: EntityManager, identity: Identity, id: string): Promise<StocktakeRow> {
    const row = await scopeToCampuses(manager.getRepository(StocktakeRow).createQueryBuilder('stocktake'), identity)
      .andWhere('stocktake.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('Stocktake', id);
    return row;
  }

  lines(manager: EntityManager, stocktakeId: string): Promise<StocktakeLineRow[]> {
    return manager.find(StocktakeLineRow, { where: { stocktakeId }, order: { lineNo: 'ASC' } });
  }

  /** Everyone who entered a count on the stocktake: blind to its books, and not its approver. */
  async counters(manager: EntityManager, stocktakeId: string): Promise<Set<string>> {
    const rows = await manager.query<{ subject: string }[]>(`SELECT DISTINCT counted_by_subject AS subject FROM stocktake_count WHERE stocktake_id = $1`, [
      stocktakeId,
    ]);
    return new Set(rows.map((row) => row.subject));
  }

  /**
   * Writes counts: each with what the ledger holds for its line at this moment (snapshot + movements since), so
   * movements booked while the shelf was being counted are not variances. The line carries the latest count.
   */
  async writeCounts(manager: EntityManager, actor: Identity, stocktake: StocktakeRow, counts: readonly LineCount[], at: Date): Promise<StocktakeCountRow[]> {
    const lots = await lotsOnBooks(manager, stocktake.warehouseId, {
      lotIds: counts.flatMap(({ line }) => (line.lotId ? [line.lotId] : [])),
      itemIds: counts.flatMap(({ line }) => (line.lotId ? [] : [line.itemId])),
    });
    const rows: StocktakeCountRow[] = [];
    const expectedValues: number[] = [];
    for (const { line, countedQuantity, missingAsZero } of counts) {
      const expected = expectedAtCount(line, lots);
      expectedValues.push(expected.valueFen);
      rows.push({
        id: uuidv7(),
        stocktakeId: stocktake.id,
        stocktakeLineId: line.id,
        itemId: line.itemId,
        lotId: line.lotId,
        countedQuantity,
        expectedQuantity: expected.quantity,
        countedAt: at,
        countedBySubject: actor.subject,
        countedByName: actor.name,
        missingAsZero,
      });
    }
    if (!rows.length) return rows;
    await manager.insert(StocktakeCountRow, rows);
    await manager.query(
      `UPDATE stocktake_line AS line SET counted_quantity = c.counted, expected_quantity = c.expected, expected_value_fen = c.value,
         counted_at = $5, counted_by_subject = $6, counted_by_name = $7
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[]) AS c(id, counted, expected, value)
       WHERE line.id = c.id`,
      [
        rows.map((row) => row.stocktakeLineId),
        rows.map((row) => row.countedQuantity),
        rows.map((row) => row.expectedQuantity),
        expectedValues,
        at,
        actor.subject,
        actor.name,
      ],
    );
    return rows;
  }

  /** The lines' variance values at cost (estimated when counting finishes, as booked on approval). */
  async saveVarianceValues(manager: EntityManager, values: readonly { lineId: string; valueFen: number }[]): Promise<void> {
    if (!values.length) return;
    await manager.query(
      `UPDATE stocktake_line AS line SET variance_value_fen = v.value FROM unnest($1::uuid[], $2::int[]) AS v(id, value) WHERE line.id = v.id`,
      [values.map((value) => value.lineId), values.map((value) => value.valueFen)],
    );
  }

  /** A step for the TransitionRunner: the stocktake locked, and written with the moment of the step. */
  step(identity: Identity, id: string) {
    return {
      load: (manager: EntityManager) => this.lock(manager, identity, id),
      save: (manager: EntityManager, row: StocktakeRow, at: Date) => {
        row.updatedAt = at;
        return manager.update(StocktakeRow, { id: row.id }, { ...row });
      },
    };
  }
}
