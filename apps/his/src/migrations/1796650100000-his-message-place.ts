import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where an accepted ADT event happened (its campus and location, from PV1-3 and org's HIS codes). */
export class HisMessagePlace1796650100000 implements MigrationInterface {
  name = 'HisMessagePlace1796650100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "his_message" ADD "campus_id" uuid`);
    await q.query(`ALTER TABLE "his_message" ADD "location_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "his_message" DROP COLUMN "location_id"`);
    await q.query(`ALTER TABLE "his_message" DROP COLUMN "campus_id"`);
  }
}
