import { MigrationInterface, QueryRunner } from 'typeorm';

/** Beds' statuses (HL7 table 0116), moved by the HIS feed, cleaning and staff. */
export class CreateBedStatus1796650400000 implements MigrationInterface {
  name = 'CreateBedStatus1796650400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "bed_status" (
      "bed_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "ward_id" uuid, "status" text NOT NULL,
      "since" TIMESTAMP WITH TIME ZONE NOT NULL, "encounter_id" uuid, "precautions" text array NOT NULL, "source" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bed_status" PRIMARY KEY ("bed_id"))`);
    await q.query(`CREATE INDEX "bed_status_ward_idx" ON "bed_status" ("ward_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "bed_status"`);
  }
}
