import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers (供应商), their contracts with price lists (供货合同) and price exceptions (超合同价例外). The rule of one
 * contract price per supplier, item and campus a day is checked in code under a lock of the supplier row: a
 * group-wide contract (campus null) meets every campus, which an exclusion constraint cannot say without tricks.
 */
export class SuppliersContracts1764100000800 implements MigrationInterface {
  name = 'SuppliersContracts1764100000800';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "supplier" (
      "id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "credit_code" text NOT NULL, "contact_name" text NOT NULL, "phone" text,
      "active" boolean NOT NULL, "created_at" ${ts}, "created_by_subject" text NOT NULL, "created_by_name" text NOT NULL, "updated_at" ${ts},
      "updated_by_subject" text NOT NULL, "updated_by_name" text NOT NULL, CONSTRAINT "PK_supplier" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "supplier_code_uq" ON "supplier" ("code")`);
    await q.query(`CREATE UNIQUE INDEX "supplier_credit_code_uq" ON "supplier" ("credit_code")`);

    await q.query(`CREATE TABLE "supplier_contract" (
      "id" uuid NOT NULL, "contract_no" text NOT NULL, "supplier_id" uuid NOT NULL, "title" text NOT NULL, "campus_id" uuid,
      "valid_from" date NOT NULL, "valid_to" date NOT NULL, "terminated_on" date, "termination_reason" text, "terminated_at" TIMESTAMP WITH TIME ZONE,
      "terminated_by_subject" text, "terminated_by_name" text, "signed_at" ${ts}, "signed_by_subject" text NOT NULL, "signed_by_name" text NOT NULL,
      CONSTRAINT "PK_supplier_contract" PRIMARY KEY ("id"),
      CONSTRAINT "supplier_contract_validity_check" CHECK ("valid_from" <= "valid_to"),
      CONSTRAINT "supplier_contract_termination_check" CHECK (("terminated_on" IS NULL) = ("termination_reason" IS NULL)))`);
    await q.query(`CREATE UNIQUE INDEX "supplier_contract_no_uq" ON "supplier_contract" ("contract_no")`);
    await q.query(`CREATE INDEX "supplier_contract_supplier_idx" ON "supplier_contract" ("supplier_id", "valid_from")`);

    await q.query(`CREATE TABLE "supplier_contract_price" (
      "contract_id" uuid NOT NULL, "item_id" uuid NOT NULL, "unit_price_fen" integer NOT NULL, "market_price_fen" integer NOT NULL,
      CONSTRAINT "PK_supplier_contract_price" PRIMARY KEY ("contract_id", "item_id"),
      CONSTRAINT "supplier_contract_price_check" CHECK ("unit_price_fen" > 0 AND "unit_price_fen" <= "market_price_fen"))`);
    await q.query(`CREATE INDEX "supplier_contract_price_item_idx" ON "supplier_contract_price" ("item_id")`);

    await q.query(`CREATE TABLE "price_exception" (
      "id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "item_id" uuid NOT NULL, "unit_price_fen" integer NOT NULL,
      "max_quantity" integer NOT NULL, "reason" text NOT NULL, "contract_id" uuid, "contract_price_fen" integer, "status" text NOT NULL,
      "requested_at" ${ts}, "requested_by_subject" text NOT NULL, "requested_by_staff_id" uuid, "requested_by_name" text NOT NULL,
      "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_subject" text, "decided_by_name" text, "decision_comment" text, "valid_until" date,
      "used_at" TIMESTAMP WITH TIME ZONE, "used_by_purchase_order_id" uuid, "updated_at" ${ts},
      CONSTRAINT "PK_price_exception" PRIMARY KEY ("id"),
      CONSTRAINT "price_exception_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED', 'USED')),
      CONSTRAINT "price_exception_amounts_check" CHECK ("unit_price_fen" > 0 AND "max_quantity" > 0),
      CONSTRAINT "price_exception_validity_check" CHECK ("status" IN ('PENDING', 'REJECTED') OR "valid_until" IS NOT NULL),
      CONSTRAINT "price_exception_use_check" CHECK (("status" = 'USED') = ("used_by_purchase_order_id" IS NOT NULL)))`);
    await q.query(`CREATE INDEX "price_exception_campus_idx" ON "price_exception" ("campus_id", "status")`);
    await q.query(`CREATE INDEX "price_exception_item_idx" ON "price_exception" ("supplier_id", "item_id", "campus_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['price_exception', 'supplier_contract_price', 'supplier_contract', 'supplier']) await q.query(`DROP TABLE "${table}"`);
  }
}
