import { MigrationInterface, QueryRunner } from 'typeorm';

/** KPI and compliance reports read a campus's orders by submission time (a year is ~4,000 rows a campus). */
export class WorkOrderReportIndex1764000000220 implements MigrationInterface {
  name = 'WorkOrderReportIndex1764000000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "work_order_campus_submitted_idx" ON "work_order" ("campus_id", "submitted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "work_order_campus_submitted_idx"`);
  }
}
