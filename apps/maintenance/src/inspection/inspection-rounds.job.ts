import { InspectionRoundLateV1, InspectionRoundMissedV1, InspectionRoundsScheduledV1 } from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { groupBy } from '@houqin/platform-graphql';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { Scheduled, ScheduledJob } from '@houqin/platform-scheduler';
import { EntityManager } from 'typeorm';
import { roundFacts } from './inspection-facts';
import { RoundSchedule, SCHEDULE_HORIZON_MS } from './round-schedule';
import { OPEN_ROUND_STATUSES } from './round-lifecycle';
import { InspectionRoundStatus } from './round-status';

/** Late and missed rounds handled per run; the rest follow on the next tick. */
const BATCH = 500;
const S = InspectionRoundStatus;

interface ActiveRoute {
  id: string;
  name: string;
  campusId: string;
  teamId: string;
  startTimes: string[];
  durationMinutes: number;
  startGraceMinutes: number;
}

/** A round the job changed, with what its events say about its route. */
interface TouchedRound {
  id: string;
  routeId: string;
  name: string;
  campusId: string;
  teamId: string;
  scheduledStart: Date;
  startBy: Date;
  dueBy: Date;
  startedAt: Date | null;
  recorded: number;
  total: number;
}

const TOUCHED = `r.id, r.route_id AS "routeId", rt.name, rt.campus_id AS "campusId", rt.team_id AS "teamId", r.scheduled_start AS "scheduledStart",
  r.start_by AS "startBy", r.due_by AS "dueBy", r.started_at AS "startedAt",
  (SELECT count(*) FROM inspection_reading x WHERE x.round_id = r.id)::int AS recorded,
  (SELECT count(*) FROM inspection_checkpoint c WHERE c.route_id = r.route_id)::int AS total`;

const facts = (r: TouchedRound, now: Date) => roundFacts(r, { id: r.routeId, name: r.name, campusId: r.campusId, teamId: r.teamId }, now);

/**
 * 巡检任务: per run, (1) schedules every active route's rounds starting in the next 24 hours, (2) tells the team
 * once about each round not started within its grace, then (3) marks MISSED (once) each round not completed by
 * its due time. Each step is one set-based statement whose once-only marker (the unique (route_id,
 * scheduled_start), late_alerted_at, the status) is written in the run's transaction with the outbox rows, so
 * a restart, a missed tick or a second replica repeats nothing. Routes are locked before rounds, as
 * deactivation does, so the two cannot deadlock. Late comes before missed, so a round the job first sees
 * already past due is reported both late and missed.
 */
@Scheduled()
export class InspectionRoundsJob implements ScheduledJob {
  readonly name = 'maintenance.inspection-rounds';
  readonly intervalMs = 5 * 60_000;

  constructor(private readonly changes: ChangeRecorder) {}

  async run(manager: EntityManager, now: Date): Promise<number> {
    const scheduled = await this.scheduleAhead(manager, now);
    const late = await this.alertLate(manager, now);
    const missed = await this.markMissed(manager, now);
    return scheduled + late + missed;
  }

  private async alertLate(manager: EntityManager, now: Date): Promise<number> {
    // The outer conditions are re-checked on rows a crew started meanwhile, which then drop out.
    const [rounds]: [TouchedRound[], number] = await manager.query(
      `UPDATE inspection_round r SET late_alerted_at = $1
         FROM inspection_route rt
        WHERE rt.id = r.route_id AND r.status = $2 AND r.start_by <= $1 AND r.late_alerted_at IS NULL
          AND r.id IN (SELECT id FROM inspection_round WHERE status = $2 AND start_by <= $1 AND late_alerted_at IS NULL ORDER BY start_by LIMIT ${BATCH})
        RETURNING ${TOUCHED}`,
      [now.toISOString(), S.SCHEDULED],
    );
    await this.changes.publish(
      manager,
      rounds.map((round) => changeEvent(InspectionRoundLateV1, facts(round, now), round.routeId)),
      now,
    );
    return rounds.length;
  }

