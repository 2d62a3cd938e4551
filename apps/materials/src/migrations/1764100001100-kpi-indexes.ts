import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materials KPIs read a campus's ledger by time (a month and its trailing 90 days, never all of it) and its lots by
 * expiry date (the lots that expired in a month, including those since written off, which the in-stock index skips).
 */
export class KpiIndexes1764100001100 implements MigrationInterface {
  name = 'KpiIndexes1764100001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "stock_movement_campus_idx" ON "stock_movement" ("campus_id", "occurred_at")`);
    await q.query(`CREATE INDEX "stock_lot_campus_expiry_idx" ON "stock_lot" ("campus_id", "expires_on") WHERE "expires_on" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "stock_lot_campus_expiry_idx"`);
    await q.query(`DROP INDEX "stock_movement_campus_idx"`);
  }
}
