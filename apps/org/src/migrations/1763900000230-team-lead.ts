import { MigrationInterface, QueryRunner } from 'typeorm';

/** 班组长: each crew may name a lead, whom alerts about the crew's work reach first. */
export class TeamLead1763900000230 implements MigrationInterface {
  name = 'TeamLead1763900000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "team" ADD "lead_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "team" DROP COLUMN "lead_id"`);
  }
}
