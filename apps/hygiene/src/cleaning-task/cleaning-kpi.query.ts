import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { chinaMonthRange } from '@houqin/platform-calendar';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskStatus } from './cleaning-task-lifecycle';
import { CleaningKpis, WardTurnaround } from './cleaning-task.model';

/** Turnaround per ward and SLA compliance, from the tasks finished in the month (by finish time). */
@Injectable()
export class CleaningKpiQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, campusId: string, month: string): Promise<CleaningKpis> {
    const campus = requireCampusInScope(identity, campusId);
    const range = chinaMonthRange(month);
    if (!range) throw new DomainError('INVALID_INPUT', { detail: `month ${month} (YYYY-MM)` });
    const params = [campus, range.from, range.to, CleaningTaskStatus.DONE];
    const [totals] = await this.dataSource.query<{ finished: number; cancelled: number; on_time: number | null }[]>(
      `SELECT count(*) FILTER (WHERE status = $4)::int AS finished,
              (SELECT count(*)::int FROM cleaning_task WHERE campus_id = $1 AND cancelled_at >= $2 AND cancelled_at < $3) AS cancelled,
              avg((finished_at <= ready_due_at)::int) FILTER (WHERE status = $4)::float AS on_time
         FROM cleaning_task WHERE campus_id = $1 AND finished_at >= $2 AND finished_at < $3`,
      params,
    );
    const wards = await this.dataSource.query<WardTurnaround[]>(
      `SELECT ward_id AS "wardId", count(*)::int AS "terminalCleans",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - opened_at) / 60)::float AS "medianTurnaroundMinutes",
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - opened_at) / 60)::float AS "p90TurnaroundMinutes",
              avg((started_at <= start_due_at)::int)::float AS "startedOnTimeRate",
              avg((finished_at <= ready_due_at)::int)::float AS "readyOnTimeRate"
         FROM cleaning_task
        WHERE campus_id = $1 AND finished_at >= $2 AND finished_at < $3 AND status = $4 AND kind = $5
        GROUP BY ward_id ORDER BY ward_id NULLS LAST`,
      [...params, CleaningTaskKind.TERMINAL],
    );
    return Object.assign(new CleaningKpis(), { campusId: campus, month, finished: totals.finished, cancelled: totals.cancelled, slaComplianceRate: totals.on_time, wards });
  }
}
