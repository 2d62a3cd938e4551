import { Injectable } from '@nestjs/common';
import { CHINA_TIME_ZONE, chinaToday } from '@houqin/platform-calendar';
import { DataSource } from 'typeorm';
import { KPI_GRID_SQL, kpiKey, KpiRequest } from '../kpi-request';
import { PurchasingFigures } from './purchasing-kpis';

type Row = { campusId: string; month: string } & Record<keyof PurchasingFigures, string | number>;

/**
 * The purchasing family's figures for every campus-month of a request, in one statement:
 * - duplicates: lines found duplicating what the campus had under way, counted in the month they were raised;
 *   merged ones in that month, dropped ones in the month the planner dropped them (valued at the estimated cost);
 * - cycle: orders accepted in full in the month, from order to the last accepted delivery;
 * - on time: order lines (of orders not cancelled) whose expected date falls in the month and has passed, or that
 *   are complete; on time when accepted in full by the end of the expected date, Beijing calendar;
 * - price: lines ordered in the month (orders not cancelled) at their order price against the contract price
 *   they were checked against; lines off contract apart.
 */
@Injectable()
export class PurchasingKpiQuery {
  constructor(private readonly dataSource: DataSource) {}

  async figures(request: KpiRequest): Promise<Map<string, PurchasingFigures>> {
    const rows: Row[] = await this.dataSource.query(
      `WITH ${KPI_GRID_SQL},
       duplicate AS (
         SELECT g.campus_id, g.month,
                count(*) FILTER (WHERE r.created_at >= g.from_at AND r.created_at < g.to_at) AS flagged,
                count(*) FILTER (WHERE l.status = 'MERGED' AND r.created_at >= g.from_at AND r.created_at < g.to_at) AS merged,
                count(*) FILTER (WHERE l.status = 'DROPPED' AND l.resolved_at >= g.from_at AND l.resolved_at < g.to_at) AS dropped,
                coalesce(sum(l.quantity::bigint * l.estimated_unit_cost_fen)
                  FILTER (WHERE l.status = 'DROPPED' AND l.resolved_at >= g.from_at AND l.resolved_at < g.to_at), 0) AS avoided_fen
           FROM grid g
           JOIN purchase_request r ON r.campus_id = g.campus_id AND r.created_at < g.to_at
           JOIN purchase_request_line l ON l.purchase_request_id = r.id AND l.duplicate_kind IS NOT NULL
          GROUP BY g.campus_id, g.month
       ),
       cycle AS (
         SELECT g.campus_id, g.month, count(*) AS orders, sum(extract(epoch FROM o.received_in_full_at - o.ordered_at) / 86400) AS days
           FROM grid g JOIN purchase_order o ON o.campus_id = g.campus_id AND o.received_in_full_at >= g.from_at AND o.received_in_full_at < g.to_at
          GROUP BY g.campus_id, g.month
       ),
       due AS (
         SELECT g.campus_id, g.month, count(*) AS lines,
                count(*) FILTER (WHERE (line.received_in_full_at AT TIME ZONE '${CHINA_TIME_ZONE}')::date <= o.expected_on) AS on_time
           FROM grid g
           JOIN purchase_order o ON o.campus_id = g.campus_id AND o.expected_on >= g.first_day AND o.expected_on < g.next_first_day AND o.status <> 'CANCELLED'
           JOIN purchase_order_line line ON line.purchase_order_id = o.id
          WHERE o.expected_on < $5::date OR line.received_in_full_at IS NOT NULL
          GROUP BY g.campus_id, g.month
       ),
       price AS (
         SELECT g.campus_id, g.month,
                coalesce(sum(line.quantity_ordered::bigint * line.unit_price_fen) FILTER (WHERE line.contract_price_fen IS NOT NULL), 0) AS contracted_fen,
                coalesce(sum(line.quantity_ordered::bigint * line.contract_price_fen), 0) AS basis_fen,
                coalesce(sum(line.quantity_ordered::bigint * line.unit_price_fen) FILTER (WHERE line.contract_price_fen IS NULL), 0) AS off_contract_fen,
                count(*) FILTER (WHERE line.unit_price_fen > line.contract_price_fen) AS above_lines
           FROM grid g
           JOIN purchase_order o ON o.campus_id = g.campus_id AND o.ordered_at >= g.from_at AND o.ordered_at < g.to_at AND o.status <> 'CANCELLED'
           JOIN purchase_order_line line ON line.purchase_order_id = o.id
          GROUP BY g.campus_id, g.month
       )
       SELECT g.campus_id AS "campusId", g.month,
              coalesce(d.flagged, 0)::int AS "duplicatesFlagged", coalesce(d.merged, 0)::int AS "duplicatesMerged",
              coalesce(d.dropped, 0)::int AS "duplicatesDropped", coalesce(d.avoided_fen, 0)::text AS "duplicatesAvoidedValueFen",
              coalesce(c.orders, 0)::int AS "ordersReceivedInFull", coalesce(c.days, 0)::float8 AS "poCycleDaysTotal",
              coalesce(u.lines, 0)::int AS "linesDue", coalesce(u.on_time, 0)::int AS "linesOnTime",
              coalesce(p.contracted_fen, 0)::text AS "contractedOrderedFen", coalesce(p.basis_fen, 0)::text AS "contractBasisFen",
              coalesce(p.off_contract_fen, 0)::text AS "offContractFen", coalesce(p.above_lines, 0)::int AS "aboveContractLines"
         FROM grid g
         LEFT JOIN duplicate d ON d.campus_id = g.campus_id AND d.month = g.month
         LEFT JOIN cycle c ON c.campus_id = g.campus_id AND c.month = g.month
         LEFT JOIN due u ON u.campus_id = g.campus_id AND u.month = g.month
         LEFT JOIN price p ON p.campus_id = g.campus_id AND p.month = g.month`,
      [request.campusIds, request.months.map((m) => m.month), request.months.map((m) => m.from), request.months.map((m) => m.to), chinaToday(request.now)],
    );
    return new Map(
      rows.map((row) => {
        const { campusId, month, ...figures } = row;
        const numbers = Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, Number(value)])) as unknown as PurchasingFigures;
        return [kpiKey(campusId, month), numbers];
      }),
    );
  }
}
