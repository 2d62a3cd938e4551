import { MigrationInterface, QueryRunner } from 'typeorm';

/** Parts returned to the store (退库) from a work order's issue: credited back to the order and its department. */
export class PartsReturns1764000000240 implements MigrationInterface {
  name = 'PartsReturns1764000000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "work_order_parts_return" ("stock_return_id" uuid NOT NULL, "stock_issue_id" uuid NOT NULL, "work_order_id" uuid NOT NULL,
      "campus_id" uuid NOT NULL, "department_id" uuid NOT NULL, "cost_fen" integer NOT NULL, "returned_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_work_order_parts_return" PRIMARY KEY ("stock_return_id"))`);
    await q.query(`CREATE INDEX "work_order_parts_return_order_idx" ON "work_order_parts_return" ("work_order_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "work_order_parts_return"`);
  }
}
