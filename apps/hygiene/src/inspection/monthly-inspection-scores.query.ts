import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaMonthRange } from '@houqin/platform-calendar';
import { DomainError, forbidden, optionalUuid } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { MonthlyInspectionScoresArgs } from './inspection.inputs';

interface Figures {
  campusId: string;
  inspections: number;
  averageScore: number;
  passed: number;
  failedItems: number;
}

export interface ZoneFigures extends Figures {
  zoneId: string;
  zoneName: string;
}

export interface ContractorFigures extends Figures {
  contractorId: string;
  contractorName: string;
}

const FIGURES = `count(*)::int AS "inspections", round(avg(i.score)::numeric, 1)::float AS "averageScore",
  count(*) FILTER (WHERE i.passed)::int AS "passed", sum(i.failed_items)::int AS "failedItems"`;

/**
 * Monthly inspection scores (月度检查得分) per zone and per cleaning contractor, months on the Beijing calendar.
 * An inspection counts towards the contractor who cleaned the zone when it was inspected.
 */
@Injectable()
export class MonthlyInspectionScoresQuery {
  constructor(private readonly dataSource: DataSource) {}

  perZone(identity: Identity, args: MonthlyInspectionScoresArgs): Promise<ZoneFigures[]> {
    return this.run<ZoneFigures>(
      identity,
      args,
      `SELECT i.zone_id AS "zoneId", z.name AS "zoneName", i.campus_id AS "campusId", ${FIGURES}
         FROM inspection i JOIN zone z ON z.id = i.zone_id`,
      'i.zone_id, z.name, i.campus_id ORDER BY z.name',
    );
  }

  perContractor(identity: Identity, args: MonthlyInspectionScoresArgs): Promise<ContractorFigures[]> {
    return this.run<ContractorFigures>(
      identity,
      args,
      `SELECT i.contractor_id AS "contractorId", c.name AS "contractorName", i.campus_id AS "campusId", ${FIGURES}
         FROM inspection i JOIN contractor c ON c.id = i.contractor_id`,
      'i.contractor_id, c.name, i.campus_id ORDER BY c.name',
    );
  }

  private run<T>(identity: Identity, args: MonthlyInspectionScoresArgs, select: string, groupAndOrder: string): Promise<T[]> {
    const range = chinaMonthRange(args.month);
    if (!range) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
    const scope = CampusScope.of(identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId && !scope.allows(campusId)) throw forbidden();
    // Null: every campus the caller may see (a group-wide reader without a campus argument).
    const campuses = campusId ? [campusId] : scope.filter();
    return this.dataSource.query(
      `${select}
        WHERE i.inspected_at >= $1 AND i.inspected_at < $2 AND ($3::uuid[] IS NULL OR i.campus_id = ANY($3))
        GROUP BY ${groupAndOrder}`,
      [range.from, range.to, campuses],
    );
  }
}
