import { MigrationInterface, QueryRunner } from 'typeorm';

/** Purchasing: purchase requests (采购申请) with their demand sources and duplicate findings, purchase orders (采购订单), receipts against them (验收). */
export class Purchasing1764100000900 implements MigrationInterface {
  name = 'Purchasing1764100000900';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE SEQUENCE "purchase_request_number_seq"`);
    await q.query(`CREATE SEQUENCE "purchase_order_number_seq"`);

    await q.query(`CREATE TABLE "purchase_request" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "status" text NOT NULL,
      "note" text, "needed_by" date, "created_at" ${ts}, "created_by_subject" text NOT NULL, "created_by_name" text NOT NULL,
      "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_subject" text, "decided_by_name" text, "decision_comment" text, "updated_at" ${ts},
      CONSTRAINT "PK_purchase_request" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_request_status_check" CHECK ("status" IN ('SUBMITTED', 'APPROVED', 'ORDERED', 'MERGED', 'REJECTED', 'CANCELLED')))`);
    await q.query(`CREATE UNIQUE INDEX "purchase_request_number_uq" ON "purchase_request" ("number")`);
    await q.query(`CREATE INDEX "purchase_request_campus_idx" ON "purchase_request" ("campus_id", "status", "created_at")`);

    await q.query(`CREATE TABLE "purchase_request_line" (
      "id" uuid NOT NULL, "purchase_request_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "status" text NOT NULL,
      "quantity" integer NOT NULL, "quantity_ordered" integer NOT NULL DEFAULT 0, "estimated_unit_cost_fen" integer,
      "duplicate_kind" text, "duplicate_of_id" uuid, "duplicate_of_number" text, "duplicate_quantity" integer, "merged_into_line_id" uuid,
      "resolution_reason" text, "resolved_by_name" text, "resolved_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_purchase_request_line" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_request_line_quantity_check" CHECK ("quantity" > 0 AND "quantity_ordered" >= 0 AND "quantity_ordered" <= "quantity"),
      CONSTRAINT "purchase_request_line_status_check" CHECK ("status" IN ('OPEN', 'FLAGGED', 'MERGED', 'DROPPED')),
      CONSTRAINT "purchase_request_line_duplicate_check" CHECK ("duplicate_kind" IS NULL OR "duplicate_kind" IN ('OPEN_REQUEST', 'APPROVED_REQUEST', 'ON_ORDER')))`);
    await q.query(`CREATE UNIQUE INDEX "purchase_request_line_request_idx" ON "purchase_request_line" ("purchase_request_id", "line_no")`);
    await q.query(`CREATE INDEX "purchase_request_line_item_idx" ON "purchase_request_line" ("item_id", "status")`);

    await q.query(`CREATE TABLE "purchase_request_source" (
      "id" uuid NOT NULL, "purchase_request_line_id" uuid NOT NULL, "kind" text NOT NULL, "department_id" uuid, "requisition_id" uuid,
      "quantity" integer NOT NULL, "note" text, CONSTRAINT "PK_purchase_request_source" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_request_source_quantity_check" CHECK ("quantity" > 0),
      CONSTRAINT "purchase_request_source_kind_check" CHECK ("kind" IN ('DEPARTMENT', 'REQUISITION_BACKORDER', 'REPLENISHMENT')))`);
    await q.query(`CREATE INDEX "purchase_request_source_line_idx" ON "purchase_request_source" ("purchase_request_line_id")`);

    await q.query(`CREATE TABLE "purchase_order" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "supplier_id" uuid NOT NULL,
      "status" text NOT NULL, "expected_on" date NOT NULL, "note" text, "ordered_at" ${ts}, "ordered_by_subject" text NOT NULL,
      "ordered_by_name" text NOT NULL, "received_in_full_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE,
      "close_reason" text, "updated_at" ${ts}, CONSTRAINT "PK_purchase_order" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_order_status_check" CHECK ("status" IN ('ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')))`);
    await q.query(`CREATE UNIQUE INDEX "purchase_order_number_uq" ON "purchase_order" ("number")`);
    await q.query(`CREATE INDEX "purchase_order_campus_idx" ON "purchase_order" ("campus_id", "status", "ordered_at")`);
    await q.query(`CREATE INDEX "purchase_order_supplier_idx" ON "purchase_order" ("supplier_id", "ordered_at")`);

