import { Column, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

/** One row per job: when it last ran, what it did and its last error (for runbooks and readiness). */
@Entity({ name: 'scheduled_job_status' })
export class ScheduledJobStatusRow {
  @PrimaryColumn('text') name!: string;
  @Column('timestamptz', { nullable: true }) lastStartedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) lastSucceededAt!: Date | null;
  @Column('integer', { default: 0 }) lastAffected!: number;
  @Column('bigint', { default: 0 }) runs!: string;
  @Column('text', { nullable: true }) lastError!: string | null;
  @Column('timestamptz', { nullable: true }) lastFailedAt!: Date | null;
}

/** Included in every service's migration list after the event and audit tables. */
export class CreateScheduledJobStatus1763900000002 implements MigrationInterface {
  name = 'CreateScheduledJobStatus1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "scheduled_job_status" (
      "name" text NOT NULL, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_succeeded_at" TIMESTAMP WITH TIME ZONE,
      "last_affected" integer NOT NULL DEFAULT 0, "runs" bigint NOT NULL DEFAULT 0, "last_error" text,
      "last_failed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_scheduled_job_status" PRIMARY KEY ("name"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scheduled_job_status"`);
  }
}
