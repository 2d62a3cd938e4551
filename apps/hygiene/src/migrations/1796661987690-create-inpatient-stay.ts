import { MigrationInterface, QueryRunner } from 'typeorm';

/** Inpatient stays from the HIS feed (the `inpatient_stay` table), for occupied bed-days. */
export class CreateInpatientStay1796661987690 implements MigrationInterface {
  name = 'CreateInpatientStay1796661987690';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "inpatient_stay" (
      "encounter_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "ward_id" uuid, "admitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "discharged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_inpatient_stay" PRIMARY KEY ("encounter_id"))`);
    await q.query(`CREATE INDEX "inpatient_stay_campus_admitted_idx" ON "inpatient_stay" ("campus_id", "admitted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inpatient_stay"`);
  }
}
