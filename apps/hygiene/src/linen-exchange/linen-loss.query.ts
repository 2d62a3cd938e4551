import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaMonthRange } from '@houqin/platform-calendar';
import { DomainError, optionalUuid } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { LinenLossArgs } from './linen-exchange.inputs';
import { LinenKind } from './linen-kind';
import { lossRate, outstanding } from './linen-lines';
import { LinenLossFigures } from './linen-exchange.model';

/** 丢失率: per department and kind, over the collections of a Beijing month, within the caller's campuses. */
@Injectable()
export class LinenLossQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: LinenLossArgs): Promise<LinenLossFigures[]> {
    if (!chinaMonthRange(args.month)) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
    const campusIds = CampusScope.of(identity).filter();
    const rows: { campusId: string; departmentId: string; kind: LinenKind; collected: number; returned: number; lost: number }[] = await this.dataSource.query(
      `SELECT e.campus_id AS "campusId", e.department_id AS "departmentId", line->>'kind' AS kind,
              sum((line->>'collected')::int)::int AS collected, sum((line->>'returned')::int)::int AS returned, sum((line->>'lost')::int)::int AS lost
         FROM linen_exchange e CROSS JOIN LATERAL jsonb_array_elements(e.lines) AS line
        WHERE to_char(e.collected_on, 'YYYY-MM') = $1
          AND ($2::uuid[] IS NULL OR e.campus_id = ANY($2)) AND ($3::uuid IS NULL OR e.campus_id = $3) AND ($4::uuid IS NULL OR e.department_id = $4)
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3`,
      [args.month, campusIds, optionalUuid('campusId', args.campusId), optionalUuid('departmentId', args.departmentId)],
    );
    return rows.map((r) => ({ ...r, outstanding: outstanding(r), lossRate: lossRate(r.collected, r.lost) }));
  }
}
