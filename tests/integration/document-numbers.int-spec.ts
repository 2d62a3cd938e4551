import { createServiceDataSource } from '@houqin/platform-database';
import { CreateDocumentNumberCounter1763900000010, nextDocumentNumber, nextDocumentNumbers, seedDocumentNumberCounter } from '@houqin/platform-document-number';
import { createTestDatabase } from '@houqin/platform-testing';
import { DataSource } from 'typeorm';

/**
 * Document numbers against a real Postgres: many transactions at once, some rolled back, must leave the
 * committed numbers unique and gap-free; each Beijing day starts again at 1; an upgrade continues after the
 * numbers already issued.
 */
const sequenceOf = (number: string) => Number(number.slice(-6));

describe('document numbers (real Postgres)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await createTestDatabase('document_numbers');
    dataSource = createServiceDataSource({
      serviceName: 'document-number-test',
      url,
      entities: [],
      migrations: [CreateDocumentNumberCounter1763900000010],
      poolSize: 20,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query(`CREATE TABLE document (number text PRIMARY KEY)`);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('gives 50 concurrent transactions unique numbers, and the committed ones run 1..n without holes', async () => {
    const at = new Date('2026-12-06T23:37:00Z');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        dataSource.transaction('READ COMMITTED', async (manager) => {
          const number = await nextDocumentNumber(manager, 'WO', at);
          await manager.query(`INSERT INTO document (number) VALUES ($1)`, [number]);
          // Hold the number a moment, so the others queue behind it and some take over a rolled-back one.
          await manager.query(`SELECT pg_sleep($1)`, [(i % 7) / 1000]);
          if (i % 5 === 0) throw new Error(`rolled back ${number}`);
          return number;
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    const committed = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(new Set(committed).size).toBe(40);
    expect(committed.every((number) => number.startsWith('WO-20261207-'))).toBe(true);
    expect(committed.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const stored = await dataSource.query<{ number: string }[]>(`SELECT number FROM document WHERE number LIKE 'WO-%' ORDER BY number`);
    expect(stored.map((row) => row.number)).toEqual([...committed].sort());
  });

  it('starts each Beijing day at 1 (16:00 UTC is the next day) and keeps prefixes apart', async () => {
    const allocate = (prefix: string, at: string) => dataSource.transaction((manager) => nextDocumentNumber(manager, prefix, new Date(at)));
    expect(await allocate('SL', '2026-12-07T15:59:59Z')).toBe('SL-20261207-000001');
    expect(await allocate('SL', '2026-12-07T16:00:00Z')).toBe('SL-20261208-000001');
    expect(await allocate('SL', '2026-12-08T03:00:00Z')).toBe('SL-20261208-000002');
    expect(await allocate('SL', '2026-12-07T10:00:00Z')).toBe('SL-20261207-000002');
    expect(await allocate('PD', '2026-12-08T03:00:00Z')).toBe('PD-20261208-000001');
  });

  it('hands out a run of numbers at once, consecutive, continuing from and before single ones', async () => {
    const at = new Date('2026-12-09T03:00:00Z');
    const one = () => dataSource.transaction((manager) => nextDocumentNumber(manager, 'BJ', at));
    expect(await one()).toBe('BJ-20261209-000001');
    expect(await dataSource.transaction((manager) => nextDocumentNumbers(manager, 'BJ', at, 3))).toEqual(['BJ-20261209-000002', 'BJ-20261209-000003', 'BJ-20261209-000004']);
    expect(await one()).toBe('BJ-20261209-000005');
    await expect(dataSource.transaction((manager) => nextDocumentNumbers(manager, 'BJ', at, 0))).rejects.toThrow(/one or more/);
  });

  it('continues after the numbers a table already holds when a document moves onto the counter', async () => {
    await dataSource.query(`CREATE TABLE legacy_document (number text PRIMARY KEY)`);
    // Numbers of the old global sequence (any day basis), another prefix, and text that is no number.
    await dataSource.query(
      `INSERT INTO legacy_document (number) VALUES ('CG-20261207-000431'), ('CG-20261207-000017'), ('CG-20261206-000430'), ('CS-20261207-000999'), ('CG-draft')`,
    );
    const runner = dataSource.createQueryRunner();
    try {
      await seedDocumentNumberCounter(runner, 'CG', 'legacy_document');
    } finally {
      await runner.release();
    }
    const allocate = (at: string) => dataSource.transaction((manager) => nextDocumentNumber(manager, 'CG', new Date(at)));
    expect(await allocate('2026-12-07T02:00:00Z')).toBe('CG-20261207-000432');
    expect(await allocate('2026-12-06T02:00:00Z')).toBe('CG-20261206-000431');
    expect(await allocate('2026-12-08T02:00:00Z')).toBe('CG-20261208-000001');
  });

  it('refuses to number outside a transaction, where a failed insert would leave a gap', async () => {
    await expect(nextDocumentNumber(dataSource.manager, 'WO', new Date())).rejects.toThrow(/transaction/);
  });
});
