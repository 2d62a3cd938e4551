import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { CHINA_TIME_ZONE } from '@houqin/platform-calendar';
import { DataSource } from 'typeorm';
import { reportCampuses, requirePeriod } from '../common/report-scope';
import { MaintenanceBacklogArgs, MaintenanceGrouping, MaintenanceReportArgs } from './kpi.inputs';

const GROUP_KEYS: Record<MaintenanceGrouping, string> = {
  CAMPUS: `wo.campus_id::text`,
  TEAM: `wo.team_id::text`,
  CATEGORY: `wo.category`,
  MONTH: `to_char(wo.submitted_at AT TIME ZONE '${CHINA_TIME_ZONE}', 'YYYY-MM')`,
};

const OPEN = `('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')`;
const FINISHED = `('COMPLETED', 'SIGNED_OFF', 'CLOSED')`;
const minutes = (interval: string) => `extract(epoch FROM ${interval}) / 60`;

export interface MaintenanceKpiFigures {
  key: string | null;
  orders: number;
  responseMet: number;
  responseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
  averageResponseMinutes: number | null;
  medianResponseMinutes: number | null;
  averageRepairMinutes: number | null;
  averageCloseMinutes: number | null;
  completed: number;
  fixedFirstTime: number;
  reopened: number;
}

export interface BacklogFigures {
  key: string | null;
  open: number;
  averageAgeHours: number | null;
  oldestAgeHours: number | null;
  olderThanADay: number;
}

const num = (value: string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/**
 * The engineering department's KPIs over the orders submitted in a period, in one SQL aggregate per query
 * (never rows loaded into Node): response time (submitted → accepted), repair time / MTTR (submitted →
 * completed, minus the time the clock stood paused), time to close, SLA compliance (a clock counts once
 * decided: met, or breached — stopped late or still running past due), first-time fix (completed once and
 * never reopened) and reopen rates. Cancelled orders do not count.
 */
@Injectable()
export class MaintenanceKpiQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: MaintenanceReportArgs, now: Date = new Date()): Promise<MaintenanceKpiFigures[]> {
    requirePeriod(args.from, args.to);
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      `SELECT ${GROUP_KEYS[args.groupBy]} AS key,
              count(*) AS orders,
              count(*) FILTER (WHERE wo.accepted_at IS NOT NULL AND wo.accepted_at <= wo.response_due_at) AS response_met,
              count(*) FILTER (WHERE COALESCE(wo.accepted_at, $3) > wo.response_due_at) AS response_breached,
              count(*) FILTER (WHERE wo.completed_at IS NOT NULL AND wo.completed_at <= wo.resolution_due_at) AS resolution_met,
              count(*) FILTER (WHERE COALESCE(wo.completed_at, wo.paused_since, $3) > wo.resolution_due_at) AS resolution_breached,
              avg(${minutes('wo.accepted_at - wo.submitted_at')}) AS average_response,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes('wo.accepted_at - wo.submitted_at')}) AS median_response,
              avg(${minutes('wo.completed_at - wo.submitted_at')} - wo.paused_minutes) AS average_repair,
              avg(${minutes('wo.closed_at - wo.submitted_at')}) AS average_close,
              count(*) FILTER (WHERE wo.completion_count >= 1) AS completed,
              count(*) FILTER (WHERE wo.completion_count = 1 AND wo.status IN ${FINISHED}) AS fixed_first_time,
              count(*) FILTER (WHERE wo.completion_count >= 2 OR (wo.completion_count >= 1 AND wo.status IN ${OPEN})) AS reopened
         FROM work_order wo
        WHERE wo.submitted_at >= $1 AND wo.submitted_at < $2 AND wo.status <> 'CANCELLED'
          AND ($4::uuid[] IS NULL OR wo.campus_id = ANY($4))
        GROUP BY 1
        ORDER BY 1 NULLS LAST`,
      [args.from.toISOString(), args.to.toISOString(), now.toISOString(), reportCampuses(identity, args.campusId)],
    );
    return rows.map((r) => ({
      key: r.key,
      orders: Number(r.orders),
      responseMet: Number(r.response_met),
      responseBreached: Number(r.response_breached),
      resolutionMet: Number(r.resolution_met),
      resolutionBreached: Number(r.resolution_breached),
      averageResponseMinutes: num(r.average_response),
      medianResponseMinutes: num(r.median_response),
      averageRepairMinutes: num(r.average_repair),
      averageCloseMinutes: num(r.average_close),
      completed: Number(r.completed),
      fixedFirstTime: Number(r.fixed_first_time),
      reopened: Number(r.reopened),
    }));
  }

  /** 积压: the orders open now, by age. */
  async backlog(identity: Identity, args: MaintenanceBacklogArgs, now: Date = new Date()): Promise<BacklogFigures[]> {
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      `SELECT ${GROUP_KEYS[args.groupBy]} AS key,
              count(*) AS open,
              avg(extract(epoch FROM $1::timestamptz - wo.submitted_at) / 3600) AS average_age,
              max(extract(epoch FROM $1::timestamptz - wo.submitted_at) / 3600) AS oldest_age,
              count(*) FILTER (WHERE wo.submitted_at < $1::timestamptz - interval '24 hours') AS older_than_a_day
         FROM work_order wo
        WHERE wo.status IN ${OPEN} AND ($2::uuid[] IS NULL OR wo.campus_id = ANY($2))
        GROUP BY 1
        ORDER BY 1 NULLS LAST`,
      [now.toISOString(), reportCampuses(identity, args.campusId)],
    );
    return rows.map((r) => ({
      key: r.key,
      open: Number(r.open),
      averageAgeHours: num(r.average_age),
      oldestAgeHours: num(r.oldest_age),
      olderThanADay: Number(r.older_than_a_day),
    }));
  }
}
