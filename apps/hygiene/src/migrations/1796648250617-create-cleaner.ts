import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cleaners: org staff with their zones and infection-control training record. */
export class CreateCleaner1796648250617 implements MigrationInterface {
  name = 'CreateCleaner1796648250617';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "cleaner" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "zone_ids" uuid array NOT NULL, "trained_on" date, "trained_until" date,
      "training_certificate_no" text, "active" boolean NOT NULL, "last_assigned_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL, CONSTRAINT "PK_cleaner" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "cleaner_campus_idx" ON "cleaner" ("campus_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cleaner"`);
  }
}
