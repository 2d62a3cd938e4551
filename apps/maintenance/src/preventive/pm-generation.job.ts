import { PmTaskScheduledV1 } from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { chinaToday } from '@houqin/platform-calendar';
import { AssetStatus } from '../asset/asset-status';
import { pmTaskFacts } from './pm-facts';
import { PmSchedule, PmTrigger } from './pm-schedule';
import { PmTaskStatus } from './pm-task-status';
import { PmTaskRow } from './preventive.entity';

/** One active plan and one asset it covers, with what was generated for them so far. */
interface Coverage {
  planId: string;
  planName: string;
  campusId: string;
  teamId: string | null;
  trigger: PmTrigger;
  leadDays: number;
  meterBaseline: number | null;
  planCreatedAt: Date;
  assetId: string;
  assetCreatedAt: Date;
  /** The latest calendar due date generated (due keys of calendar tasks are dates, so max() is the latest). */
  lastDueKey: string | null;
  lastThreshold: number | null;
  latestReading: number | null;
}

type NewTask = Pick<PmTaskRow, 'id' | 'planId' | 'assetId' | 'campusId' | 'dueKey' | 'dueOn' | 'dueAtMeter'> & { coverage: Coverage };

const keyOf = (planId: string, assetId: string, dueKey: string) => `${planId}|${assetId}|${dueKey}`;

/**
 * 保养任务生成: puts PM tasks on the list. For every active plan and every asset it covers (a category plan:
 * every asset of the category on the campus that is not retired), calendar occurrences from the last one
 * generated up to today + lead time (China date), at most 12 per plan and asset a run; meter plans once the
 * latest reading reaches the next threshold. The candidates come from one query; the tasks are written in one
 * INSERT … ON CONFLICT DO NOTHING on (plan, asset, due key), and only the rows it returns are announced, so
 * a second run, a restart or another replica never repeats a task or its event.
 */
@Scheduled()
export class PmGenerationJob implements ScheduledJob {
  readonly name = 'maintenance.pm-generation';
  readonly intervalMs = 3600_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const today = chinaToday(now);
    const coverage: Coverage[] = await manager.query(
      `SELECT p.id AS "planId", p.name AS "planName", p.campus_id AS "campusId", p.team_id AS "teamId", p.trigger,
              p.lead_days AS "leadDays", p.meter_baseline AS "meterBaseline", p.created_at AS "planCreatedAt",
              a.id AS "assetId", a.created_at AS "assetCreatedAt",
              last.due_key AS "lastDueKey", last.due_at_meter AS "lastThreshold", reading.value AS "latestReading"
         FROM pm_plan p
         JOIN asset a ON a.status <> $1
                     AND (a.id = p.asset_id OR (p.asset_id IS NULL AND a.campus_id = p.campus_id AND a.category = p.category))
         LEFT JOIN LATERAL (SELECT max(t.due_key) AS due_key, max(t.due_at_meter) AS due_at_meter
                              FROM pm_task t WHERE t.plan_id = p.id AND t.asset_id = a.id) last ON true
         LEFT JOIN LATERAL (SELECT r.value FROM asset_meter_reading r
                             WHERE p.trigger->>'kind' = 'METER' AND r.asset_id = a.id AND r.meter = p.trigger->>'meter'
                             ORDER BY r.read_at DESC, r.id DESC LIMIT 1) reading ON true
        WHERE p.active`,
      [AssetStatus.RETIRED],
    );
    const tasks = coverage.flatMap((c) => this.due(c, today));
    if (!tasks.length) return 0;

    const inserted: { planId: string; assetId: string; dueKey: string }[] = await manager.query(
      `INSERT INTO pm_task (id, plan_id, asset_id, campus_id, due_key, due_on, due_at_meter, status, corrective_work_order_ids, created_at)
       SELECT n.id, n.plan_id, n.asset_id, n.campus_id, n.due_key, n.due_on, n.due_at_meter, $8, '{}', $9
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::float8[])
              AS n(id, plan_id, asset_id, campus_id, due_key, due_on, due_at_meter)
       ON CONFLICT DO NOTHING
       RETURNING plan_id AS "planId", asset_id AS "assetId", due_key AS "dueKey"`,
      [
        tasks.map((t) => t.id),
        tasks.map((t) => t.planId),
        tasks.map((t) => t.assetId),
        tasks.map((t) => t.campusId),
        tasks.map((t) => t.dueKey),
        tasks.map((t) => t.dueOn),
        tasks.map((t) => t.dueAtMeter),
        PmTaskStatus.SCHEDULED,
        now.toISOString(),
      ],
    );
    const fresh = new Set(inserted.map((row) => keyOf(row.planId, row.assetId, row.dueKey)));
    const created = tasks.filter((t) => fresh.has(keyOf(t.planId, t.assetId, t.dueKey)));
    await this.changes.publish(
      manager,
      created.map((task) =>
        changeEvent(PmTaskScheduledV1, { ...pmTaskFacts(task, { name: task.coverage.planName }, now), teamId: task.coverage.teamId }, task.id),
      ),
      now,
    );
    return created.length;
  }

  /** The tasks one (plan, asset) needs now: calendar dates within the lead time, or the meter threshold reached. */
  private due(c: Coverage, today: string): NewTask[] {
    const schedule = PmSchedule.stored(c.trigger);
    const task = (dueKey: string, dueOn: string, dueAtMeter: number | null): NewTask => ({
      id: uuidv7(),
      planId: c.planId,
      assetId: c.assetId,
      campusId: c.campusId,
      dueKey,
      dueOn,
      dueAtMeter,
      coverage: c,
    });
    if (schedule.isMeter) {
      const threshold = schedule.meterThresholdDue(c.meterBaseline ?? 0, c.latestReading, c.lastThreshold);
      return threshold === null ? [] : [task(String(threshold), today, threshold)];
    }
    // Nothing falls due before the plan, or the asset, existed: a new plan does not start with a backlog.
    const planDay = chinaToday(new Date(c.planCreatedAt));
    const assetDay = chinaToday(new Date(c.assetCreatedAt));
    const notBefore = planDay > assetDay ? planDay : assetDay;
    return schedule.dueDates(c.lastDueKey, notBefore, today, c.leadDays).map((date) => task(date, date, null));
  }
}
