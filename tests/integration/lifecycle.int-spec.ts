import { defineEvent, MaintenanceRole } from '@houqin/contracts';
import { AuditEntryRow, CreateAuditTable1763900000001 } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { createServiceDataSource } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { CreateEventTables1763900000000, EVENT_TABLE_ENTITIES, Outbox, UnitOfWork } from '@houqin/platform-events';
import { defineLifecycle, TransitionRunner, TransitionSpec } from '@houqin/platform-lifecycle';
import { createTestDatabase } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, EntityManager, PrimaryColumn } from 'typeorm';
import { z } from 'zod';

/**
 * The transition runner against a real Postgres: the row lock serialises two transitions of one row, a failure
 * in the use case's changes leaves nothing behind, and the state, audit entry and outbox event commit together.
 */
enum Valve {
  OPEN = 'OPEN',
  SHUT = 'SHUT',
}
enum ValveAction {
  SHUT = 'SHUT',
  OPEN = 'OPEN',
}

@Entity({ name: 'valve' })
class ValveRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('text') status!: Valve;
  @Column('text', { nullable: true }) shutBy!: string | null;
  @Column('text', { array: true }) notes!: string[];
}

const VALVE = defineLifecycle<Valve, ValveAction, ValveRow>({
  entity: { type: 'Valve', en: 'valve', zh: '阀门' },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: { OPEN: { en: 'open', zh: '开启' }, SHUT: { en: 'shut', zh: '关闭' } },
  actions: {
    SHUT: { from: [Valve.OPEN], to: Valve.SHUT, en: 'shut', zh: '关阀', roles: [MaintenanceRole.TECHNICIAN] },
    OPEN: { from: [Valve.SHUT], to: Valve.OPEN, en: 'open', zh: '开阀', roles: [MaintenanceRole.TECHNICIAN] },
  },
  auditAction: (action) => `valve.${action.toLowerCase()}`,
});

const ValveShutV1 = defineEvent({
  type: 'test.valve.shut.v1',
  topic: 'test.valve.v1',
  producer: 'test',
  description: 'A valve was shut.',
  schema: z.object({ valveId: z.string(), status: z.string() }),
});

const technician: Identity = { subject: 'tech-li', staffId: null, name: '李师傅', roles: [MaintenanceRole.TECHNICIAN], campusIds: [] };

