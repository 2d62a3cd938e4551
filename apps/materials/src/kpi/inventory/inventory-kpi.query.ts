import { Injectable } from '@nestjs/common';
import { CHINA_TIME_ZONE } from '@houqin/platform-calendar';
import { DataSource } from 'typeorm';
import { chargesDepartment, movementValueFen } from '../../stock/ledger-sql';
import { CONSUMPTION_WINDOW_DAYS } from '../../stock/stock-cover';
import { KPI_GRID_SQL, kpiKey, KpiRequest } from '../kpi-request';
import { InventoryLedgerFigures } from './inventory-kpis';

/** Expiry dates are Beijing calendar dates: a lot expires at the end of its date there (see docs/materials.md). */
const expiresAt = (lot: string) => `((${lot}.expires_on + 1)::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}')`;
/** The trailing window of use ($6 days), in hours: no calendar (or daylight-saving) arithmetic on the session's zone. */
const WINDOW = `($6 * interval '24 hours')`;

/** Sums arrive as text (bigint and numeric), counts as numbers. */
type Row = { campusId: string; month: string } & Record<keyof InventoryLedgerFigures, string | number>;

/**
 * The inventory family's figures for every campus-month of a request, in one statement. Months arrive as the
 * calendar's instants (chinaMonthRange), consecutive, each starting at a Beijing midnight.
 *
 * - The ledger from the first month's trailing window on is summed once per campus and Beijing day (`ledger_day`);
 *   each month's change in value, consumption, write-offs and trailing consumption are sums of its days.
 * - Stock value at the first instant of the first month is the lots as they stand now, less everything booked since
 *   (a lot always equals the sum of its movements, at its own unit cost), so a recent month never reads years of
 *   ledger; each month's opening and closing follow by adding up the months' changes.
 * - Available stock (on hand less lots past their date) is replayed per warehouse and item over the months, from
 *   what it was at their start (the same way: now, less what moved since): every movement on a lot not yet expired
 *   changes it, and each lot expiring in the period takes away what it still held at the end of its date. A pair
 *   whose available stock steps from above 0 to 0 while it was in use is a depletion.
 *
 * Ratios are taken in Node (inventoryKpisOf).
 */
@Injectable()
export class InventoryKpiQuery {
  constructor(private readonly dataSource: DataSource) {}

