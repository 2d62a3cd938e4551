import { MigrationInterface, QueryRunner } from 'typeorm';

/** The asset register (设备台账): assets, inspection certificates of special equipment and the alerts sent about them. */
export class CreateAssets1764000000120 implements MigrationInterface {
  name = 'CreateAssets1764000000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "asset" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "location_id" uuid NOT NULL, "department_id" uuid NOT NULL,
      "parent_asset_id" uuid, "asset_no" text NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "criticality" text NOT NULL,
      "registration_no" text, "manufacturer" text, "model" text, "serial_no" text, "commissioned_on" date NOT NULL,
      "warranty_ends_on" date, "status" text NOT NULL, "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "current_certificate_id" uuid, "certificate_valid_until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_asset" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "asset_campus_asset_no_uq" ON "asset" ("campus_id", "asset_no")`);
    await q.query(`CREATE INDEX "asset_campus_category_idx" ON "asset" ("campus_id", "category")`);
    await q.query(`CREATE INDEX "asset_location_idx" ON "asset" ("location_id")`);
    await q.query(`CREATE INDEX "asset_parent_idx" ON "asset" ("parent_asset_id")`);
    await q.query(`CREATE INDEX "asset_certificate_valid_until_idx" ON "asset" ("certificate_valid_until")`);
    await q.query(`CREATE TABLE "inspection_certificate" (
      "id" uuid NOT NULL, "asset_id" uuid NOT NULL, "certificate_no" text NOT NULL, "inspected_on" date NOT NULL,
      "valid_until" date NOT NULL, "inspection_body" text NOT NULL, "recorded_by_subject" text NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_inspection_certificate" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_certificate_asset_no_uq" ON "inspection_certificate" ("asset_id", "certificate_no")`);
    await q.query(`CREATE TABLE "certificate_alert" (
      "asset_id" uuid NOT NULL, "certificate_key" text NOT NULL, "threshold" text NOT NULL, "announced" boolean NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_certificate_alert" PRIMARY KEY ("asset_id", "certificate_key", "threshold"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "certificate_alert"`);
    await q.query(`DROP TABLE "inspection_certificate"`);
    await q.query(`DROP TABLE "asset"`);
  }
}
