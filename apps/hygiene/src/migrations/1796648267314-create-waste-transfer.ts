import { MigrationInterface, QueryRunner } from 'typeorm';

/** Medical waste transfers to the disposal company, reconciled (the `waste_transfer` table). */
export class CreateWasteTransfer1796648267314 implements MigrationInterface {
  name = 'CreateWasteTransfer1796648267314';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "waste_transfer" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "manifest_no" text NOT NULL, "disposal_company" text NOT NULL,
      "transferred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "collection_count" integer NOT NULL, "ward_weight_grams" integer NOT NULL,
      "company_weight_grams" integer NOT NULL, "difference_grams" integer NOT NULL, "deviation_basis_points" integer NOT NULL,
      "tolerance_basis_points" integer NOT NULL, "discrepancy" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL, CONSTRAINT "PK_waste_transfer" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "waste_transfer_manifest_no_uq" ON "waste_transfer" ("manifest_no")`);
    await q.query(`CREATE INDEX "waste_transfer_campus_transferred_idx" ON "waste_transfer" ("campus_id", "transferred_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "waste_transfer"`);
  }
}
