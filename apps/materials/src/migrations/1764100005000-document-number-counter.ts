import { seedDocumentNumberCounter } from '@houqin/platform-document-number';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each document type, its prefix and the sequence it was numbered from before the platform's counter. */
const DOCUMENTS = [
  { prefix: 'SL', table: 'requisition', sequence: 'requisition_number_seq' },
  { prefix: 'PD', table: 'stocktake', sequence: 'stocktake_number_seq' },
  { prefix: 'CS', table: 'purchase_request', sequence: 'purchase_request_number_seq' },
  { prefix: 'CG', table: 'purchase_order', sequence: 'purchase_order_number_seq' },
];

/**
 * Requisitions, stocktakes, purchase requests and orders move from one sequence each to the platform's counter
 * per prefix and Beijing day; each day continues after the numbers already issued under its date.
 */
export class DocumentNumberCounter1764100005000 implements MigrationInterface {
  name = 'DocumentNumberCounter1764100005000';

  async up(q: QueryRunner): Promise<void> {
    for (const { prefix, table, sequence } of DOCUMENTS) {
      await seedDocumentNumberCounter(q, prefix, table);
      await q.query(`DROP SEQUENCE "${sequence}"`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { prefix, table, sequence } of DOCUMENTS) {
      await q.query(`DELETE FROM "document_number_counter" WHERE "prefix" = $1`, [prefix]);
      await q.query(`CREATE SEQUENCE "${sequence}"`);
      // The old code numbers from one sequence across days: it must continue past every number issued.
      await q.query(`SELECT setval('${sequence}', max(substring("number" from '\\d+$')::bigint)) FROM "${table}" HAVING count(*) > 0`);
    }
  }
}
