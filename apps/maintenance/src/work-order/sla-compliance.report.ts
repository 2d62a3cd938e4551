import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { DomainError, forbidden, optionalUuid } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { SlaComplianceArgs, SlaComplianceGrouping } from './work-order.inputs';

/** Months and days are the hospital's, not UTC's. */
export const REPORTING_TIME_ZONE = 'Asia/Shanghai';
const MAX_REPORT_DAYS = 366 * 3;

export interface SlaComplianceFigures {
  key: string | null;
  orders: number;
  responseMet: number;
  responseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
}

const GROUP_KEYS: Record<SlaComplianceGrouping, string> = {
  TEAM: `wo.team_id::text`,
  CATEGORY: `wo.category`,
  MONTH: `to_char(wo.submitted_at AT TIME ZONE '${REPORTING_TIME_ZONE}', 'YYYY-MM')`,
};

/**
 * SLA compliance of the orders submitted in a period, computed in one SQL aggregate. A clock counts as met
 * or breached once it is decided: stopped (accepted / completed, or paused: judged where it stood) or past
 * due. Clocks still running within their target are in neither figure. Cancelled orders do not count.
 */
@Injectable()
export class SlaComplianceReport {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: SlaComplianceArgs, now: Date = new Date()): Promise<SlaComplianceFigures[]> {
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId && !CampusScope.of(identity).allows(campusId)) throw forbidden();
    if (!(args.from < args.to)) {
      throw new DomainError('INVALID_DATE_RANGE', {
        field: 'from',
        value: args.from.toISOString(),
        relationZh: '早于',
        relation: 'before',
        other: 'to',
        otherValue: args.to.toISOString(),
      });
    }
    if (args.to.getTime() - args.from.getTime() > MAX_REPORT_DAYS * 86_400_000)
      throw new DomainError('INVALID_INPUT', { detail: `a report covers at most ${MAX_REPORT_DAYS} days` });
    const scope = campusId ? [campusId] : CampusScope.of(identity).filter();
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      `SELECT ${GROUP_KEYS[args.groupBy]} AS key,
              count(*) AS orders,
              count(*) FILTER (WHERE wo.accepted_at IS NOT NULL AND wo.accepted_at <= wo.response_due_at) AS response_met,
              count(*) FILTER (WHERE COALESCE(wo.accepted_at, $3) > wo.response_due_at) AS response_breached,
              count(*) FILTER (WHERE wo.completed_at IS NOT NULL AND wo.completed_at <= wo.resolution_due_at) AS resolution_met,
              count(*) FILTER (WHERE COALESCE(wo.completed_at, wo.paused_since, $3) > wo.resolution_due_at) AS resolution_breached
         FROM work_order wo
        WHERE wo.submitted_at >= $1 AND wo.submitted_at < $2 AND wo.status <> 'CANCELLED'
          AND ($4::uuid[] IS NULL OR wo.campus_id = ANY($4))
        GROUP BY 1
        ORDER BY 1 NULLS LAST`,
      [args.from.toISOString(), args.to.toISOString(), now.toISOString(), scope],
    );
    return rows.map((r) => ({
      key: r.key,
      orders: Number(r.orders),
      responseMet: Number(r.response_met),
      responseBreached: Number(r.response_breached),
      resolutionMet: Number(r.resolution_met),
      resolutionBreached: Number(r.resolution_breached),
    }));
  }
}
