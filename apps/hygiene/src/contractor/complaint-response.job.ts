import { ContractorComplaintResponseOverdueV1 } from '@houqin/contracts';
import { chinaDateTime } from '@houqin/platform-calendar';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { AWAITING_RESPONSE } from './complaint-status';

interface Overdue {
  complaintId: string;
  number: string;
  contractorId: string;
  contractorName: string;
  campusId: string;
  responseDueAt: Date;
}

/**
 * Tells the campus admins about complaints nobody accepted in time, once per complaint and deadline (a reopened
 * complaint has a new deadline and so can be announced again). The contractor_complaint_overdue row, written in
 * the run's transaction with the outbox rows, is the job's record: a restart neither loses nor repeats an alert.
 */
@Scheduled()
export class ComplaintResponseJob implements ScheduledJob {
  readonly name = 'hygiene.complaint-response';
  readonly intervalMs = 5 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const overdue: Overdue[] = await manager.query(
      `WITH due AS (
         INSERT INTO contractor_complaint_overdue (complaint_id, response_due_at, announced_at)
         SELECT p.id, p.response_due_at, $3 FROM contractor_complaint p
          WHERE p.status = ANY($1) AND p.response_due_at <= $2
         ON CONFLICT DO NOTHING
         RETURNING complaint_id, response_due_at)
       SELECT p.id AS "complaintId", p.number, p.contractor_id AS "contractorId", c.name AS "contractorName", p.campus_id AS "campusId",
              due.response_due_at AS "responseDueAt"
         FROM due JOIN contractor_complaint p ON p.id = due.complaint_id JOIN contractor c ON c.id = p.contractor_id`,
      [AWAITING_RESPONSE, now, now],
    );
    if (!overdue.length) return 0;
    await this.changes.publish(
      manager,
      overdue.map((o) =>
        changeEvent(
          ContractorComplaintResponseOverdueV1,
          { ...o, responseDueAt: o.responseDueAt.toISOString(), responseDueAtChina: chinaDateTime(o.responseDueAt) },
          o.complaintId,
        ),
      ),
      now,
    );
    return overdue.length;
  }
}