describe('transition runner (real Postgres)', () => {
  let dataSource: DataSource;
  let runner: TransitionRunner;
  let unitOfWork: UnitOfWork;
  let url: string;

  const count = async (table: string, id: string) =>
    (
      await dataSource.query(
        table === 'audit_entry' ? `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1` : `SELECT count(*)::int AS n FROM ${table} WHERE key = $1`,
        [id],
      )
    )[0].n as number;
  const newValve = async () => {
    const id = randomUUID();
    await dataSource.getRepository(ValveRow).insert({ id, campusId: null, status: Valve.OPEN, shutBy: null, notes: [] });
    return id;
  };
  const shut = (id: string, extra: Partial<TransitionSpec<ValveRow, Valve, ValveAction, typeof ValveShutV1>> = {}) => ({
    action: ValveAction.SHUT,
    load: (manager: EntityManager) => manager.findOneOrFail(ValveRow, { where: { id }, lock: { mode: 'pessimistic_write' as const } }),
    apply: (row: ValveRow) => {
      row.shutBy = technician.name;
    },
    history: (manager: EntityManager, entry: { row: ValveRow; from: Valve; to: Valve }) =>
      manager.query(`INSERT INTO valve_history (valve_id, from_status, to_status) VALUES ($1, $2, $3)`, [entry.row.id, entry.from, entry.to]),
    event: { contract: ValveShutV1, data: (row: ValveRow) => ({ valveId: row.id, status: row.status }) },
    ...extra,
  });

  beforeAll(async () => {
    url = await createTestDatabase('lifecycle');
    dataSource = createServiceDataSource({
      serviceName: 'lifecycle-test',
      url,
      entities: [...EVENT_TABLE_ENTITIES, AuditEntryRow, ValveRow],
      migrations: [CreateEventTables1763900000000, CreateAuditTable1763900000001],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query(`CREATE TABLE valve (id uuid PRIMARY KEY, campus_id uuid, status text NOT NULL, shut_by text, notes text[] NOT NULL DEFAULT '{}')`);
    await dataSource.query(`CREATE TABLE valve_history (valve_id uuid NOT NULL, from_status text NOT NULL, to_status text NOT NULL)`);
    unitOfWork = new UnitOfWork(dataSource, { wake: () => undefined });
    runner = new TransitionRunner(unitOfWork, new Outbox('houqin/test'));
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('applies a transition with its history, audit entry and outbox event in one commit', async () => {
    const id = await newValve();
    const row = await runner.run(technician, VALVE, shut(id));
    expect(row).toMatchObject({ status: Valve.SHUT, shutBy: '李师傅' });
    // One transaction wrote them all: the rows share the inserting transaction's id.
    const [valve] = await dataSource.query(`SELECT status, xmin::text AS tx FROM valve WHERE id = $1`, [id]);
    const [audit] = await dataSource.query(`SELECT action, entity_type, before, after, xmin::text AS tx FROM audit_entry WHERE entity_id = $1`, [id]);
    const [event] = await dataSource.query(`SELECT type, data, xmin::text AS tx FROM outbox_event WHERE key = $1`, [id]);
    const [history] = await dataSource.query(`SELECT from_status, to_status, xmin::text AS tx FROM valve_history WHERE valve_id = $1`, [id]);
    expect(valve.status).toBe('SHUT');
    expect(audit).toMatchObject({ action: 'valve.shut', entity_type: 'Valve', before: { status: 'OPEN' }, after: { status: 'SHUT', shutBy: '李师傅' } });
    expect(event).toMatchObject({ type: 'test.valve.shut.v1', data: { valveId: id, status: 'SHUT' } });
    expect(history).toMatchObject({ from_status: 'OPEN', to_status: 'SHUT' });
    expect(new Set([valve.tx, audit.tx, event.tx, history.tx]).size).toBe(1);
  });

  it('lets one of two concurrent transitions of a row through; the other waits for the lock and is refused', async () => {
    const id = await newValve();
    // The first holds the row while it applies; the second's SELECT … FOR UPDATE waits, then sees SHUT.
    const slow = shut(id, {
      apply: async (row: ValveRow) => {
        row.shutBy = technician.name;
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
    });
    const outcomes = await Promise.allSettled([runner.run(technician, VALVE, slow), runner.run(technician, VALVE, slow)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [refused] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused.reason.code).toBe('ILLEGAL_TRANSITION');
    expect(refused.reason.params).toEqual({ entity: 'a valve', entityZh: '阀门', from: 'shut', fromZh: '关闭', action: 'shut', actionZh: '关阀' });
    expect(await count('audit_entry', id)).toBe(1);
    expect(await count('outbox_event', id)).toBe(1);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM valve_history WHERE valve_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('leaves no trace when the use case fails in apply: no state change, history, audit entry or event', async () => {
    const id = await newValve();
    const failing = shut(id, {
      apply: async (row: ValveRow, _at: Date, manager: EntityManager) => {
        row.shutBy = technician.name;
        await manager.query(`INSERT INTO valve_history (valve_id, from_status, to_status) VALUES ($1, 'OPEN', 'OPEN')`, [id]);
        throw new Error('the actuator did not answer');
      },
    });
    await expect(runner.run(technician, VALVE, failing)).rejects.toThrow('the actuator did not answer');
    const [valve] = await dataSource.query(`SELECT status, shut_by FROM valve WHERE id = $1`, [id]);
    expect(valve).toEqual({ status: 'OPEN', shut_by: null });
    expect(await count('audit_entry', id)).toBe(0);
    expect(await count('outbox_event', id)).toBe(0);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM valve_history WHERE valve_id = $1`, [id]);
    expect(n).toBe(0);
  });

  it('refuses an illegal transition before anything is written, with the machine’s code', async () => {
    const id = await newValve();
    const opening = { ...shut(id), action: ValveAction.OPEN, event: undefined };
    const error = (await runner.run(technician, VALVE, opening).catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('ILLEGAL_TRANSITION');
    expect(error.messages).toEqual({ 'zh-CN': '阀门：当前状态为“开启”，不能开阀', en: 'Cannot open a valve that is open' });
    expect(await count('audit_entry', id)).toBe(0);
  });

  it('runs inside a transaction the caller holds, and rolls back with it', async () => {
    const id = await newValve();
    await expect(
      unitOfWork.run(async (manager) => {
        await runner.runIn(manager, technician, VALVE, shut(id));
        expect(await count('audit_entry', id)).toBe(0); // not visible outside the caller's transaction yet
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    const [valve] = await dataSource.query(`SELECT status FROM valve WHERE id = $1`, [id]);
    expect(valve.status).toBe('OPEN');
    expect(await count('outbox_event', id)).toBe(0);
    await unitOfWork.run((manager) => runner.runIn(manager, technician, VALVE, shut(id)));
    expect(await count('outbox_event', id)).toBe(1);
  });

  it('writes what apply changed, a list changed in place included, and leaves the other columns as they were', async () => {
    const id = await newValve();
    const campusId = randomUUID();
    await dataSource.query(`UPDATE valve SET campus_id = $2, notes = '{泄漏检查}' WHERE id = $1`, [id, campusId]);
    await runner.run(technician, VALVE, shut(id, { apply: (row: ValveRow) => void row.notes.push('关阀检修') }));
    const [valve] = await dataSource.query(`SELECT status, shut_by, campus_id, notes FROM valve WHERE id = $1`, [id]);
    expect(valve).toEqual({ status: 'SHUT', shut_by: null, campus_id: campusId, notes: ['泄漏检查', '关阀检修'] });
  });

  it('runs units of work at read committed even when the database defaults to serializable', async () => {
    const [{ db }] = await dataSource.query(`SELECT current_database() AS db`);
    await dataSource.query(`ALTER DATABASE "${db}" SET default_transaction_isolation = 'serializable'`);
    const other = createServiceDataSource({ serviceName: 'lifecycle-test-2', url, entities: [ValveRow], migrations: [] });
    await other.initialize();
    try {
      const [{ transaction_isolation }] = await new UnitOfWork(other, { wake: () => undefined }).run((manager) => manager.query(`SHOW transaction_isolation`));
      expect(transaction_isolation).toBe('read committed');
    } finally {
      await other.destroy();
      await dataSource.query(`ALTER DATABASE "${db}" RESET default_transaction_isolation`);
    }
  });
});
