import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, requireIsoDate } from '@houqin/platform-errors';
import { DataSource } from 'typeorm';
import { requireDateOrder } from '../asset/asset-dates';
import { CHINA_TIME_ZONE, chinaToday, daysBetween } from '@houqin/platform-calendar';
import { MAX_REPORT_DAYS, reportCampuses } from '../common/report-scope';
import { PmComplianceRow } from './preventive.model';
import { PmComplianceArgs, PmComplianceGrouping } from './preventive.inputs';

const GROUP_KEYS: Record<PmComplianceGrouping, string> = {
  MONTH: `to_char(t.due_on, 'YYYY-MM')`,
  CATEGORY: `a.category`,
};

/**
 * 保养完成率 (PM compliance) of the tasks due in a period, in one SQL aggregate; the definition is on
 * PmComplianceRow. Due dates are China dates already; completion times are judged on the Asia/Shanghai day.
 */
@Injectable()
export class PmComplianceQuery {
  constructor(private readonly dataSource: DataSource) {}

  async compute(identity: Identity, args: PmComplianceArgs, now: Date = new Date()): Promise<PmComplianceRow[]> {
    const from = requireIsoDate('from', args.from);
    const to = requireIsoDate('to', args.to);
    requireDateOrder({ field: 'to', value: to }, { field: 'from', value: from }, true);
    if (daysBetween(from, to) > MAX_REPORT_DAYS) throw new DomainError('INVALID_INPUT', { detail: `a report covers at most ${MAX_REPORT_DAYS} days` });
    const scope = reportCampuses(identity, args.campusId);
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT ${GROUP_KEYS[args.groupBy]} AS key,
              count(*) AS due,
              count(*) FILTER (WHERE t.status = 'DONE' AND (t.completed_at AT TIME ZONE '${CHINA_TIME_ZONE}')::date <= t.due_on) AS on_time,
              count(*) FILTER (WHERE t.status = 'DONE' AND (t.completed_at AT TIME ZONE '${CHINA_TIME_ZONE}')::date > t.due_on) AS late,
              count(*) FILTER (WHERE t.status = 'SKIPPED') AS skipped,
              count(*) FILTER (WHERE t.status IN ('SCHEDULED', 'DEFERRED') AND t.due_on < $3::date) AS overdue,
              count(*) FILTER (WHERE t.status IN ('SCHEDULED', 'DEFERRED') AND t.due_on >= $3::date) AS pending,
              count(*) FILTER (WHERE t.deferred_from IS NOT NULL) AS deferred
         FROM pm_task t JOIN asset a ON a.id = t.asset_id
        WHERE t.due_on BETWEEN $1::date AND $2::date AND ($4::uuid[] IS NULL OR t.campus_id = ANY($4))
        GROUP BY 1
        ORDER BY 1`,
      [from, to, chinaToday(now), scope],
    );
    return rows.map((r) => {
      const counts = {
        due: Number(r.due),
        onTime: Number(r.on_time),
        late: Number(r.late),
        skipped: Number(r.skipped),
        overdue: Number(r.overdue),
        pending: Number(r.pending),
        deferred: Number(r.deferred),
      };
      const decided = counts.due - counts.pending;
      return { key: r.key, ...counts, compliance: decided ? counts.onTime / decided : null };
    });
  }
}
