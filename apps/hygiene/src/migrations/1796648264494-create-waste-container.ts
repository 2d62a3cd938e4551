import { MigrationInterface, QueryRunner } from 'typeorm';

/** QR-labelled medical waste containers (the `waste_container` table). */
export class CreateWasteContainer1796648264494 implements MigrationInterface {
  name = 'CreateWasteContainer1796648264494';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "waste_container" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "department_id" uuid NOT NULL, "category" text NOT NULL, "kind" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL, CONSTRAINT "PK_waste_container" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "waste_container_campus_department_idx" ON "waste_container" ("campus_id", "department_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "waste_container"`);
  }
}