  private async markMissed(manager: EntityManager, now: Date): Promise<number> {
    const [rounds]: [TouchedRound[], number] = await manager.query(
      `UPDATE inspection_round r SET status = $2, missed_at = $1
         FROM inspection_route rt
        WHERE rt.id = r.route_id AND r.status = ANY($3) AND r.due_by <= $1
          AND r.id IN (SELECT id FROM inspection_round WHERE status = ANY($3) AND due_by <= $1 ORDER BY due_by LIMIT ${BATCH})
        RETURNING ${TOUCHED}`,
      [now.toISOString(), S.MISSED, OPEN_ROUND_STATUSES],
    );
    await this.changes.publish(
      manager,
      rounds.map((round) =>
        changeEvent(
          InspectionRoundMissedV1,
          { ...facts(round, now), startedAt: round.startedAt?.toISOString() ?? null, recordedCheckpoints: round.recorded, totalCheckpoints: round.total },
          round.routeId,
        ),
      ),
      now,
    );
    return rounds.length;
  }

  private async scheduleAhead(manager: EntityManager, now: Date): Promise<number> {
    // FOR SHARE: a route being deactivated either waits for this run (and cancels what it schedules) or is seen inactive.
    const routes: ActiveRoute[] = await manager.query(
      `SELECT id, name, campus_id AS "campusId", team_id AS "teamId", start_times AS "startTimes",
              duration_minutes AS "durationMinutes", start_grace_minutes AS "startGraceMinutes"
         FROM inspection_route WHERE active FOR SHARE`,
    );
    const until = new Date(now.getTime() + SCHEDULE_HORIZON_MS);
    const slots = routes.flatMap((route) =>
      new RoundSchedule(route.startTimes, route.durationMinutes, route.startGraceMinutes).slotsBetween(now, until).map((slot) => ({ route, ...slot })),
    );
    if (!slots.length) return 0;
    const created: { id: string; routeId: string; scheduledStart: Date; startBy: Date; dueBy: Date }[] = await manager.query(
      `INSERT INTO inspection_round (id, route_id, campus_id, scheduled_start, start_by, due_by, status, created_at)
       SELECT s.id, s.route_id, s.campus_id, s.scheduled_start, s.start_by, s.due_by, $7::text, $8::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[])
           AS s(id, route_id, campus_id, scheduled_start, start_by, due_by)
       ON CONFLICT (route_id, scheduled_start) DO NOTHING
       RETURNING id, route_id AS "routeId", scheduled_start AS "scheduledStart", start_by AS "startBy", due_by AS "dueBy"`,
      [
        slots.map(() => uuidv7()),
        slots.map((s) => s.route.id),
        slots.map((s) => s.route.campusId),
        slots.map((s) => s.scheduledStart.toISOString()),
        slots.map((s) => s.startBy.toISOString()),
        slots.map((s) => s.dueBy.toISOString()),
        S.SCHEDULED,
        now.toISOString(),
      ],
    );
    const byRoute = new Map(routes.map((r) => [r.id, r]));
    const announcements = [...groupBy(created, (r) => r.routeId)].map(([routeId, rounds]) => {
      const route = byRoute.get(routeId) as ActiveRoute;
      return changeEvent(
        InspectionRoundsScheduledV1,
        {
          routeId,
          routeName: route.name,
          campusId: route.campusId,
          teamId: route.teamId,
          rounds: rounds
            .sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime())
            .map((r) => ({ roundId: r.id, scheduledStart: r.scheduledStart.toISOString(), startBy: r.startBy.toISOString(), dueBy: r.dueBy.toISOString() })),
          occurredAt: now.toISOString(),
        },
        routeId,
      );
    });
    await this.changes.publish(manager, announcements, now);
    return created.length;
  }
}
