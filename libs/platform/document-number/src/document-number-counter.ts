import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per prefix and Beijing day: the last number handed out. Raw SQL only (no entity), so the table is
 * the same in every service and never shows as schema drift. Included in every service's migration list.
 */
export class CreateDocumentNumberCounter1763900000010 implements MigrationInterface {
  name = 'CreateDocumentNumberCounter1763900000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "document_number_counter" (
      "prefix" text NOT NULL, "day" date NOT NULL, "last_value" integer NOT NULL,
      CONSTRAINT "PK_document_number_counter" PRIMARY KEY ("prefix", "day"),
      CONSTRAINT "document_number_counter_last_value_check" CHECK ("last_value" > 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "document_number_counter"`);
  }
}

/**
 * For the migration that moves a document type onto the counter: each day's counter starts after the highest
 * number `table` already holds under that prefix and date (whatever date basis made it), so nothing issued
 * after the upgrade collides with a number issued before it. Done once in a migration rather than on every
 * allocation, so the hot path stays one statement.
 */
export async function seedDocumentNumberCounter(q: QueryRunner, prefix: string, table: string): Promise<void> {
  await q.query(
    `INSERT INTO "document_number_counter" ("prefix", "day", "last_value")
     SELECT $1, to_date(parts[1], 'YYYYMMDD'), max(parts[2]::integer)
       FROM (SELECT regexp_match("number", $2) AS parts FROM "${table}") numbered
      WHERE parts IS NOT NULL
      GROUP BY parts[1]
     ON CONFLICT ("prefix", "day") DO UPDATE SET "last_value" = greatest("document_number_counter"."last_value", excluded."last_value")`,
    [prefix, `^${prefix}-(\\d{8})-(\\d+)$`],
  );
}
