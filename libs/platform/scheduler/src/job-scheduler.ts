import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ScheduledJob } from './scheduled-job';

export interface JobLogger {
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export type JobOutcome = { ran: true; affected: number } | { ran: false; reason: 'locked' };

const lockKeyOf = (name: string) => createHash('sha256').update(`job:${name}`).digest().readInt32BE(0);

/**
 * Runs each job on its interval. A run is one transaction holding `pg_try_advisory_xact_lock(job)`: a
 * replica that cannot take the lock skips the tick (another replica is running it), and a crash mid-run
 * rolls back everything the run wrote, so the next run (here or elsewhere) redoes it exactly once.
 */
export class JobScheduler {
  private running = false;
  private loops: Promise<void>[] = [];
  private sleepers = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: ScheduledJob[],
    private readonly logger: JobLogger,
    private readonly afterCommit: () => void = () => undefined,
    /** Overrides every job's interval (local mode and tests use a short one). */
    private readonly intervalOverrideMs?: number,
  ) {
    const names = new Set<string>();
    for (const job of jobs) {
      if (names.has(job.name)) throw new Error(`two scheduled jobs are named ${job.name}`);
      names.add(job.name);
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = this.jobs.map((job) => this.loop(job));
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const wake of this.sleepers) wake();
    await Promise.all(this.loops);
  }

  /** Runs one job now (also what the loop calls). `now` is the job's clock; tests pass a fixed one. */
  async runOnce(name: string, now: Date = new Date()): Promise<JobOutcome> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no scheduled job named ${name}`);
    let affected: number | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [lockKeyOf(job.name)]);
        if (!locked) return;
        affected = await job.run(manager, now);
        await manager.query(
          `INSERT INTO scheduled_job_status (name, last_started_at, last_succeeded_at, last_affected, runs)
           VALUES ($1, $2, now(), $3, 1)
           ON CONFLICT (name) DO UPDATE SET last_started_at = $2, last_succeeded_at = now(), last_affected = $3,
             runs = scheduled_job_status.runs + 1`,
          [job.name, now.toISOString(), affected],
        );
      });
    } catch (error) {
      await this.dataSource
        .query(
          `INSERT INTO scheduled_job_status (name, last_failed_at, last_error) VALUES ($1, now(), $2)
           ON CONFLICT (name) DO UPDATE SET last_failed_at = now(), last_error = $2`,
          [job.name, String(error)],
        )
        .catch(() => undefined);
      throw error;
    }
    if (affected === null) return { ran: false, reason: 'locked' };
    if (affected > 0) this.afterCommit();
    return { ran: true, affected };
  }

  private async loop(job: ScheduledJob): Promise<void> {
    while (this.running) {
      try {
        await this.runOnce(job.name);
      } catch (error) {
        this.logger.warn('scheduled job failed; will run again next interval', { job: job.name, error: String(error) });
      }
      await this.sleep(this.intervalOverrideMs ?? job.intervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}
