import { MigrationInterface, QueryRunner } from 'typeorm';

/** notifications (the `notification` table). */
export class CreateNotification1796606697106 implements MigrationInterface {
  name = 'CreateNotification1796606697106';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL, CONSTRAINT "PK_notification" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "notification_campus_name_uq" ON "notification" ("campus_id", "name")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"`);
  }
}