    await q.query(`CREATE TABLE "purchase_order_line" (
      "id" uuid NOT NULL, "purchase_order_id" uuid NOT NULL, "line_no" integer NOT NULL, "purchase_request_line_id" uuid NOT NULL,
      "item_id" uuid NOT NULL, "quantity_ordered" integer NOT NULL, "quantity_accepted" integer NOT NULL DEFAULT 0,
      "quantity_rejected" integer NOT NULL DEFAULT 0, "unit_price_fen" integer NOT NULL, "contract_id" uuid, "contract_price_fen" integer,
      "price_exception_id" uuid, "received_in_full_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_purchase_order_line" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_order_line_quantity_check" CHECK ("quantity_ordered" > 0 AND "quantity_accepted" >= 0 AND "quantity_accepted" <= "quantity_ordered" AND "quantity_rejected" >= 0),
      CONSTRAINT "purchase_order_line_price_check" CHECK ("unit_price_fen" >= 0))`);
    await q.query(`CREATE UNIQUE INDEX "purchase_order_line_order_idx" ON "purchase_order_line" ("purchase_order_id", "line_no")`);
    await q.query(`CREATE INDEX "purchase_order_line_item_idx" ON "purchase_order_line" ("item_id")`);
    await q.query(`CREATE INDEX "purchase_order_line_request_line_idx" ON "purchase_order_line" ("purchase_request_line_id")`);

    await q.query(`ALTER TABLE "goods_receipt" ADD "purchase_order_id" uuid`);
    await q.query(`ALTER TABLE "goods_receipt" ADD "delivery_note_no" text`);
    await q.query(`ALTER TABLE "goods_receipt" ADD "invoice_no" text`);
    await q.query(`CREATE INDEX "goods_receipt_purchase_order_idx" ON "goods_receipt" ("purchase_order_id")`);

    await q.query(`CREATE TABLE "purchase_receipt_line" (
      "id" uuid NOT NULL, "goods_receipt_id" uuid NOT NULL, "line_no" integer NOT NULL, "purchase_order_line_id" uuid NOT NULL,
      "item_id" uuid NOT NULL, "quantity_delivered" integer NOT NULL, "quantity_accepted" integer NOT NULL, "quantity_rejected" integer NOT NULL,
      "rejection_reason" text, "rejection_note" text, "lot_id" uuid, CONSTRAINT "PK_purchase_receipt_line" PRIMARY KEY ("id"),
      CONSTRAINT "purchase_receipt_line_quantity_check" CHECK ("quantity_accepted" >= 0 AND "quantity_rejected" >= 0 AND "quantity_delivered" = "quantity_accepted" + "quantity_rejected" AND "quantity_delivered" > 0))`);
    await q.query(`CREATE UNIQUE INDEX "purchase_receipt_line_receipt_idx" ON "purchase_receipt_line" ("goods_receipt_id", "line_no")`);
    await q.query(`CREATE INDEX "purchase_receipt_line_order_line_idx" ON "purchase_receipt_line" ("purchase_order_line_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "purchase_receipt_line"`);
    await q.query(`DROP INDEX "goods_receipt_purchase_order_idx"`);
    await q.query(`ALTER TABLE "goods_receipt" DROP COLUMN "invoice_no"`);
    await q.query(`ALTER TABLE "goods_receipt" DROP COLUMN "delivery_note_no"`);
    await q.query(`ALTER TABLE "goods_receipt" DROP COLUMN "purchase_order_id"`);
    await q.query(`DROP TABLE "purchase_order_line"`);
    await q.query(`DROP TABLE "purchase_order"`);
    await q.query(`DROP TABLE "purchase_request_source"`);
    await q.query(`DROP TABLE "purchase_request_line"`);
    await q.query(`DROP TABLE "purchase_request"`);
    await q.query(`DROP SEQUENCE "purchase_order_number_seq"`);
    await q.query(`DROP SEQUENCE "purchase_request_number_seq"`);
  }
}
