import { MigrationInterface, QueryRunner } from 'typeorm';

/** zones (the `zone` table). */
export class CreateZone1796648152785 implements MigrationInterface {
  name = 'CreateZone1796648152785';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "zone" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "risk_level" text NOT NULL,
      "location_ids" uuid array NOT NULL, "active" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL, CONSTRAINT "PK_zone" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "zone_campus_name_uq" ON "zone" ("campus_id", "name")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "zone"`);
  }
}
