import { MigrationInterface, QueryRunner } from 'typeorm';

/** Score sheets per zone kind, inspections of zones and their item results (卫生检查). */
export class CreateInspection1796648270129 implements MigrationInterface {
  name = 'CreateInspection1796648270129';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "inspection_sheet" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "zone_kind" text NOT NULL, "name" text NOT NULL, "pass_score" integer NOT NULL,
      "items" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL,
      CONSTRAINT "PK_inspection_sheet" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inspection_sheet_campus_kind_uq" ON "inspection_sheet" ("campus_id", "zone_kind")`);
    await q.query(`CREATE TABLE "inspection" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "zone_id" uuid NOT NULL, "sheet_id" uuid NOT NULL, "contractor_id" uuid,
      "score" real NOT NULL, "passed" boolean NOT NULL, "failed_items" integer NOT NULL, "note" text, "photo_keys" text array NOT NULL,
      "inspected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "inspector_subject" text NOT NULL, "inspector_name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_inspection" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "inspection_campus_inspected_idx" ON "inspection" ("campus_id", "inspected_at")`);
    await q.query(`CREATE INDEX "inspection_zone_inspected_idx" ON "inspection" ("zone_id", "inspected_at")`);
    await q.query(`CREATE TABLE "inspection_item_result" (
      "id" uuid NOT NULL, "inspection_id" uuid NOT NULL, "position" integer NOT NULL, "item_key" text NOT NULL, "label" text NOT NULL,
      "kind" text NOT NULL, "weight" integer NOT NULL, "passed" boolean NOT NULL, "finding" text NOT NULL, "rlu" integer, "marked" integer,
      "removed" integer, "location_id" uuid, "remedy" text, "repair_category" text, "note" text, "photo_keys" text array NOT NULL,
      CONSTRAINT "PK_inspection_item_result" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "inspection_item_result_inspection_idx" ON "inspection_item_result" ("inspection_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inspection_item_result"`);
    await q.query(`DROP TABLE "inspection"`);
    await q.query(`DROP TABLE "inspection_sheet"`);
  }
}
