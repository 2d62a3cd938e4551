import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which channel opened a work order (console, QR portal, PM checklist, inspection round) and the record behind it. */
export class WorkOrderSource1764000000150 implements MigrationInterface {
  name = 'WorkOrderSource1764000000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" ADD "source" text NOT NULL DEFAULT 'CONSOLE'`);
    await q.query(`ALTER TABLE "work_order" ADD "source_ref" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "source_ref"`);
    await q.query(`ALTER TABLE "work_order" DROP COLUMN "source"`);
  }
}
