import { Injectable } from '@nestjs/common';
import { CHINA_TIME_ZONE } from '@houqin/platform-calendar';
import { EntityManager } from 'typeorm';
import { WorkOrderSource } from '../work-order/work-order-source';
import { IntakeQualityGrouping } from './intake.inputs';
import { IntakeQualityRow } from './intake.model';

const PEOPLE = [WorkOrderSource.CONSOLE, WorkOrderSource.QR_PORTAL];

/**
 * 报修信息完整率: of the orders people submitted, how many lacked required answers (each one a likely second
 * call), and how many reports were duplicates of an open order. One aggregate over orders and duplicate reports.
 */
@Injectable()
export class IntakeQualityQuery {
  async figures(manager: EntityManager, campusIds: string[] | null, from: Date, to: Date, groupBy: IntakeQualityGrouping): Promise<IntakeQualityRow[]> {
    const key = (at: string) => (groupBy === IntakeQualityGrouping.MONTH ? `to_char(${at} AT TIME ZONE '${CHINA_TIME_ZONE}', 'YYYY-MM')` : 'wo.category');
    const rows: { key: string; orders: string; incomplete: string; duplicates: string }[] = await manager.query(
      `SELECT key, sum(orders) AS orders, sum(incomplete) AS incomplete, sum(duplicates) AS duplicates FROM (
         SELECT ${key('wo.submitted_at')} AS key, 1 AS orders,
                CASE WHEN cardinality(i.missing_keys) > 0 THEN 1 ELSE 0 END AS incomplete, 0 AS duplicates
           FROM work_order wo LEFT JOIN work_order_intake i ON i.work_order_id = wo.id
          WHERE wo.source = ANY($1) AND wo.submitted_at >= $2 AND wo.submitted_at < $3 AND ($4::uuid[] IS NULL OR wo.campus_id = ANY($4))
         UNION ALL
         SELECT ${key('d.reported_at')}, 0, 0, 1
           FROM work_order_duplicate_report d JOIN work_order wo ON wo.id = d.work_order_id
          WHERE d.reported_at >= $2 AND d.reported_at < $3 AND ($4::uuid[] IS NULL OR wo.campus_id = ANY($4))
       ) AS intake
       GROUP BY key ORDER BY key`,
      [PEOPLE, from, to, campusIds],
    );
    return rows.map((r) => {
      const orders = Number(r.orders);
      const incomplete = Number(r.incomplete);
      return { key: r.key, orders, incomplete, incompleteRate: orders ? incomplete / orders : null, duplicateReports: Number(r.duplicates) };
    });
  }
}
