import { MigrationInterface, QueryRunner } from 'typeorm';

/** Transfers between warehouses (调拨, in transit until received), returns (退库) and adjustments (调整). */
export class TransfersReturnsAdjustments1764100000200 implements MigrationInterface {
  name = 'TransfersReturnsAdjustments1764100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "stock_transfer" (
      "id" uuid NOT NULL, "from_warehouse_id" uuid NOT NULL, "to_warehouse_id" uuid NOT NULL, "from_campus_id" uuid NOT NULL,
      "to_campus_id" uuid NOT NULL, "status" text NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_by" text NOT NULL,
      "dispatched_by_name" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE, "received_by" text, "received_by_name" text, "note" text,
      CONSTRAINT "PK_stock_transfer" PRIMARY KEY ("id"),
      CONSTRAINT "stock_transfer_warehouses_check" CHECK ("from_warehouse_id" <> "to_warehouse_id"),
      CONSTRAINT "stock_transfer_status_check" CHECK (("status" = 'IN_TRANSIT' AND "received_at" IS NULL AND "received_by" IS NULL) OR ("status" = 'RECEIVED' AND "received_at" IS NOT NULL AND "received_by" IS NOT NULL)))`);
    await q.query(`CREATE INDEX "stock_transfer_from_idx" ON "stock_transfer" ("from_warehouse_id", "status")`);
    await q.query(`CREATE INDEX "stock_transfer_to_idx" ON "stock_transfer" ("to_warehouse_id", "status")`);

    await q.query(`CREATE TABLE "stock_transfer_line" (
      "id" uuid NOT NULL, "stock_transfer_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "source_lot_id" uuid NOT NULL,
      "quantity" integer NOT NULL, "unit_cost_fen" integer NOT NULL, "expires_on" date, "batch_no" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "destination_lot_id" uuid, CONSTRAINT "PK_stock_transfer_line" PRIMARY KEY ("id"),
      CONSTRAINT "stock_transfer_line_quantity_check" CHECK ("quantity" > 0))`);
    await q.query(`CREATE UNIQUE INDEX "stock_transfer_line_transfer_idx" ON "stock_transfer_line" ("stock_transfer_id", "line_no")`);
    await q.query(`CREATE INDEX "stock_transfer_line_source_lot_idx" ON "stock_transfer_line" ("source_lot_id")`);

    await q.query(`CREATE TABLE "stock_return" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "stock_issue_id" uuid NOT NULL, "department_id" uuid NOT NULL,
      "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "total_cost_fen" integer NOT NULL, "reason" text NOT NULL, "returned_by_subject" text NOT NULL,
      "returned_by_name" text NOT NULL, CONSTRAINT "PK_stock_return" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_return_department_idx" ON "stock_return" ("department_id", "returned_at")`);
    await q.query(`CREATE INDEX "stock_return_issue_idx" ON "stock_return" ("stock_issue_id")`);

    await q.query(`CREATE TABLE "stock_return_line" (
      "id" uuid NOT NULL, "stock_return_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "quantity" integer NOT NULL,
      "cost_fen" integer NOT NULL, CONSTRAINT "PK_stock_return_line" PRIMARY KEY ("id"),
      CONSTRAINT "stock_return_line_quantity_check" CHECK ("quantity" > 0))`);
    await q.query(`CREATE INDEX "stock_return_line_return_idx" ON "stock_return_line" ("stock_return_id", "line_no")`);

    await q.query(`CREATE TABLE "stock_return_lot" (
      "id" uuid NOT NULL, "stock_return_id" uuid NOT NULL, "stock_return_line_id" uuid NOT NULL, "put_no" integer NOT NULL,
      "stock_issue_lot_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_cost_fen" integer NOT NULL,
      CONSTRAINT "PK_stock_return_lot" PRIMARY KEY ("id"), CONSTRAINT "stock_return_lot_quantity_check" CHECK ("quantity" > 0))`);
    await q.query(`CREATE INDEX "stock_return_lot_return_idx" ON "stock_return_lot" ("stock_return_id", "put_no")`);
    await q.query(`CREATE INDEX "stock_return_lot_draw_idx" ON "stock_return_lot" ("stock_issue_lot_id")`);

    await q.query(`CREATE TABLE "stock_adjustment" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "reason" text NOT NULL, "note" text,
      "adjusted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "adjusted_by_subject" text NOT NULL, "adjusted_by_name" text NOT NULL,
      CONSTRAINT "PK_stock_adjustment" PRIMARY KEY ("id"),
      CONSTRAINT "stock_adjustment_reason_check" CHECK ("reason" IN ('COUNT_DIFFERENCE', 'DAMAGED', 'EXPIRED_WRITE_OFF', 'FOUND', 'OTHER')))`);
    await q.query(`CREATE INDEX "stock_adjustment_warehouse_idx" ON "stock_adjustment" ("warehouse_id", "adjusted_at")`);

    await q.query(`CREATE TABLE "stock_adjustment_line" (
      "id" uuid NOT NULL, "stock_adjustment_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "counted_lot_id" uuid NOT NULL,
      "lot_id" uuid NOT NULL, "quantity_delta" integer NOT NULL, "unit_cost_fen" integer NOT NULL,
      CONSTRAINT "PK_stock_adjustment_line" PRIMARY KEY ("id"), CONSTRAINT "stock_adjustment_line_delta_check" CHECK ("quantity_delta" <> 0))`);
    await q.query(`CREATE INDEX "stock_adjustment_line_adjustment_idx" ON "stock_adjustment_line" ("stock_adjustment_id", "line_no")`);
    await q.query(`CREATE INDEX "stock_adjustment_line_lot_idx" ON "stock_adjustment_line" ("counted_lot_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'stock_adjustment_line',
      'stock_adjustment',
      'stock_return_lot',
      'stock_return_line',
      'stock_return',
      'stock_transfer_line',
      'stock_transfer',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
