import { MigrationInterface, QueryRunner } from 'typeorm';

/** Campus SLA targets, clock pauses with reasons, and the escalations already raised (one per clock, level and cycle). */
export class SlaClocks1764000000110 implements MigrationInterface {
  name = 'SlaClocks1764000000110';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE';
    await q.query(`ALTER TABLE "work_order" ADD "paused_since" ${ts}`);
    await q.query(`ALTER TABLE "work_order" ADD "pause_reason" text`);
    await q.query(`ALTER TABLE "work_order" ADD "paused_minutes" integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE TABLE "sla_target" (
      "campus_id" uuid NOT NULL, "priority" text NOT NULL, "response_minutes" integer NOT NULL, "resolution_minutes" integer NOT NULL,
      "updated_at" ${ts} NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "PK_sla_target" PRIMARY KEY ("campus_id", "priority"))`);
    await q.query(`CREATE TABLE "work_order_clock_pause" (
      "id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "reason" text NOT NULL, "note" text, "paused_at" ${ts} NOT NULL,
      "paused_by" text NOT NULL, "resumed_at" ${ts}, "resumed_by" text, CONSTRAINT "PK_work_order_clock_pause" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_clock_pause_order_idx" ON "work_order_clock_pause" ("work_order_id")`);
    await q.query(`CREATE TABLE "sla_escalation" (
      "id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "clock" text NOT NULL, "level" text NOT NULL, "cycle" integer NOT NULL,
      "due_at" ${ts} NOT NULL, "raised_at" ${ts} NOT NULL, CONSTRAINT "PK_sla_escalation" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "sla_escalation_once_idx" ON "sla_escalation" ("work_order_id", "clock", "level", "cycle")`);
    // The escalation job's scan: open orders only.
    await q.query(
      `CREATE INDEX "work_order_open_due_idx" ON "work_order" ("resolution_due_at") WHERE status IN ('SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "work_order_open_due_idx"`);
    await q.query(`DROP TABLE "sla_escalation"`);
    await q.query(`DROP TABLE "work_order_clock_pause"`);
    await q.query(`DROP TABLE "sla_target"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "paused_minutes"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "pause_reason"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "paused_since"`);
  }
}
