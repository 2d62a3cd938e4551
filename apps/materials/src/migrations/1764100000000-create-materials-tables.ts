import { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue, warehouses, lots and receipts, issues with their lot draws, shortages, reorder points. */
export class CreateMaterialsTables1764100000000 implements MigrationInterface {
  name = 'CreateMaterialsTables1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "item" (
      "id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "name_en" text, "unit" text NOT NULL, "category" text NOT NULL,
      "active" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_item" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "item_code_uq" ON "item" ("code")`);

    await q.query(`CREATE TABLE "warehouse" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_warehouse" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "warehouse_campus_uq" ON "warehouse" ("campus_id")`);

    await q.query(`CREATE TABLE "goods_receipt" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "supplier_name" text,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_by_subject" text NOT NULL, "received_by_name" text NOT NULL,
      CONSTRAINT "PK_goods_receipt" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "goods_receipt_warehouse_idx" ON "goods_receipt" ("warehouse_id", "received_at")`);

    await q.query(`CREATE TABLE "stock_lot" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "item_id" uuid NOT NULL, "goods_receipt_id" uuid NOT NULL,
      "batch_no" text, "quantity_received" integer NOT NULL, "quantity_remaining" integer NOT NULL, "unit_cost_fen" integer NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_on" date,
      CONSTRAINT "PK_stock_lot" PRIMARY KEY ("id"),
      CONSTRAINT "stock_lot_quantity_remaining_check" CHECK ("quantity_remaining" >= 0 AND "quantity_remaining" <= "quantity_received"))`);
    await q.query(`CREATE INDEX "stock_lot_fifo_idx" ON "stock_lot" ("warehouse_id", "item_id", "received_at", "id")`);
    await q.query(`CREATE INDEX "stock_lot_goods_receipt_idx" ON "stock_lot" ("goods_receipt_id")`);

    await q.query(`CREATE TABLE "reorder_point" (
      "warehouse_id" uuid NOT NULL, "item_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "reorder_point" integer NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_reorder_point" PRIMARY KEY ("warehouse_id", "item_id"))`);

    await q.query(`CREATE TABLE "stock_issue" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "department_id" uuid NOT NULL, "work_order_id" uuid,
      "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "total_cost_fen" integer NOT NULL, "note" text, "issued_by_subject" text NOT NULL,
      "issued_by_name" text NOT NULL, CONSTRAINT "PK_stock_issue" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_issue_department_idx" ON "stock_issue" ("department_id", "issued_at")`);
    await q.query(`CREATE INDEX "stock_issue_work_order_idx" ON "stock_issue" ("work_order_id")`);
    await q.query(`CREATE INDEX "stock_issue_warehouse_idx" ON "stock_issue" ("warehouse_id")`);

    await q.query(`CREATE TABLE "stock_issue_line" (
      "id" uuid NOT NULL, "stock_issue_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "quantity" integer NOT NULL,
      "cost_fen" integer NOT NULL, CONSTRAINT "PK_stock_issue_line" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_issue_line_issue_idx" ON "stock_issue_line" ("stock_issue_id", "line_no")`);

    await q.query(`CREATE TABLE "stock_issue_lot" (
      "id" uuid NOT NULL, "stock_issue_id" uuid NOT NULL, "stock_issue_line_id" uuid NOT NULL, "draw_no" integer NOT NULL, "lot_id" uuid NOT NULL, "quantity" integer NOT NULL,
      "unit_cost_fen" integer NOT NULL, CONSTRAINT "PK_stock_issue_lot" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_issue_lot_issue_idx" ON "stock_issue_lot" ("stock_issue_id", "draw_no")`);
    await q.query(`CREATE INDEX "stock_issue_lot_lot_idx" ON "stock_issue_lot" ("lot_id")`);

    await q.query(`CREATE TABLE "stock_shortage" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid, "department_id" uuid NOT NULL, "work_order_id" uuid,
      "item_id" uuid NOT NULL, "requested" integer NOT NULL, "available" integer NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_stock_shortage" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_shortage_campus_idx" ON "stock_shortage" ("campus_id", "recorded_at")`);
    await q.query(`CREATE INDEX "stock_shortage_warehouse_idx" ON "stock_shortage" ("warehouse_id")`);
    await q.query(`CREATE INDEX "stock_shortage_work_order_idx" ON "stock_shortage" ("work_order_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'stock_shortage',
      'stock_issue_lot',
      'stock_issue_line',
      'stock_issue',
      'reorder_point',
      'stock_lot',
      'goods_receipt',
      'warehouse',
      'item',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
