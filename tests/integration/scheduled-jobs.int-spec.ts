import { createServiceDataSource } from '@houqin/platform-database';
import { CreateScheduledJobStatus1763900000002, JobScheduler, ScheduledJob, ScheduledJobStatusRow } from '@houqin/platform-scheduler';
import { createTestDatabase } from '@houqin/platform-testing';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The job scheduler against a real Postgres: one replica runs a job at a time, a failed run leaves no
 * trace of its writes, and what it did is recorded per job.
 */
const quiet = { warn: () => undefined, error: () => undefined };

/** A job that writes one row per run, slowly, so two replicas' runs would overlap if the lock let them. */
class SlowCountingJob implements ScheduledJob {
  readonly name = 'test.slow-counting';
  readonly intervalMs = 60_000;
  failNext = false;

  async run(manager: EntityManager): Promise<number> {
    await manager.query(`INSERT INTO job_effect (at) VALUES (clock_timestamp())`);
    await new Promise((r) => setTimeout(r, 300));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    return 1;
  }
}

describe('scheduled jobs (real Postgres)', () => {
  let replicaA: DataSource;
  let replicaB: DataSource;

  beforeAll(async () => {
    const url = await createTestDatabase('scheduler');
    const options = { serviceName: 'scheduler-test', url, entities: [ScheduledJobStatusRow], migrations: [CreateScheduledJobStatus1763900000002] };
    replicaA = createServiceDataSource(options);
    replicaB = createServiceDataSource(options);
    await replicaA.initialize();
    await replicaB.initialize();
    await replicaA.runMigrations();
    await replicaA.query(`CREATE TABLE job_effect (id serial PRIMARY KEY, at timestamptz NOT NULL)`);
  });
  afterAll(async () => {
    await replicaA?.destroy();
    await replicaB?.destroy();
  });

  it('runs a job on one replica at a time: the other skips the tick', async () => {
    const a = new JobScheduler(replicaA, [new SlowCountingJob()], quiet);
    const b = new JobScheduler(replicaB, [new SlowCountingJob()], quiet);
    const outcomes = await Promise.all([a.runOnce('test.slow-counting'), b.runOnce('test.slow-counting')]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ran)).toEqual([{ ran: false, reason: 'locked' }]);
    const [{ n }] = await replicaA.query(`SELECT count(*)::int AS n FROM job_effect`);
    expect(n).toBe(1);
    // Once the first run has committed, the other replica may run it.
    expect(await b.runOnce('test.slow-counting')).toEqual({ ran: true, affected: 1 });
    const [status] = await replicaA.query(`SELECT runs::int AS runs, last_affected, last_error FROM scheduled_job_status WHERE name = 'test.slow-counting'`);
    expect(status).toEqual({ runs: 2, last_affected: 1, last_error: null });
  });

  it('rolls back a failed run and records the error', async () => {
    const job = new SlowCountingJob();
    const scheduler = new JobScheduler(replicaA, [job], quiet);
    const [{ n: before }] = await replicaA.query(`SELECT count(*)::int AS n FROM job_effect`);
    job.failNext = true;
    await expect(scheduler.runOnce('test.slow-counting')).rejects.toThrow('disk full');
    const [{ n: after }] = await replicaA.query(`SELECT count(*)::int AS n FROM job_effect`);
    expect(after).toBe(before);
    const [status] = await replicaA.query(`SELECT runs::int AS runs, last_error FROM scheduled_job_status WHERE name = 'test.slow-counting'`);
    expect(status).toEqual({ runs: 2, last_error: 'Error: disk full' });
  });

  it('runs each job on its interval until stopped, and refuses two jobs with one name', async () => {
    const scheduler = new JobScheduler(replicaA, [new SlowCountingJob()], quiet, undefined, 50);
    const [{ runs: before }] = await replicaA.query(`SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'test.slow-counting'`);
    scheduler.start();
    await new Promise((r) => setTimeout(r, 1500));
    await scheduler.stop();
    const [{ runs: after }] = await replicaA.query(`SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'test.slow-counting'`);
    expect(after - before).toBeGreaterThanOrEqual(2);
    expect(() => new JobScheduler(replicaA, [new SlowCountingJob(), new SlowCountingJob()], quiet)).toThrow('two scheduled jobs are named test.slow-counting');
  });
});
