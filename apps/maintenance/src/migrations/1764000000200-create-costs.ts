import { MigrationInterface, QueryRunner } from 'typeorm';

/** Labour rates, time logs, parts costs from materials, and the monthly statements sent to finance. */
export class CreateCosts1764000000200 implements MigrationInterface {
  name = 'CreateCosts1764000000200';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "labour_rate" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "team_id" uuid, "fen_per_hour" integer NOT NULL,
      "effective_from" date NOT NULL, "set_by" text NOT NULL, "set_at" ${ts}, CONSTRAINT "PK_labour_rate" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "labour_rate_campus_idx" ON "labour_rate" ("campus_id", "effective_from")`);
    await q.query(`CREATE TABLE "work_order_time_log" ("id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "campus_id" uuid NOT NULL,
      "department_id" uuid NOT NULL, "staff_id" uuid, "worked_on" date NOT NULL, "minutes" integer NOT NULL, "fen_per_hour" integer NOT NULL,
      "cost_fen" integer NOT NULL, "note" text, "logged_by" text NOT NULL, "logged_at" ${ts}, CONSTRAINT "PK_work_order_time_log" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_time_log_order_idx" ON "work_order_time_log" ("work_order_id")`);
    await q.query(`CREATE INDEX "work_order_time_log_campus_day_idx" ON "work_order_time_log" ("campus_id", "worked_on")`);
    await q.query(`CREATE TABLE "work_order_parts_cost" ("stock_issue_id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "campus_id" uuid NOT NULL,
      "department_id" uuid NOT NULL, "cost_fen" integer NOT NULL, "issued_at" ${ts}, CONSTRAINT "PK_work_order_parts_cost" PRIMARY KEY ("stock_issue_id"))`);
    await q.query(`CREATE INDEX "work_order_parts_cost_order_idx" ON "work_order_parts_cost" ("work_order_id")`);
    await q.query(`CREATE TABLE "department_cost_statement" ("department_id" uuid NOT NULL, "month" text NOT NULL, "campus_id" uuid NOT NULL,
      "labour_fen" integer NOT NULL, "parts_fen" integer NOT NULL, "vendor_fen" integer NOT NULL, "published_at" ${ts},
      CONSTRAINT "PK_department_cost_statement" PRIMARY KEY ("department_id", "month"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['department_cost_statement', 'work_order_parts_cost', 'work_order_time_log', 'labour_rate']) await q.query(`DROP TABLE "${table}"`);
  }
}
