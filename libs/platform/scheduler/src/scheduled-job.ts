import { EntityManager } from 'typeorm';

/**
 * A piece of periodic work (SLA breaches, PM generation, certificate alerts, missed rounds). The scheduler
 * runs it in one transaction under a Postgres advisory lock, so one replica runs it at a time. The job
 * itself must be idempotent: it works out from the database what is due up to `now` and not yet done
 * (unique keys on what it writes), so a run after a restart or a missed tick catches up without repeats.
 */
export interface ScheduledJob {
  /** `<service>.<purpose>`, e.g. `maintenance.sla-breaches`; also the lock and status key. */
  readonly name: string;
  /** Pause between runs. */
  readonly intervalMs: number;
  /** Does what is due at `now`; returns how many things it did (for the status table and logs). */
  run(manager: EntityManager, now: Date): Promise<number>;
}

export const SCHEDULED_JOBS = Symbol('SCHEDULED_JOBS');
