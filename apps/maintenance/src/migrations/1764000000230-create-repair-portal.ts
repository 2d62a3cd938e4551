import { MigrationInterface, QueryRunner } from 'typeorm';

/** Repair labels (one active per place or asset) and the reports sent from them. */
export class CreateRepairPortal1764000000230 implements MigrationInterface {
  name = 'CreateRepairPortal1764000000230';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "repair_label" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "location_id" uuid, "asset_id" uuid,
      "issued_at" ${ts}, "issued_by" text NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" text,
      CONSTRAINT "PK_repair_label" PRIMARY KEY ("id"),
      CONSTRAINT "repair_label_one_target" CHECK (("location_id" IS NULL) <> ("asset_id" IS NULL)))`);
    await q.query(`CREATE INDEX "repair_label_campus_idx" ON "repair_label" ("campus_id")`);
    // One active label per place and per asset, even when two admins print the same floor at once.
    await q.query(
      `CREATE UNIQUE INDEX "repair_label_active_location_idx" ON "repair_label" ("location_id") WHERE "withdrawn_at" IS NULL AND "location_id" IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX "repair_label_active_asset_idx" ON "repair_label" ("asset_id") WHERE "withdrawn_at" IS NULL AND "asset_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "repair_portal_report" ("id" uuid NOT NULL, "label_id" uuid NOT NULL, "session_id" uuid NOT NULL,
      "campus_id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "duplicate" boolean NOT NULL, "follow_up_hash" text NOT NULL,
      "contact_name" text, "contact_phone" text, "submitted_at" ${ts},
      CONSTRAINT "PK_repair_portal_report" PRIMARY KEY ("id"), CONSTRAINT "UQ_repair_portal_report_follow_up" UNIQUE ("follow_up_hash"))`);
    await q.query(`CREATE INDEX "repair_portal_report_label_idx" ON "repair_portal_report" ("label_id", "submitted_at")`);
    await q.query(`CREATE INDEX "repair_portal_report_session_idx" ON "repair_portal_report" ("session_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "repair_portal_report"`);
    await q.query(`DROP TABLE "repair_label"`);
  }
}
