import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accuracyRates } from '../../stocktake/stocktake-variance';
import { KPI_GRID_SQL, kpiKey, KpiRequest } from '../kpi-request';
import { StocktakeKpis } from './stocktake-kpis.model';

type Row = { campusId: string; month: string; stocktakes: number; itemsCounted: number; itemsMatched: number; bookValueFen: string; varianceValueFen: string };

/**
 * 账物相符率 for every campus-month of a request, in one statement, over the stocktakes approved in the month: an
 * item of a stocktake matches when all its lines counted what was expected; the rates are the stocktake's own
 * (accuracyRates) over the month's sums.
 */
@Injectable()
export class StocktakeKpiQuery {
  constructor(private readonly dataSource: DataSource) {}

  async figures(request: KpiRequest): Promise<Map<string, StocktakeKpis>> {
    const rows: Row[] = await this.dataSource.query(
      `WITH ${KPI_GRID_SQL},
       item AS (
         SELECT g.campus_id, g.month, s.id AS stocktake_id, line.item_id,
                bool_and(line.counted_quantity = line.expected_quantity) AS matched,
                sum(line.expected_value_fen) AS book_value_fen, sum(abs(line.variance_value_fen)) AS variance_value_fen
           FROM grid g
           JOIN stocktake s ON s.campus_id = g.campus_id AND s.status = 'APPROVED' AND s.approved_at >= g.from_at AND s.approved_at < g.to_at
           JOIN stocktake_line line ON line.stocktake_id = s.id
          GROUP BY g.campus_id, g.month, s.id, line.item_id
       )
       SELECT g.campus_id AS "campusId", g.month,
              count(DISTINCT item.stocktake_id)::int AS stocktakes, count(item.item_id)::int AS "itemsCounted",
              (count(*) FILTER (WHERE item.matched))::int AS "itemsMatched",
              coalesce(sum(item.book_value_fen), 0)::text AS "bookValueFen", coalesce(sum(item.variance_value_fen), 0)::text AS "varianceValueFen"
         FROM grid g LEFT JOIN item ON item.campus_id = g.campus_id AND item.month = g.month
        GROUP BY g.campus_id, g.month`,
      request.sqlParameters(),
    );
    return new Map(
      rows.map((row) => [
        kpiKey(row.campusId, row.month),
        {
          stocktakes: row.stocktakes,
          ...accuracyRates({
            itemsCounted: row.itemsCounted,
            itemsMatched: row.itemsMatched,
            bookValueFen: Number(row.bookValueFen),
            varianceValueFen: Number(row.varianceValueFen),
          }),
        },
      ]),
    );
  }
}
