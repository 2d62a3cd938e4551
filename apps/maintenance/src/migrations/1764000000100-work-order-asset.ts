import { MigrationInterface, QueryRunner } from 'typeorm';

/** A repair request may name the asset at fault (扫码报修 on an asset); its history is the asset's work history. */
export class WorkOrderAsset1764000000100 implements MigrationInterface {
  name = 'WorkOrderAsset1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" ADD "asset_id" uuid`);
    await q.query(`CREATE INDEX "work_order_asset_idx" ON "work_order" ("asset_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "work_order_asset_idx"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "asset_id"`);
  }
}
