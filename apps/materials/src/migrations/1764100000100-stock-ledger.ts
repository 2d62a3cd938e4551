import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The immutable stock ledger, with a trigger against UPDATE and DELETE, and the movements behind the lots and
 * issues that already exist (a receipt per lot, an issue per lot drawn), so every lot's balance is the sum of
 * its movements from the start. Also: items that track expiry (FEFO), and an index of the lots with stock.
 */
export class StockLedger1764100000100 implements MigrationInterface {
  name = 'StockLedger1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "stock_movement" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL,
      "item_id" uuid NOT NULL, "lot_id" uuid NOT NULL, "kind" text NOT NULL, "quantity" integer NOT NULL, "unit_cost_fen" integer NOT NULL,
      "department_id" uuid, "document_type" text NOT NULL, "document_id" uuid NOT NULL, "reason" text,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, CONSTRAINT "PK_stock_movement" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "stock_movement_lot_idx" ON "stock_movement" ("lot_id", "occurred_at")`);
    await q.query(`CREATE INDEX "stock_movement_warehouse_idx" ON "stock_movement" ("warehouse_id", "item_id", "occurred_at")`);
    await q.query(`CREATE INDEX "stock_movement_document_idx" ON "stock_movement" ("document_id")`);
    await q.query(`CREATE FUNCTION stock_movement_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'stock_movement rows are immutable: record a correcting movement instead'; END $$`);
    await q.query(`CREATE TRIGGER stock_movement_immutable BEFORE UPDATE OR DELETE ON "stock_movement"
      FOR EACH ROW EXECUTE FUNCTION stock_movement_is_immutable()`);
    // The lots and issues booked before the ledger existed. Ids are derived (md5 of the source row), so
    // the backfill is deterministic; occurred_at is when the receipt or issue happened.
    await q.query(`INSERT INTO stock_movement (id, campus_id, warehouse_id, item_id, lot_id, kind, quantity, unit_cost_fen, department_id,
        document_type, document_id, reason, occurred_at, recorded_by)
      SELECT md5('receipt:' || lot.id)::uuid, lot.campus_id, lot.warehouse_id, lot.item_id, lot.id, 'RECEIPT', lot.quantity_received,
        lot.unit_cost_fen, NULL, 'GoodsReceipt', lot.goods_receipt_id, NULL, lot.received_at, 'ledger-backfill'
      FROM stock_lot lot`);
    await q.query(`INSERT INTO stock_movement (id, campus_id, warehouse_id, item_id, lot_id, kind, quantity, unit_cost_fen, department_id,
        document_type, document_id, reason, occurred_at, recorded_by)
      SELECT md5('issue:' || draw.id)::uuid, issue.campus_id, issue.warehouse_id, lot.item_id, draw.lot_id, 'ISSUE', -draw.quantity,
        draw.unit_cost_fen, issue.department_id, 'StockIssue', issue.id, NULL, issue.issued_at, 'ledger-backfill'
      FROM stock_issue_lot draw JOIN stock_issue issue ON issue.id = draw.stock_issue_id JOIN stock_lot lot ON lot.id = draw.lot_id`);
    await q.query(`ALTER TABLE "item" ADD "tracks_expiry" boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX "stock_lot_in_stock_idx" ON "stock_lot" ("warehouse_id", "item_id") WHERE "quantity_remaining" > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "stock_lot_in_stock_idx"`);
    await q.query(`ALTER TABLE "item" DROP COLUMN "tracks_expiry"`);
    await q.query(`DROP TABLE "stock_movement"`);
    await q.query(`DROP FUNCTION stock_movement_is_immutable()`);
  }
}
