import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWorkOrders1763900000100 implements MigrationInterface {
  name = 'CreateWorkOrders1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "work_order" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "location_id" uuid NOT NULL,
      "department_id" uuid NOT NULL, "requester_staff_id" uuid, "requester_subject" text NOT NULL, "category" text NOT NULL,
      "priority" text NOT NULL, "title" text NOT NULL, "description" text, "status" text NOT NULL, "team_id" uuid,
      "technician_id" uuid, "labour_minutes" integer, "completion_count" integer NOT NULL DEFAULT 0, "rating" smallint,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "resolution_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE,
      "accepted_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE,
      "signed_off_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_work_order" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_campus_status_idx" ON "work_order" ("campus_id", "status")`);
    await q.query(`CREATE UNIQUE INDEX "work_order_number_idx" ON "work_order" ("number")`);
    await q.query(`CREATE TABLE "work_order_part" (
      "id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "completion" integer NOT NULL, "item_id" uuid NOT NULL,
      "quantity" integer NOT NULL, CONSTRAINT "PK_work_order_part" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_part_order_idx" ON "work_order_part" ("work_order_id")`);
    await q.query(`CREATE TABLE "work_order_transition" (
      "id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL,
      "actor_subject" text NOT NULL, "actor_name" text NOT NULL, "reason" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_order_transition" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_transition_order_idx" ON "work_order_transition" ("work_order_id")`);
    // Human-readable numbers (WO-20261123-000042) from one sequence; not an entity column, so no drift.
    await q.query(`CREATE SEQUENCE "work_order_number_seq"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE "work_order_number_seq"`);
    await q.query(`DROP TABLE "work_order_transition"`);
    await q.query(`DROP TABLE "work_order_part"`);
    await q.query(`DROP TABLE "work_order"`);
  }
}
