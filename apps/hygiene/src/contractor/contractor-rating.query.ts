import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaMonthRange } from '@houqin/platform-calendar';
import { DomainError, forbidden, optionalUuid } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { ContractorRatingsArgs } from './contractor.inputs';
import { ContractorRating, toContractorRating } from './contractor.model';
import { quarterMonths, rateQuarter } from './contractor-rating';

interface Figures {
  id: string;
  name: string;
  campusId: string;
  kind: string;
  checkScores: number[];
  inspectionScores: number[];
  complaints: number;
}

/** 季度评级: every contractor of the caller's campuses rated for a quarter from its checks, inspections and complaints. */
@Injectable()
export class ContractorRatingQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: ContractorRatingsArgs): Promise<ContractorRating[]> {
    const months = quarterMonths(args.quarter);
    if (!months) throw new DomainError('INVALID_INPUT', { detail: 'quarter must be YYYY-Qn' });
    const from = (chinaMonthRange(months[0]) as { from: Date }).from;
    const to = (chinaMonthRange(months[2]) as { to: Date }).to;
    const scope = CampusScope.of(identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId && !scope.allows(campusId)) throw forbidden();
    const rows: Figures[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.campus_id AS "campusId", c.kind,
              COALESCE((SELECT array_agg(m.score) FROM contractor_monthly_check m WHERE m.contractor_id = c.id AND m.month = ANY($1)), '{}') AS "checkScores",
              COALESCE((SELECT array_agg(i.score) FROM inspection i WHERE i.contractor_id = c.id AND i.inspected_at >= $2 AND i.inspected_at < $3), '{}') AS "inspectionScores",
              (SELECT count(*)::int FROM contractor_complaint p WHERE p.contractor_id = c.id AND p.raised_at >= $2 AND p.raised_at < $3) AS "complaints"
         FROM contractor c
        WHERE ($4::uuid[] IS NULL OR c.campus_id = ANY($4))
        ORDER BY c.campus_id, c.kind, c.name`,
      [months, from, to, campusId ? [campusId] : scope.filter()],
    );
    return rows.map((row) =>
      toContractorRating(
        row,
        args.quarter,
        { checks: row.checkScores.length, inspections: row.inspectionScores.length, complaints: row.complaints },
        rateQuarter(row),
      ),
    );
  }
}
