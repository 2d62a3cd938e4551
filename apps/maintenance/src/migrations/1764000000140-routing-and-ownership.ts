import { MigrationInterface, QueryRunner } from 'typeorm';

/** Campus routing tables (category and place → team), and the first responder who owns each order (首问负责制). */
export class RoutingAndOwnership1764000000140 implements MigrationInterface {
  name = 'RoutingAndOwnership1764000000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "routing_rule" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "category" text NOT NULL, "building_id" uuid, "location_id" uuid,
      "team_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL,
      CONSTRAINT "PK_routing_rule" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "routing_rule_campus_idx" ON "routing_rule" ("campus_id")`);
    await q.query(`ALTER TABLE "work_order" ADD "owner_subject" text`);
    await q.query(`ALTER TABLE "work_order" ADD "owner_name" text`);
    await q.query(`ALTER TABLE "work_order" ADD "owner_staff_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "owner_staff_id"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "owner_name"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "owner_subject"`);
    await q.query(`DROP TABLE "routing_rule"`);
  }
}
