import { Injectable } from '@nestjs/common';
import { CHINA_TIME_ZONE } from '@houqin/platform-calendar';
import { EntityManager } from 'typeorm';

export interface CostFigures {
  labourFen: number;
  partsFen: number;
  vendorFen: number;
}

export interface DepartmentCosts extends CostFigures {
  departmentId: string;
  campusId: string;
}

/** The first day of a month `YYYY-MM` and of the month after, as dates. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/**
 * What maintenance work cost, from the three places cost arises: time logs (labour at the rate of the day),
 * parts as materials charged them (less returns, credited in the month they come back, as materials credits them), and vendors' finished calls (their labour and materials plus the call-out fee). Computed in SQL, by order or by department
 * and month (months are the hospital's: Asia/Shanghai).
 */
@Injectable()
export class CostLedger {
  async byWorkOrder(manager: EntityManager, workOrderIds: string[]): Promise<Map<string, CostFigures>> {
    const rows: { id: string; labour: string; parts: string; vendor: string }[] = await manager.query(
      `SELECT wo.id,
              (SELECT coalesce(sum(cost_fen), 0) FROM work_order_time_log t WHERE t.work_order_id = wo.id) AS labour,
              (SELECT coalesce(sum(cost_fen), 0) FROM work_order_parts_cost p WHERE p.work_order_id = wo.id)
                - (SELECT coalesce(sum(cost_fen), 0) FROM work_order_parts_return r WHERE r.work_order_id = wo.id) AS parts,
              (SELECT coalesce(sum(coalesce(v.cost_fen, 0) + v.call_out_fee_fen), 0) FROM vendor_call v
                WHERE v.work_order_id = wo.id AND v.status = 'FINISHED') AS vendor
         FROM unnest($1::uuid[]) AS wo(id)`,
      [workOrderIds],
    );
    return new Map(rows.map((r) => [r.id, { labourFen: Number(r.labour), partsFen: Number(r.parts), vendorFen: Number(r.vendor) }]));
  }

  async byDepartment(manager: EntityManager, month: string, campusIds: string[] | null): Promise<DepartmentCosts[]> {
    const { from, to } = monthBounds(month);
    const rows: { department_id: string; campus_id: string; labour: string; parts: string; vendor: string }[] = await manager.query(
      `SELECT department_id, campus_id, sum(labour) AS labour, sum(parts) AS parts, sum(vendor) AS vendor FROM (
         SELECT department_id, campus_id, cost_fen AS labour, 0 AS parts, 0 AS vendor
           FROM work_order_time_log WHERE worked_on >= $1::date AND worked_on < $2::date
         UNION ALL
         SELECT department_id, campus_id, 0, cost_fen, 0
           FROM work_order_parts_cost
          WHERE issued_at >= ($1::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}') AND issued_at < ($2::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}')
         UNION ALL
         SELECT department_id, campus_id, 0, -cost_fen, 0
           FROM work_order_parts_return
          WHERE returned_at >= ($1::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}') AND returned_at < ($2::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}')
         UNION ALL
         SELECT wo.department_id, v.campus_id, 0, 0, coalesce(v.cost_fen, 0) + v.call_out_fee_fen
           FROM vendor_call v JOIN work_order wo ON wo.id = v.work_order_id
          WHERE v.status = 'FINISHED'
            AND v.finished_at >= ($1::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}') AND v.finished_at < ($2::date::timestamp AT TIME ZONE '${CHINA_TIME_ZONE}')
       ) AS costs
       WHERE $3::uuid[] IS NULL OR campus_id = ANY($3)
       GROUP BY department_id, campus_id
       ORDER BY campus_id, department_id`,
      [from, to, campusIds],
    );
    return rows.map((r) => ({
      departmentId: r.department_id,
      campusId: r.campus_id,
      labourFen: Number(r.labour),
      partsFen: Number(r.parts),
      vendorFen: Number(r.vendor),
    }));
  }
}
