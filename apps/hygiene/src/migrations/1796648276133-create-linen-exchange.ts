import { MigrationInterface, QueryRunner } from 'typeorm';

/** Linen (被服): collections of dirty linen and the clean returned against them, by kind, and departments' par levels. */
export class CreateLinenExchange1796648276133 implements MigrationInterface {
  name = 'CreateLinenExchange1796648276133';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "linen_exchange" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "department_id" uuid NOT NULL, "contractor_id" uuid NOT NULL, "collected_on" date NOT NULL,
      "status" text NOT NULL, "lines" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL,
      "last_returned_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_linen_exchange" PRIMARY KEY ("id"),
      CONSTRAINT "linen_exchange_status_check" CHECK ("status" IN ('OPEN', 'RETURNED', 'CLOSED')))`);
    await q.query(`CREATE INDEX "linen_exchange_department_idx" ON "linen_exchange" ("department_id", "collected_on")`);
    await q.query(`CREATE TABLE "linen_par_level" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "department_id" uuid NOT NULL, "kind" text NOT NULL, "quantity" integer NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL,
      CONSTRAINT "PK_linen_par_level" PRIMARY KEY ("id"),
      CONSTRAINT "linen_par_level_quantity_check" CHECK ("quantity" >= 0))`);
    await q.query(`CREATE UNIQUE INDEX "linen_par_level_department_kind_uq" ON "linen_par_level" ("department_id", "kind")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "linen_par_level"`);
    await q.query(`DROP TABLE "linen_exchange"`);
  }
}
