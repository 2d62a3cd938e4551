import { WorkOrderSlaEscalatedV1 } from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { ESCALATION_GRACE_MINUTES, EscalationLevel, SlaClockKind } from './sla-policy';
import { WorkOrderRow } from './work-order.entity';
import { workOrderFacts } from './work-order-transitions';
import { WorkOrderStatus } from './work-order-status';

const S = WorkOrderStatus;
/** The response clock runs until acceptance; the resolution clock until completion, unless paused. */
const RESPONSE_OPEN = [S.SUBMITTED, S.DISPATCHED];
const RESOLUTION_OPEN = [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS];
const BATCH = 500;

type Candidate = Pick<WorkOrderRow, 'id' | 'number' | 'campusId' | 'locationId' | 'departmentId' | 'status' | 'priority' | 'teamId' | 'technicianId'> & {
  cycle: number;
  clock: SlaClockKind;
  level: EscalationLevel;
  dueAt: Date;
};

/** The system as the actor of what the scheduler does, on timelines and in events. */
export const SYSTEM_ACTOR = { subject: 'system:sla', staffId: null, name: 'SLA 监控' };

/**
 * 超时升级: finds every clock that has run out (team lead) or run past its grace (campus admin) and raises
 * each escalation once per completion cycle. The candidates come from one set-based query; the unique key
 * on sla_escalation makes a second run, a restart or another replica a no-op.
 */
@Scheduled()
export class SlaEscalationJob implements ScheduledJob {
  readonly name = 'maintenance.sla-escalations';
  readonly intervalMs = 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const candidates: Candidate[] = await manager.query(
      `SELECT wo.id, wo.number, wo.campus_id AS "campusId", wo.location_id AS "locationId", wo.department_id AS "departmentId",
              wo.status, wo.priority, wo.team_id AS "teamId", wo.technician_id AS "technicianId",
              wo.completion_count AS cycle, e.clock, e.level, e.due_at AS "dueAt"
         FROM work_order wo
        CROSS JOIN LATERAL (VALUES
          ('RESPONSE', 'TEAM_LEAD', wo.response_due_at),
          ('RESPONSE', 'CAMPUS_ADMIN', wo.response_due_at + make_interval(mins => ($2::jsonb ->> wo.priority)::int)),
          ('RESOLUTION', 'TEAM_LEAD', wo.resolution_due_at),
          ('RESOLUTION', 'CAMPUS_ADMIN', wo.resolution_due_at + make_interval(mins => ($2::jsonb ->> wo.priority)::int))
        ) AS e(clock, level, due_at)
        WHERE wo.status = ANY($3) AND e.due_at <= $1
          AND ((e.clock = 'RESPONSE' AND wo.status = ANY($4)) OR (e.clock = 'RESOLUTION' AND wo.paused_since IS NULL))
          AND NOT EXISTS (SELECT 1 FROM sla_escalation s
                           WHERE s.work_order_id = wo.id AND s.clock = e.clock AND s.level = e.level AND s.cycle = wo.completion_count)
        ORDER BY e.due_at
        LIMIT ${BATCH}`,
      [now.toISOString(), JSON.stringify(ESCALATION_GRACE_MINUTES), RESOLUTION_OPEN, RESPONSE_OPEN],
    );
    let raised = 0;
    for (const c of candidates) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO sla_escalation (id, work_order_id, clock, level, cycle, due_at, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (work_order_id, clock, level, cycle) DO NOTHING RETURNING id`,
        [uuidv7(), c.id, c.clock, c.level, c.cycle, c.dueAt, now.toISOString()],
      );
      if (!inserted.length) continue;
      await this.changes.publish(manager, [
        changeEvent(
          WorkOrderSlaEscalatedV1,
          {
            ...workOrderFacts(c, SYSTEM_ACTOR, now),
            clock: c.clock,
            level: c.level,
            dueAt: new Date(c.dueAt).toISOString(),
            overdueMinutes: Math.max(0, Math.floor((now.getTime() - new Date(c.dueAt).getTime()) / 60_000)),
            teamId: c.teamId,
            technicianId: c.technicianId,
          },
          c.id,
        ),
      ]);
      raised += 1;
    }
    return raised;
  }
}
