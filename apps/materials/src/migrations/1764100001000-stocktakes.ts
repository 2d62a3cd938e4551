import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stocktakes (盘点): the count with its snapshot of the books, the count sheet's lines and every count entered. */
export class Stocktakes1764100001000 implements MigrationInterface {
  name = 'Stocktakes1764100001000';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE';
    await q.query(`CREATE SEQUENCE "stocktake_number_seq"`);

    await q.query(`CREATE TABLE "stocktake" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "scope" text NOT NULL,
      "item_ids" uuid array NOT NULL, "categories" text array NOT NULL, "status" text NOT NULL, "note" text, "snapshot_at" ${ts} NOT NULL,
      "started_by_subject" text NOT NULL, "started_by_name" text NOT NULL, "finished_at" ${ts}, "finished_by_name" text,
      "approved_at" ${ts}, "approved_by_subject" text, "approved_by_name" text, "approval_comment" text, "stock_adjustment_id" uuid,
      "rejected_at" ${ts}, "rejected_by_name" text, "rejection_reason" text, "cancelled_at" ${ts}, "cancelled_by_name" text,
      "cancel_reason" text, "updated_at" ${ts} NOT NULL,
      CONSTRAINT "PK_stocktake" PRIMARY KEY ("id"),
      CONSTRAINT "stocktake_status_check" CHECK ("status" IN ('COUNTING', 'REVIEW', 'APPROVED', 'CANCELLED')),
      CONSTRAINT "stocktake_scope_check" CHECK ("scope" IN ('FULL', 'CYCLE')))`);
    await q.query(`CREATE UNIQUE INDEX "stocktake_number_uq" ON "stocktake" ("number")`);
    await q.query(`CREATE INDEX "stocktake_warehouse_idx" ON "stocktake" ("warehouse_id", "status")`);
    await q.query(`CREATE INDEX "stocktake_campus_approved_idx" ON "stocktake" ("campus_id", "approved_at")`);

    await q.query(`CREATE TABLE "stocktake_line" (
      "id" uuid NOT NULL, "stocktake_id" uuid NOT NULL, "line_no" integer NOT NULL, "item_id" uuid NOT NULL, "lot_id" uuid,
      "book_quantity" integer NOT NULL, "book_value_fen" integer NOT NULL, "unit_cost_fen" integer, "counted_quantity" integer,
      "counted_at" ${ts}, "counted_by_subject" text, "counted_by_name" text, "expected_quantity" integer, "expected_value_fen" integer,
      "variance_value_fen" integer, CONSTRAINT "PK_stocktake_line" PRIMARY KEY ("id"),
      CONSTRAINT "stocktake_line_quantities_check" CHECK ("book_quantity" >= 0 AND ("counted_quantity" IS NULL OR "counted_quantity" >= 0)))`);
    await q.query(`CREATE UNIQUE INDEX "stocktake_line_stocktake_idx" ON "stocktake_line" ("stocktake_id", "line_no")`);
    await q.query(`CREATE INDEX "stocktake_line_item_idx" ON "stocktake_line" ("item_id")`);

    await q.query(`CREATE TABLE "stocktake_count" (
      "id" uuid NOT NULL, "stocktake_id" uuid NOT NULL, "stocktake_line_id" uuid NOT NULL, "item_id" uuid NOT NULL, "lot_id" uuid,
      "counted_quantity" integer NOT NULL, "expected_quantity" integer NOT NULL, "counted_at" ${ts} NOT NULL, "counted_by_subject" text NOT NULL,
      "counted_by_name" text NOT NULL, "missing_as_zero" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_stocktake_count" PRIMARY KEY ("id"),
      CONSTRAINT "stocktake_count_quantity_check" CHECK ("counted_quantity" >= 0))`);
    await q.query(`CREATE INDEX "stocktake_count_stocktake_idx" ON "stocktake_count" ("stocktake_id", "counted_at")`);
    await q.query(`CREATE INDEX "stocktake_count_line_idx" ON "stocktake_count" ("stocktake_line_id", "counted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['stocktake_count', 'stocktake_line', 'stocktake']) await q.query(`DROP TABLE "${table}"`);
    await q.query(`DROP SEQUENCE "stocktake_number_seq"`);
  }
}
