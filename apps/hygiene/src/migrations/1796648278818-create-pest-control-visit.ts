import { MigrationInterface, QueryRunner } from 'typeorm';

/** Pest control (除四害, 白蚁防治): contractors' visits, their findings per area and the follow-ups opened from them. */
export class CreatePestControlVisit1796648278818 implements MigrationInterface {
  name = 'CreatePestControlVisit1796648278818';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "pest_control_visit" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "contractor_id" uuid NOT NULL, "service" text NOT NULL, "visited_on" date NOT NULL,
      "method" text NOT NULL, "agent" text, "location_ids" uuid array NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL,
      CONSTRAINT "PK_pest_control_visit" PRIMARY KEY ("id"),
      CONSTRAINT "pest_control_visit_service_check" CHECK ("service" IN ('PEST_CONTROL', 'TERMITE_CONTROL')))`);
    await q.query(`CREATE INDEX "pest_control_visit_campus_idx" ON "pest_control_visit" ("campus_id", "visited_on")`);
    await q.query(`CREATE TABLE "pest_finding" (
      "id" uuid NOT NULL, "visit_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "location_id" uuid NOT NULL, "pest" text NOT NULL,
      "sighted" boolean NOT NULL, "density" double precision, "note" text,
      CONSTRAINT "PK_pest_finding" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "pest_finding_visit_idx" ON "pest_finding" ("visit_id")`);
    await q.query(`CREATE TABLE "pest_follow_up" (
      "id" uuid NOT NULL, "finding_id" uuid NOT NULL, "visit_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "location_id" uuid NOT NULL,
      "pest" text NOT NULL, "action" text NOT NULL, "status" text NOT NULL, "due_on" date NOT NULL, "rechecked_on" date, "recheck_note" text,
      "overdue_alerted_for" date, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by" text NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_pest_follow_up" PRIMARY KEY ("id"),
      CONSTRAINT "pest_follow_up_status_check" CHECK ("status" IN ('OPEN', 'CLOSED')))`);
    await q.query(`CREATE UNIQUE INDEX "pest_follow_up_open_uq" ON "pest_follow_up" ("finding_id") WHERE "status" = 'OPEN'`);
    await q.query(`CREATE INDEX "pest_follow_up_due_idx" ON "pest_follow_up" ("status", "due_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pest_follow_up"`);
    await q.query(`DROP TABLE "pest_finding"`);
    await q.query(`DROP TABLE "pest_control_visit"`);
  }
}
