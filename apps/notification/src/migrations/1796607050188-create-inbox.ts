import { MigrationInterface, QueryRunner } from 'typeorm';

/** inboxes (the `inbox` table). */
export class CreateInbox1796607050188 implements MigrationInterface {
  name = 'CreateInbox1796607050188';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "inbox" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL, CONSTRAINT "PK_inbox" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inbox_campus_name_uq" ON "inbox" ("campus_id", "name")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inbox"`);
  }
}
