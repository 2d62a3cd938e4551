import { MigrationInterface, QueryRunner } from 'typeorm';

/** Requisitions (科室申领) with their lines, history, issues and returned old units (领新交旧); approval policies; durable items. */
export class Requisitions1764100000500 implements MigrationInterface {
  name = 'Requisitions1764100000500';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`ALTER TABLE "item" ADD "durable" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE SEQUENCE "requisition_number_seq"`);

    await q.query(`CREATE TABLE "requisition" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "department_id" uuid NOT NULL,
      "status" text NOT NULL, "reason" text NOT NULL, "requester_staff_id" uuid NOT NULL, "requester_name" text NOT NULL,
      "submitted_by_subject" text NOT NULL, "submitted_by_name" text NOT NULL, "submitted_at" ${ts}, "department_approver_subject" text,
      "department_approver_staff_id" uuid, "approval_route" text, "approval_route_reason" text, "value_fen" integer, "updated_at" ${ts},
      CONSTRAINT "PK_requisition" PRIMARY KEY ("id"),
      CONSTRAINT "requisition_status_check" CHECK ("status" IN ('SUBMITTED', 'DEPT_APPROVED', 'APPROVED', 'PARTIALLY_ISSUED', 'ISSUED', 'CLOSED', 'REJECTED', 'CANCELLED')))`);
    await q.query(`CREATE UNIQUE INDEX "requisition_number_uq" ON "requisition" ("number")`);
    await q.query(`CREATE INDEX "requisition_campus_idx" ON "requisition" ("campus_id", "status")`);
    await q.query(`CREATE INDEX "requisition_department_idx" ON "requisition" ("department_id", "status")`);

    await q.query(`CREATE TABLE "requisition_line" (
      "id" uuid NOT NULL, "requisition_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "note" text,
      "quantity_requested" integer NOT NULL, "quantity_approved" integer NOT NULL, "quantity_issued" integer NOT NULL,
      "exchange_exempt_quantity" integer NOT NULL DEFAULT 0, "exchange_exempt_used" integer NOT NULL DEFAULT 0, "exchange_exemption_reason" text,
      "exchange_exemption_note" text, CONSTRAINT "PK_requisition_line" PRIMARY KEY ("id"),
      CONSTRAINT "requisition_line_quantities_check" CHECK ("quantity_requested" > 0 AND "quantity_approved" >= 0 AND "quantity_approved" <= "quantity_requested" AND "quantity_issued" >= 0 AND "quantity_issued" <= "quantity_approved"),
      CONSTRAINT "requisition_line_exemption_check" CHECK ("exchange_exempt_used" >= 0 AND "exchange_exempt_used" <= "exchange_exempt_quantity"))`);
    await q.query(`CREATE UNIQUE INDEX "requisition_line_requisition_idx" ON "requisition_line" ("requisition_id", "line_no")`);
    await q.query(`CREATE UNIQUE INDEX "requisition_line_item_uq" ON "requisition_line" ("requisition_id", "item_id")`);

    await q.query(`CREATE TABLE "requisition_history" (
      "id" uuid NOT NULL, "requisition_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL,
      "actor_subject" text NOT NULL, "actor_staff_id" uuid, "actor_name" text NOT NULL, "comment" text, "occurred_at" ${ts},
      CONSTRAINT "PK_requisition_history" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "requisition_history_requisition_idx" ON "requisition_history" ("requisition_id", "occurred_at")`);

    await q.query(`CREATE TABLE "requisition_issue" (
      "id" uuid NOT NULL, "requisition_id" uuid NOT NULL, "stock_issue_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "issued_at" ${ts},
      "issued_by_subject" text NOT NULL, "issued_by_name" text NOT NULL, CONSTRAINT "PK_requisition_issue" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "requisition_issue_requisition_idx" ON "requisition_issue" ("requisition_id", "issued_at")`);
    await q.query(`CREATE UNIQUE INDEX "requisition_issue_stock_issue_uq" ON "requisition_issue" ("stock_issue_id")`);

    await q.query(`CREATE TABLE "requisition_old_unit" (
      "id" uuid NOT NULL, "requisition_id" uuid NOT NULL, "requisition_issue_id" uuid NOT NULL, "campus_id" uuid NOT NULL,
      "department_id" uuid NOT NULL, "item_id" uuid NOT NULL, "quantity" integer NOT NULL, "condition" text NOT NULL, "note" text,
      "recorded_at" ${ts}, "recorded_by_subject" text NOT NULL, "recorded_by_name" text NOT NULL,
      CONSTRAINT "PK_requisition_old_unit" PRIMARY KEY ("id"), CONSTRAINT "requisition_old_unit_quantity_check" CHECK ("quantity" > 0),
      CONSTRAINT "requisition_old_unit_condition_check" CHECK ("condition" IN ('WORN_OUT', 'BROKEN', 'LOST')))`);
    await q.query(`CREATE INDEX "requisition_old_unit_issue_idx" ON "requisition_old_unit" ("requisition_issue_id")`);
    await q.query(`CREATE INDEX "requisition_old_unit_campus_idx" ON "requisition_old_unit" ("campus_id", "recorded_at")`);

    await q.query(`CREATE TABLE "requisition_policy" (
      "campus_id" uuid NOT NULL, "auto_approve_limit_fen" integer NOT NULL, "auto_approve_categories" text array NOT NULL,
      "updated_at" ${ts}, "updated_by_subject" text NOT NULL, "updated_by_name" text NOT NULL,
      CONSTRAINT "PK_requisition_policy" PRIMARY KEY ("campus_id"), CONSTRAINT "requisition_policy_limit_check" CHECK ("auto_approve_limit_fen" >= 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['requisition_policy', 'requisition_old_unit', 'requisition_issue', 'requisition_history', 'requisition_line', 'requisition']) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP SEQUENCE "requisition_number_seq"`);
    await q.query(`ALTER TABLE "item" DROP COLUMN "durable"`);
  }
}
