import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sewage station (污水处理站): its standard and limits (GB 18466-2005 table 2), daily logs and missed days. */
export class CreateSewageLog1796648281673 implements MigrationInterface {
  name = 'CreateSewageLog1796648281673';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "sewage_station" (
      "campus_id" uuid NOT NULL, "standard" text NOT NULL, "expected_run_hours" double precision NOT NULL, "limits" jsonb NOT NULL,
      "logs_from" date NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL,
      CONSTRAINT "PK_sewage_station" PRIMARY KEY ("campus_id"))`);
    await q.query(`CREATE TABLE "sewage_log" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "log_date" date NOT NULL, "run_hours" double precision NOT NULL, "short_run" boolean NOT NULL,
      "disinfectant" text NOT NULL, "dosage_kg" double precision NOT NULL, "dosing_times" text array NOT NULL, "readings" jsonb NOT NULL,
      "exceedances" jsonb NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL,
      CONSTRAINT "PK_sewage_log" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "sewage_log_campus_date_uq" ON "sewage_log" ("campus_id", "log_date")`);
    await q.query(`CREATE TABLE "sewage_log_missing" (
      "campus_id" uuid NOT NULL, "log_date" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_sewage_log_missing" PRIMARY KEY ("campus_id", "log_date"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sewage_log_missing"`);
    await q.query(`DROP TABLE "sewage_log"`);
    await q.query(`DROP TABLE "sewage_station"`);
  }
}