  async figures(request: KpiRequest): Promise<Map<string, InventoryLedgerFigures>> {
    const rows: Row[] = await this.dataSource.query(
      `WITH ${KPI_GRID_SQL},
       span AS (
         SELECT min(from_at) AS from_at, max(to_at) AS to_at, min(first_day) AS first_day, max(next_first_day) AS next_first_day,
                min(from_at) - ${WINDOW} AS origin
           FROM month
       ),
       ledger_day AS (
         SELECT mv.campus_id, date_bin(interval '24 hours', mv.occurred_at, span.origin) AS day,
                sum(${movementValueFen('mv')}) AS change_fen,
                coalesce(-sum(${movementValueFen('mv')}) FILTER (WHERE ${chargesDepartment('mv')}), 0) AS consumption_fen,
                coalesce(-sum(${movementValueFen('mv')}) FILTER (WHERE mv.kind = 'ADJUSTMENT' AND mv.reason = 'EXPIRED_WRITE_OFF'), 0) AS written_off_fen
           FROM stock_movement mv, span
          WHERE mv.campus_id = ANY($1) AND mv.occurred_at >= span.origin
          GROUP BY mv.campus_id, day
       ),
       flow AS (
         SELECT g.campus_id, g.month,
                coalesce(sum(d.change_fen) FILTER (WHERE d.day >= g.from_at), 0) AS change_fen,
                coalesce(sum(d.consumption_fen) FILTER (WHERE d.day >= g.from_at), 0) AS consumption_fen,
                coalesce(sum(d.consumption_fen) FILTER (WHERE d.day >= g.to_at - ${WINDOW}), 0) AS trailing_consumption_fen,
                coalesce(sum(d.written_off_fen) FILTER (WHERE d.day >= g.from_at), 0) AS written_off_fen
           FROM grid g
           LEFT JOIN ledger_day d ON d.campus_id = g.campus_id AND d.day < g.to_at AND d.day >= least(g.from_at, g.to_at - ${WINDOW})
          GROUP BY g.campus_id, g.month
       ),
       value_before AS (
         SELECT campus_id, sum(value_fen) AS value_fen FROM (
           SELECT l.campus_id, l.quantity_remaining::bigint * l.unit_cost_fen AS value_fen
             FROM warehouse w JOIN stock_lot l ON l.warehouse_id = w.id AND l.quantity_remaining > 0
            WHERE w.campus_id = ANY($1)
           UNION ALL
           SELECT d.campus_id, -d.change_fen FROM ledger_day d, span WHERE d.day >= span.from_at
         ) booked
         GROUP BY campus_id
       ),
       expired_lot AS MATERIALIZED (
         SELECT l.id, l.campus_id, l.warehouse_id, l.item_id, l.expires_on, l.unit_cost_fen, ${expiresAt('l')} AS at
           FROM stock_lot l
          WHERE l.campus_id = ANY($1) AND l.expires_on < ($5::timestamptz AT TIME ZONE '${CHINA_TIME_ZONE}')::date
       ),
       expiring AS MATERIALIZED (
         SELECT x.campus_id, x.warehouse_id, x.item_id, x.expires_on, x.at, held.quantity, held.quantity::bigint * x.unit_cost_fen AS value_fen
           FROM expired_lot x, span
          CROSS JOIN LATERAL (SELECT coalesce(sum(mv.quantity), 0) AS quantity FROM stock_movement mv WHERE mv.lot_id = x.id AND mv.occurred_at < x.at) held
          WHERE x.expires_on >= span.first_day - 1 AND x.expires_on < span.next_first_day AND held.quantity > 0
       ),
       expired AS (
         SELECT x.campus_id, m.month, count(*) AS lots, sum(x.value_fen) AS value_fen
           FROM expiring x JOIN month m ON x.expires_on >= m.first_day AND x.expires_on < m.next_first_day
          GROUP BY x.campus_id, m.month
       ),
       available_step AS (
         SELECT campus_id, warehouse_id, item_id, at, sum(delta) AS delta FROM (
           SELECT mv.campus_id, mv.warehouse_id, mv.item_id, mv.occurred_at AS at, mv.quantity AS delta
             FROM stock_movement mv, span
            WHERE mv.campus_id = ANY($1) AND mv.occurred_at >= span.from_at AND mv.occurred_at < span.to_at
              AND NOT EXISTS (SELECT 1 FROM expired_lot x WHERE x.id = mv.lot_id AND x.at <= mv.occurred_at)
           UNION ALL
           SELECT x.campus_id, x.warehouse_id, x.item_id, x.at, -x.quantity
             FROM expiring x, span WHERE x.at >= span.from_at AND x.at < span.to_at
         ) change
         GROUP BY campus_id, warehouse_id, item_id, at
       ),
       available_before AS (
         SELECT warehouse_id, item_id, sum(quantity) AS quantity FROM (
           SELECT l.warehouse_id, l.item_id, l.quantity_remaining AS quantity
             FROM stock_lot l, span
            WHERE l.quantity_remaining > 0 AND (l.warehouse_id, l.item_id) IN (SELECT warehouse_id, item_id FROM available_step)
              AND NOT EXISTS (SELECT 1 FROM expired_lot x WHERE x.id = l.id AND x.at < span.from_at)
           UNION ALL
           SELECT mv.warehouse_id, mv.item_id, -mv.quantity
             FROM stock_movement mv, span
            WHERE mv.campus_id = ANY($1) AND mv.occurred_at >= span.from_at
              AND (mv.warehouse_id, mv.item_id) IN (SELECT warehouse_id, item_id FROM available_step)
              AND NOT EXISTS (SELECT 1 FROM expired_lot x WHERE x.id = mv.lot_id AND x.at < span.from_at)
         ) held
         GROUP BY warehouse_id, item_id
       ),
       available_after AS (
         SELECT s.campus_id, s.warehouse_id, s.item_id, s.at, s.delta,
                coalesce(b.quantity, 0) + sum(s.delta) OVER (PARTITION BY s.warehouse_id, s.item_id ORDER BY s.at) AS available
           FROM available_step s LEFT JOIN available_before b ON b.warehouse_id = s.warehouse_id AND b.item_id = s.item_id
       ),
       stock_out AS (
         SELECT s.campus_id, m.month, 'SHORTAGE' AS kind, s.id::text AS event, s.item_id
           FROM stock_shortage s JOIN month m ON s.recorded_at >= m.from_at AND s.recorded_at < m.to_at
          WHERE s.campus_id = ANY($1)
         UNION ALL
         SELECT ri.campus_id, m.month, 'BACKORDER', rl.id::text, rl.item_id
           FROM requisition_issue ri
           JOIN month m ON ri.issued_at >= m.from_at AND ri.issued_at < m.to_at
           JOIN requisition_line rl ON rl.requisition_id = ri.requisition_id
          WHERE ri.campus_id = ANY($1)
            AND rl.quantity_approved > (
                  SELECT coalesce(sum(il.quantity), 0)
                    FROM requisition_issue upto JOIN stock_issue_line il ON il.stock_issue_id = upto.stock_issue_id AND il.item_id = rl.item_id
                   WHERE upto.requisition_id = ri.requisition_id AND (upto.issued_at, upto.id) <= (ri.issued_at, ri.id))
         UNION ALL
         SELECT a.campus_id, m.month, 'DEPLETION', a.warehouse_id::text || '/' || a.item_id::text, a.item_id
           FROM available_after a JOIN month m ON a.at >= m.from_at AND a.at < m.to_at
          WHERE a.available <= 0 AND a.available - a.delta > 0
            AND (SELECT -sum(mv.quantity) FROM stock_movement mv
                  WHERE mv.warehouse_id = a.warehouse_id AND mv.item_id = a.item_id AND ${chargesDepartment('mv')}
                    AND mv.occurred_at > a.at - ${WINDOW} AND mv.occurred_at <= a.at) > 0
       ),
       stock_outs AS (
         SELECT campus_id, month,
                count(DISTINCT event) FILTER (WHERE kind = 'SHORTAGE') AS shortages,
                count(DISTINCT event) FILTER (WHERE kind = 'BACKORDER') AS backordered_lines,
                count(DISTINCT event) FILTER (WHERE kind = 'DEPLETION') AS depletions,
                count(DISTINCT item_id) AS items
           FROM stock_out GROUP BY campus_id, month
       )
       SELECT g.campus_id AS "campusId", g.month,
              f.consumption_fen::text AS "consumptionFen",
              (coalesce(b.value_fen, 0) + sum(f.change_fen) OVER running - f.change_fen)::text AS "openingValueFen",
              (coalesce(b.value_fen, 0) + sum(f.change_fen) OVER running)::text AS "closingValueFen",
              f.trailing_consumption_fen::text AS "trailingConsumptionFen",
              coalesce(o.shortages, 0)::int AS "stockOutShortages",
              coalesce(o.backordered_lines, 0)::int AS "stockOutBackorderedLines",
              coalesce(o.depletions, 0)::int AS "stockOutDepletions",
              coalesce(o.items, 0)::int AS "stockOutItems",
              coalesce(e.lots, 0)::int AS "expiredLots",
              coalesce(e.value_fen, 0)::text AS "expiredValueFen",
              f.written_off_fen::text AS "writtenOffExpiredFen"
         FROM grid g
         JOIN flow f ON f.campus_id = g.campus_id AND f.month = g.month
         LEFT JOIN value_before b ON b.campus_id = g.campus_id
         LEFT JOIN stock_outs o ON o.campus_id = g.campus_id AND o.month = g.month
         LEFT JOIN expired e ON e.campus_id = g.campus_id AND e.month = g.month
       WINDOW running AS (PARTITION BY g.campus_id ORDER BY g.from_at)`,
      [...request.sqlParameters(), request.now, CONSUMPTION_WINDOW_DAYS],
    );
    return new Map(
      rows.map(({ campusId, month, ...figures }) => [
        kpiKey(campusId, month),
        Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, Number(value)])) as Record<keyof InventoryLedgerFigures, number>,
      ]),
    );
  }
}
