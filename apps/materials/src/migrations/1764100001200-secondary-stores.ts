import { MigrationInterface, QueryRunner } from 'typeorm';

/** A campus has one central store (总库) and any number of secondary stores (二级库: wards, emergency, theatres). */
export class SecondaryStores1764100001200 implements MigrationInterface {
  name = 'SecondaryStores1764100001200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "warehouse" ADD "kind" text NOT NULL DEFAULT 'CENTRAL'`);
    await q.query(`ALTER TABLE "warehouse" ADD CONSTRAINT "warehouse_kind_check" CHECK ("kind" IN ('CENTRAL', 'SECONDARY'))`);
    await q.query(`DROP INDEX "warehouse_campus_uq"`);
    await q.query(`CREATE UNIQUE INDEX "warehouse_central_uq" ON "warehouse" ("campus_id") WHERE "kind" = 'CENTRAL'`);
    await q.query(`CREATE INDEX "warehouse_campus_idx" ON "warehouse" ("campus_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "warehouse" WHERE "kind" = 'SECONDARY'`);
    await q.query(`DROP INDEX "warehouse_campus_idx"`);
    await q.query(`DROP INDEX "warehouse_central_uq"`);
    await q.query(`CREATE UNIQUE INDEX "warehouse_campus_uq" ON "warehouse" ("campus_id")`);
    await q.query(`ALTER TABLE "warehouse" DROP CONSTRAINT "warehouse_kind_check"`);
    await q.query(`ALTER TABLE "warehouse" DROP COLUMN "kind"`);
  }
}
