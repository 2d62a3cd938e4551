import { PestFollowUpOverdueV1 } from '@houqin/contracts';
import { chinaToday } from '@houqin/platform-calendar';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { PestFollowUpRow } from './pest-control-visit.entity';
import { daysOverdue } from './pest-findings';
import { pestFollowUpFacts } from './pest-follow-up-facts';

const BATCH = 500;

/**
 * 整改逾期: an open follow-up whose re-check date has passed (Beijing calendar) is announced once per due date; the
 * due date it was announced for is kept on the row, so a re-check that sets a new date can be late again.
 */
@Scheduled()
export class PestFollowUpOverdueJob implements ScheduledJob {
  readonly name = 'hygiene.pest-follow-ups-overdue';
  readonly intervalMs = 15 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const today = chinaToday(now);
    // An UPDATE … RETURNING comes back from TypeORM as [rows, count].
    const [late]: [(PestFollowUpRow & { locationName: string })[], number] = await manager.query(
      `UPDATE pest_follow_up f SET overdue_alerted_for = f.due_on
         FROM (SELECT id FROM pest_follow_up
                WHERE status = 'OPEN' AND due_on < $1 AND overdue_alerted_for IS DISTINCT FROM due_on
                ORDER BY due_on LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) due
        WHERE f.id = due.id
        RETURNING f.id, f.finding_id AS "findingId", f.visit_id AS "visitId", f.campus_id AS "campusId", f.location_id AS "locationId",
                  f.pest, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn",
                  coalesce((SELECT name FROM org_location_replica l WHERE l.id = f.location_id), '') AS "locationName"`,
      [today],
    );
    if (late.length) {
      await this.changes.publish(
        manager,
        late.map((f) =>
          changeEvent(
            PestFollowUpOverdueV1,
            { ...pestFollowUpFacts(f, now), locationName: f.locationName, daysOverdue: daysOverdue(f.dueOn, today) },
            f.visitId,
          ),
        ),
        now,
      );
    }
    return late.length;
  }
}
