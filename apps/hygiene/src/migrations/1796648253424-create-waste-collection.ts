import { MigrationInterface, QueryRunner } from 'typeorm';

/** Medical waste loads from ward to disposal (`waste_collection`) and the storage job's alerts (`waste_storage_alert`). */
export class CreateWasteCollection1796648253424 implements MigrationInterface {
  name = 'CreateWasteCollection1796648253424';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "waste_collection" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "container_id" uuid NOT NULL, "department_id" uuid NOT NULL, "category" text NOT NULL,
      "weight_grams" integer NOT NULL, "status" text NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "collected_by" text NOT NULL,
      "collector_staff_id" uuid, "collector_name" text NOT NULL, "handed_over_at" TIMESTAMP WITH TIME ZONE, "ward_signer_staff_id" uuid,
      "ward_signer_name" text, "stored_at" TIMESTAMP WITH TIME ZONE, "transfer_id" uuid, "transferred_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_waste_collection" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "waste_collection_campus_status_idx" ON "waste_collection" ("campus_id", "status")`);
    await q.query(`CREATE INDEX "waste_collection_campus_collected_idx" ON "waste_collection" ("campus_id", "collected_at")`);
    await q.query(`CREATE INDEX "waste_collection_transfer_idx" ON "waste_collection" ("transfer_id")`);
    await q.query(`CREATE UNIQUE INDEX "waste_collection_open_container_uq" ON "waste_collection" ("container_id") WHERE "status" <> 'TRANSFERRED'`);
    await q.query(`CREATE TABLE "waste_storage_alert" (
      "collection_id" uuid NOT NULL, "threshold" text NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_waste_storage_alert" PRIMARY KEY ("collection_id", "threshold"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "waste_storage_alert"`);
    await q.query(`DROP TABLE "waste_collection"`);
  }
}
