import { MigrationInterface, QueryRunner } from 'typeorm';

/** Expiry (效期): the once-only alert record per lot and threshold, and the quarantine of expired lots. */
export class LotExpiry1764100000300 implements MigrationInterface {
  name = 'LotExpiry1764100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stock_lot" ADD "quarantined_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "stock_lot" ADD CONSTRAINT "stock_lot_quarantine_check" CHECK ("quarantined_at" IS NULL OR "expires_on" IS NOT NULL)`);
    await q.query(`CREATE INDEX "stock_lot_expiry_idx" ON "stock_lot" ("expires_on", "id") WHERE "quantity_remaining" > 0 AND "expires_on" IS NOT NULL`);
    await q.query(`CREATE TABLE "lot_expiry_alert" (
      "lot_id" uuid NOT NULL, "threshold" text NOT NULL, "announced" boolean NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_lot_expiry_alert" PRIMARY KEY ("lot_id", "threshold"),
      CONSTRAINT "lot_expiry_alert_threshold_check" CHECK ("threshold" IN ('DAYS_90', 'DAYS_30', 'DAYS_7')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "lot_expiry_alert"`);
    await q.query(`DROP INDEX "stock_lot_expiry_idx"`);
    await q.query(`ALTER TABLE "stock_lot" DROP CONSTRAINT "stock_lot_quarantine_check"`);
    await q.query(`ALTER TABLE "stock_lot" DROP COLUMN "quarantined_at"`);
  }
}
