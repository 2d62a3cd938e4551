import { chinaToday } from '@houqin/platform-calendar';
import { EntityManager } from 'typeorm';

const PREFIX = /^[A-Z]{2,4}$/;

function requirePrefix(prefix: string): void {
  if (!PREFIX.test(prefix)) throw new Error(`A document number prefix is 2 to 4 capital letters, not "${prefix}"`);
}

/**
 * PREFIX-YYYYMMDD-NNNNNN: the date is the Beijing date of `at` (a work order raised at 07:37 on 7 December in
 * Beijing is -20261207-, though it is still the 6th in UTC), NNNNNN the day's number for that prefix.
 */
export function formatDocumentNumber(prefix: string, at: Date, value: number): string {
  requirePrefix(prefix);
  if (!Number.isInteger(value) || value < 1) throw new Error(`A document number's sequence starts at 1, not ${value}`);
  return `${prefix}-${chinaToday(at).replace(/-/g, '')}-${String(value).padStart(6, '0')}`;
}

/**
 * The next number of `prefix` on the Beijing day of `at`, counted in `document_number_counter` inside the
 * caller's transaction. The upsert locks the (prefix, day) row until that transaction ends: a concurrent caller
 * waits and gets the next value, and a rollback gives the number back, so committed numbers are unique and
 * gap-free. The lock is held to the end of the transaction, so callers allocate once their checks have passed.
 */
export async function nextDocumentNumber(manager: EntityManager, prefix: string, at: Date): Promise<string> {
  const [number] = await nextDocumentNumbers(manager, prefix, at, 1);
  return number;
}

/** `count` consecutive numbers at once, the same way: one statement for a batch of documents (a batch of events). */
export async function nextDocumentNumbers(manager: EntityManager, prefix: string, at: Date, count: number): Promise<string[]> {
  requirePrefix(prefix);
  if (!Number.isInteger(count) || count < 1) throw new Error(`Document numbers are taken one or more at a time, not ${count}`);
  // Outside a transaction the counter would commit at once and a failed insert afterwards would leave a gap.
  if (!manager.queryRunner?.isTransactionActive) throw new Error('nextDocumentNumber needs the transaction that stores the document');
  const [{ last_value: last }] = await manager.query<{ last_value: number }[]>(
    `INSERT INTO "document_number_counter" ("prefix", "day", "last_value") VALUES ($1, $2, $3)
     ON CONFLICT ("prefix", "day") DO UPDATE SET "last_value" = "document_number_counter"."last_value" + $3
     RETURNING "last_value"`,
    [prefix, chinaToday(at), count],
  );
  return Array.from({ length: count }, (_, i) => formatDocumentNumber(prefix, at, last - count + 1 + i));
}
