import { MigrationInterface, QueryRunner } from 'typeorm';

/** Inspection rounds (巡检 / 查房): routes with their checkpoints, the scheduled rounds and their readings. */
export class CreateInspectionRounds1764000000180 implements MigrationInterface {
  name = 'CreateInspectionRounds1764000000180';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE';
    await q.query(`CREATE TABLE "inspection_route" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "team_id" uuid NOT NULL, "start_times" text array NOT NULL,
      "duration_minutes" integer NOT NULL, "start_grace_minutes" integer NOT NULL, "active" boolean NOT NULL, "deactivation_reason" text,
      "created_by" text NOT NULL, "created_at" ${ts} NOT NULL, "updated_at" ${ts} NOT NULL, CONSTRAINT "PK_inspection_route" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_route_campus_name_uq" ON "inspection_route" ("campus_id", "name")`);
    await q.query(`CREATE TABLE "inspection_checkpoint" (
      "id" uuid NOT NULL, "route_id" uuid NOT NULL, "sequence" integer NOT NULL, "label" text NOT NULL, "location_id" uuid NOT NULL,
      "asset_id" uuid, "kind" text NOT NULL, "unit" text, "min_value" double precision, "max_value" double precision,
      "work_category" text NOT NULL, CONSTRAINT "PK_inspection_checkpoint" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_checkpoint_route_sequence_uq" ON "inspection_checkpoint" ("route_id", "sequence")`);
    await q.query(`CREATE TABLE "inspection_round" (
      "id" uuid NOT NULL, "route_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "scheduled_start" ${ts} NOT NULL, "start_by" ${ts} NOT NULL,
      "due_by" ${ts} NOT NULL, "status" text NOT NULL, "started_at" ${ts}, "started_by" text, "started_by_name" text, "started_by_staff_id" uuid,
      "completed_at" ${ts}, "missed_at" ${ts}, "cancelled_at" ${ts}, "late_alerted_at" ${ts}, "created_at" ${ts} NOT NULL,
      CONSTRAINT "PK_inspection_round" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_round_route_start_uq" ON "inspection_round" ("route_id", "scheduled_start")`);
    await q.query(`CREATE INDEX "inspection_round_campus_start_idx" ON "inspection_round" ("campus_id", "scheduled_start")`);
    await q.query(`CREATE INDEX "inspection_round_status_start_by_idx" ON "inspection_round" ("status", "start_by")`);
    await q.query(`CREATE INDEX "inspection_round_status_due_by_idx" ON "inspection_round" ("status", "due_by")`);
    await q.query(`CREATE TABLE "inspection_reading" (
      "id" uuid NOT NULL, "round_id" uuid NOT NULL, "checkpoint_id" uuid NOT NULL, "ok" boolean, "value" double precision, "unit" text,
      "out_of_range" boolean NOT NULL, "work_order_id" uuid, "note" text, "recorded_at" ${ts} NOT NULL, "recorded_by" text NOT NULL,
      "recorded_by_name" text NOT NULL, CONSTRAINT "PK_inspection_reading" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_reading_round_checkpoint_uq" ON "inspection_reading" ("round_id", "checkpoint_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['inspection_reading', 'inspection_round', 'inspection_checkpoint', 'inspection_route']) await q.query(`DROP TABLE "${table}"`);
  }
}
