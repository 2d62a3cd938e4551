import { SewageLogMissingV1 } from '@houqin/contracts';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';

/** How far back a run looks for days without a log: a job down over a long weekend still reports them. */
const LOOK_BACK_DAYS = 7;

/**
 * 漏记: every station owes a log for each Beijing day from the day it was set up; a past day without one is
 * announced once (the sewage_log_missing key), even if the log is entered late afterwards.
 */
@Scheduled()
export class SewageLogMissingJob implements ScheduledJob {
  readonly name = 'hygiene.sewage-logs-missing';
  readonly intervalMs = 15 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const yesterday = addDays(chinaToday(now), -1);
    const missing: { campusId: string; logDate: string }[] = await manager.query(
      `INSERT INTO sewage_log_missing (campus_id, log_date, recorded_at)
       SELECT s.campus_id, d::date, $3
         FROM sewage_station s CROSS JOIN LATERAL generate_series(greatest(s.logs_from, $1::date), $2::date, interval '1 day') AS d
        WHERE NOT EXISTS (SELECT 1 FROM sewage_log l WHERE l.campus_id = s.campus_id AND l.log_date = d::date)
       ON CONFLICT DO NOTHING
       RETURNING campus_id AS "campusId", to_char(log_date, 'YYYY-MM-DD') AS "logDate"`,
      [addDays(yesterday, 1 - LOOK_BACK_DAYS), yesterday, now.toISOString()],
    );
    if (missing.length) {
      await this.changes.publish(
        manager,
        missing.map((m) => changeEvent(SewageLogMissingV1, { ...m, occurredAt: now.toISOString() }, m.campusId)),
        now,
      );
    }
    return missing.length;
  }
}
