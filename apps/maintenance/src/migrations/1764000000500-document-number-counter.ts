import { seedDocumentNumberCounter } from '@houqin/platform-document-number';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work order numbers move from their own sequence (dated by UTC) to the platform's counter per prefix and
 * Beijing day; each day continues after the numbers already issued under its date.
 */
export class DocumentNumberCounter1764000000500 implements MigrationInterface {
  name = 'DocumentNumberCounter1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await seedDocumentNumberCounter(q, 'WO', 'work_order');
    await q.query(`DROP SEQUENCE "work_order_number_seq"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "document_number_counter" WHERE "prefix" = 'WO'`);
    await q.query(`CREATE SEQUENCE "work_order_number_seq"`);
    // The old code numbers from one sequence across days: it must continue past every number issued.
    await q.query(`SELECT setval('work_order_number_seq', max(substring("number" from '\\d+$')::bigint)) FROM "work_order" HAVING count(*) > 0`);
  }
}
