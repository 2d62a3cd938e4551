import { MigrationInterface, QueryRunner } from 'typeorm';

/** HIS 编码 on locations (ward, room, bed as PV1-3 sends them), unique among a parent's locations. */
export class LocationHisCode1796650000000 implements MigrationInterface {
  name = 'LocationHisCode1796650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "location" ADD "his_code" text`);
    // A top-level location's siblings are its campus's other top-level ones: the campus stands in for the missing parent.
    await q.query(
      `CREATE UNIQUE INDEX "location_his_code_uq" ON "location" ("campus_id", COALESCE("parent_id", "campus_id"), "his_code") WHERE "his_code" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "location_his_code_uq"`);
    await q.query(`ALTER TABLE "location" DROP COLUMN "his_code"`);
  }
}
