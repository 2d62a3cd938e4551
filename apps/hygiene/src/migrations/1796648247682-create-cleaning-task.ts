import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cleaning tasks (保洁任务) and the campuses' own cleaning deadlines. */
export class CreateCleaningTask1796648247682 implements MigrationInterface {
  name = 'CreateCleaningTask1796648247682';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE';
    await q.query(`CREATE TABLE "cleaning_task" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "kind" text NOT NULL, "priority" text NOT NULL,
      "status" text NOT NULL, "location_id" uuid NOT NULL, "bed_id" uuid, "scan_location_id" uuid NOT NULL, "ward_id" uuid,
      "zone_id" uuid, "risk_level" text NOT NULL, "precautions" text array NOT NULL, "chlorine_mg_per_l" integer NOT NULL,
      "checklist" jsonb NOT NULL, "checked_items" text array, "encounter_id" uuid, "origin" text NOT NULL, "note" text NOT NULL,
      "opened_at" ${ts} NOT NULL, "start_due_at" ${ts} NOT NULL, "ready_due_at" ${ts} NOT NULL, "cleaner_id" uuid,
      "assigned_at" ${ts}, "started_at" ${ts}, "finished_at" ${ts}, "cancelled_at" ${ts}, "cancel_reason" text,
      "overdue_clocks" text array NOT NULL, "created_at" ${ts} NOT NULL, "created_by" text NOT NULL,
      CONSTRAINT "PK_cleaning_task" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "cleaning_task_number_uq" ON "cleaning_task" ("number")`);
    await q.query(`CREATE INDEX "cleaning_task_campus_status_idx" ON "cleaning_task" ("campus_id", "status")`);
    await q.query(`CREATE INDEX "cleaning_task_location_idx" ON "cleaning_task" ("location_id")`);
    await q.query(`CREATE INDEX "cleaning_task_cleaner_idx" ON "cleaning_task" ("cleaner_id")`);
    await q.query(`CREATE UNIQUE INDEX "cleaning_task_origin_uq" ON "cleaning_task" ("origin")`);
    await q.query(`CREATE TABLE "cleaning_sla" (
      "campus_id" uuid NOT NULL, "terminal_start_minutes" integer NOT NULL, "terminal_ready_minutes" integer NOT NULL,
      "updated_at" ${ts} NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "PK_cleaning_sla" PRIMARY KEY ("campus_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cleaning_sla"`);
    await q.query(`DROP TABLE "cleaning_task"`);
  }
}
