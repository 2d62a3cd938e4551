import { MigrationInterface, QueryRunner } from 'typeorm';

/** The requester's comment at sign-off (维修签单), kept with the rating for satisfaction reports. */
export class RequesterFeedback1764000000190 implements MigrationInterface {
  name = 'RequesterFeedback1764000000190';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" ADD "feedback" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "feedback"`);
  }
}
