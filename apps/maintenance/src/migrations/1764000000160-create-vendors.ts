import { MigrationInterface, QueryRunner } from 'typeorm';

/** Vendors (维保单位), their service contracts (维保合同) and the calls made to them for work orders (外请). */
export class CreateVendors1764000000160 implements MigrationInterface {
  name = 'CreateVendors1764000000160';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "vendor" (
      "id" uuid NOT NULL, "name" text NOT NULL, "unified_social_credit_code" text NOT NULL, "contact_name" text NOT NULL,
      "contact_phone" text NOT NULL, "active" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_vendor" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "vendor_name_uq" ON "vendor" ("name")`);
    await q.query(`CREATE UNIQUE INDEX "vendor_credit_code_uq" ON "vendor" ("unified_social_credit_code")`);
    await q.query(`CREATE TABLE "vendor_contract" (
      "id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "contract_no" text NOT NULL, "campus_ids" uuid array NOT NULL,
      "categories" text array NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "on_site_minutes" jsonb NOT NULL,
      "resolution_hours" integer, "annual_fee_fen" integer, "call_out_fee_fen" integer NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL, CONSTRAINT "PK_vendor_contract" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "vendor_contract_vendor_no_uq" ON "vendor_contract" ("vendor_id", "contract_no")`);
    await q.query(`CREATE TABLE "vendor_call" (
      "id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "contract_id" uuid NOT NULL,
      "status" text NOT NULL, "reason" text NOT NULL, "called_at" TIMESTAMP WITH TIME ZONE NOT NULL, "called_by" text NOT NULL,
      "on_site_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolution_due_at" TIMESTAMP WITH TIME ZONE, "call_out_fee_fen" integer NOT NULL,
      "arrived_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "work_description" text, "labour_fen" integer,
      "materials_fen" integer, "cost_fen" integer, "invoice_no" text, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_vendor_call" PRIMARY KEY ("id"))`);
    // At most one open call per work order, whatever races the application's own check.
    await q.query(`CREATE UNIQUE INDEX "vendor_call_open_uq" ON "vendor_call" ("work_order_id") WHERE status IN ('CALLED', 'ON_SITE')`);
    await q.query(`CREATE INDEX "vendor_call_work_order_idx" ON "vendor_call" ("work_order_id")`);
    await q.query(`CREATE INDEX "vendor_call_campus_called_idx" ON "vendor_call" ("campus_id", "called_at")`);
    await q.query(`CREATE INDEX "vendor_call_vendor_called_idx" ON "vendor_call" ("vendor_id", "called_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vendor_call"`);
    await q.query(`DROP TABLE "vendor_contract"`);
    await q.query(`DROP TABLE "vendor"`);
  }
}
