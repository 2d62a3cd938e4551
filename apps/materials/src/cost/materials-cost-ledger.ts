import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { chargeMonthRange } from '../stock-issue/charge-month';
import { chargesDepartment, movementValueFen } from '../stock/ledger-sql';

export interface DepartmentCategoryCost {
  campusId: string;
  departmentId: string;
  costCentreCode: string;
  category: string;
  issuedFen: number;
  returnedFen: number;
  netFen: number;
}

/**
 * 科室物资成本: what each department was charged in a month, by catalogue category, read from the ledger — issues at
 * the cost of the lots they drew, returns credited at the same cost, both in the month they happened. Transfers
 * and adjustments charge no department. One SQL aggregate, never rows loaded into Node.
 */
@Injectable()
export class MaterialsCostLedger {
  async byDepartment(
    manager: EntityManager,
    month: string,
    filter: { campusIds: string[] | null; departmentId: string | null },
  ): Promise<DepartmentCategoryCost[]> {
    const { from, to } = chargeMonthRange(month);
    const rows: (Omit<DepartmentCategoryCost, 'issuedFen' | 'returnedFen' | 'netFen'> & { issuedFen: string; returnedFen: string })[] = await manager.query(
      `SELECT m.campus_id AS "campusId", m.department_id AS "departmentId", coalesce(d.cost_centre_code, '') AS "costCentreCode", i.category,
              sum(CASE WHEN m.kind = 'ISSUE' THEN -${movementValueFen('m')} ELSE 0 END)::text AS "issuedFen",
              sum(CASE WHEN m.kind = 'RETURN' THEN ${movementValueFen('m')} ELSE 0 END)::text AS "returnedFen"
         FROM stock_movement m
         JOIN item i ON i.id = m.item_id
         LEFT JOIN org_department_replica d ON d.id = m.department_id
        WHERE ${chargesDepartment('m')} AND m.occurred_at >= $1 AND m.occurred_at < $2
          AND ($3::uuid[] IS NULL OR m.campus_id = ANY($3::uuid[])) AND ($4::uuid IS NULL OR m.department_id = $4)
        GROUP BY m.campus_id, m.department_id, d.cost_centre_code, i.category
        ORDER BY m.campus_id, "costCentreCode", m.department_id, i.category`,
      [from, to, filter.campusIds, filter.departmentId],
    );
    return rows.map((row) => {
      const issuedFen = Number(row.issuedFen);
      const returnedFen = Number(row.returnedFen);
      return { ...row, issuedFen, returnedFen, netFen: issuedFen - returnedFen };
    });
  }
}
