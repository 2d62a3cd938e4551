import { MigrationInterface, QueryRunner } from 'typeorm';

/** Preventive maintenance (预防性维护): PM plans, the tasks generated from them, and assets' meter readings. */
export class CreatePreventiveMaintenance1764000000170 implements MigrationInterface {
  name = 'CreatePreventiveMaintenance1764000000170';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "pm_plan" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "asset_id" uuid, "category" text, "team_id" uuid,
      "work_category" text NOT NULL, "checklist" jsonb NOT NULL, "trigger" jsonb NOT NULL, "lead_days" integer NOT NULL,
      "meter_baseline" double precision, "active" boolean NOT NULL, "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deactivated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_pm_plan" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "pm_plan_campus_category_idx" ON "pm_plan" ("campus_id", "category")`);
    await q.query(`CREATE INDEX "pm_plan_asset_idx" ON "pm_plan" ("asset_id")`);
    await q.query(`CREATE TABLE "pm_task" (
      "id" uuid NOT NULL, "plan_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "due_key" text NOT NULL,
      "due_on" date NOT NULL, "due_at_meter" double precision, "status" text NOT NULL, "deferred_from" date, "reason" text,
      "results" jsonb, "corrective_work_order_ids" uuid array NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE,
      "completed_by_staff_id" uuid, "completed_by_name" text, "skipped_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_pm_task" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "pm_task_plan_asset_due_uq" ON "pm_task" ("plan_id", "asset_id", "due_key")`);
    await q.query(`CREATE INDEX "pm_task_campus_due_idx" ON "pm_task" ("campus_id", "due_on")`);
    await q.query(`CREATE INDEX "pm_task_asset_idx" ON "pm_task" ("asset_id")`);
    await q.query(`CREATE TABLE "asset_meter_reading" (
      "id" uuid NOT NULL, "asset_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "meter" text NOT NULL, "value" double precision NOT NULL,
      "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, CONSTRAINT "PK_asset_meter_reading" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "asset_meter_reading_asset_meter_idx" ON "asset_meter_reading" ("asset_id", "meter", "read_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "asset_meter_reading"`);
    await q.query(`DROP TABLE "pm_task"`);
    await q.query(`DROP TABLE "pm_plan"`);
  }
}
