import { MigrationInterface, QueryRunner } from 'typeorm';

/** Encounters and the ADT events they replay (the `encounter` and `adt_event` tables). */
export class CreateEncounters1796650200000 implements MigrationInterface {
  name = 'CreateEncounters1796650200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "encounter" (
      "id" uuid NOT NULL, "visit_number" text NOT NULL, "status" text, "campus_id" uuid, "location_id" uuid, "ward_id" uuid,
      "department_id" uuid, "admitted_at" TIMESTAMP WITH TIME ZONE, "discharged_at" TIMESTAMP WITH TIME ZONE,
      "precautions" text array NOT NULL, "diet_code" text NOT NULL, "held_cancels" integer NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_encounter" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "encounter_visit_number_uq" ON "encounter" ("visit_number")`);
    await q.query(`CREATE TABLE "adt_event" (
      "id" uuid NOT NULL, "encounter_id" uuid NOT NULL, "trigger" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "patient_class" text NOT NULL, "campus_id" uuid, "location_id" uuid, "ward_id" uuid, "department_id" uuid,
      "admitted_at" TIMESTAMP WITH TIME ZONE, "discharged_at" TIMESTAMP WITH TIME ZONE, "precautions" text array NOT NULL,
      "diet_code" text NOT NULL, CONSTRAINT "PK_adt_event" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "adt_event_encounter_idx" ON "adt_event" ("encounter_id", "occurred_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "adt_event"`);
    await q.query(`DROP TABLE "encounter"`);
  }
}
