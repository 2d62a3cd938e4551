import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reorder points become stock policies (fill-up level, lead time, reserve in days of cover); reserve alerts. */
export class StockPolicy1764100000700 implements MigrationInterface {
  name = 'StockPolicy1764100000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reorder_point" ADD "max_level" integer`);
    await q.query(`ALTER TABLE "reorder_point" ADD "lead_time_days" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "reorder_point" ADD "reserve_days" integer`);
    await q.query(`CREATE TABLE "stock_cover_alert" ("id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "item_id" uuid NOT NULL,
      "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cleared_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_stock_cover_alert" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "stock_cover_alert_open_uq" ON "stock_cover_alert" ("warehouse_id", "item_id") WHERE "cleared_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "stock_cover_alert"`);
    for (const column of ['reserve_days', 'lead_time_days', 'max_level']) await q.query(`ALTER TABLE "reorder_point" DROP COLUMN "${column}"`);
  }
}
