import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { eventually, graphqlData, OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { KafkaBus } from '@houqin/platform-events';

/**
 * Nothing lost, nothing applied twice: maintenance completes work orders, materials issues their parts,
 * while Kafka is stopped, materials is killed, events are replayed and garbage lands on the topic.
 * Real processes, a real broker, real databases.
 */
const org = new OrgFixture();
const EAST = org.campus();
const CARDIOLOGY = org.department(EAST);
const WARD = org.location(EAST, { departmentId: CARDIOLOGY });
const TEAM = org.team(EAST);
const TECHNICIAN = org.staff(EAST, { teamId: TEAM });
const admin: Identity = { subject: 'admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const technician: Identity = { subject: 'tech', staffId: TECHNICIAN, name: '张伟', roles: [MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const INITIAL_STOCK = 500;

describe('event pipeline under faults', () => {
  let platform: TestPlatform;
  let valveId: string;
  let warehouseId: string;

  const maintenance = async (identity: Identity, query: string, variables: Record<string, unknown>) =>
    graphqlData<Record<string, any>>(platform.serviceUrl('maintenance'), { query, variables, identityToken: await platform.identityToken(identity) });
  const materials = async (query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<Record<string, any>>(platform.serviceUrl('materials'), { query, variables, identityToken: await platform.identityToken(admin) });
  const onHand = async () =>
    (await platform.query<{ n: number }>('materials', 'SELECT coalesce(sum(quantity_remaining), 0)::int AS n FROM stock_lot WHERE item_id = $1', [valveId]))[0]
      .n;
  const issuesFor = async (ids: string[]) =>
    (await platform.query<{ n: number }>('materials', 'SELECT count(*)::int AS n FROM stock_issue WHERE work_order_id = ANY($1)', [ids]))[0].n;

  /** Submits and walks a work order to IN_PROGRESS, ready to complete. */
  async function startedWorkOrder(): Promise<string> {
    const { submitRepairRequest } = await maintenance(admin, `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
      i: { campusId: EAST, locationId: WARD, departmentId: CARDIOLOGY, category: 'PLUMBING', priority: 'NORMAL', title: '阀门漏水' },
    });
    const id = submitRepairRequest.id as string;
    await maintenance(technician, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, teamId: TEAM, technicianId: technician.staffId },
    });
    await maintenance(technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
    await maintenance(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
    return id;
  }

  const complete = (id: string) =>
    maintenance(technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, labourMinutes: 30, parts: [{ itemId: valveId, quantity: 2 }] },
    });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance', 'materials'] });
    await org.publishTo(platform, 'maintenance');
    // The same events feed materials' replica, which the warehouse and the parts issues are checked against.
    await eventually(
      async () => {
        const [{ n }] = await platform.query<{ n: number }>(
          'materials',
          `SELECT ((SELECT count(*) FROM org_campus_replica WHERE id = $1) + (SELECT count(*) FROM org_department_replica WHERE id = $2))::int AS n`,
          [EAST, CARDIOLOGY],
        );
        return n === 2 ? true : undefined;
      },
      60_000,
      'materials org replica',
    );
    valveId = (await materials(`mutation { createItem(input: { code: "VAL-DN20", name: "截止阀 DN20", unit: "个", category: SPARE_PART }) { id } }`)).createItem
      .id;
    warehouseId = (await materials(`mutation($c: ID!) { createWarehouse(input: { campusId: $c, code: "WH-EAST", name: "东院区总库" }) { id } }`, { c: EAST }))
      .createWarehouse.id;
    await materials(
      `mutation($w: ID!, $i: ID!, $q: Int!) { receiveGoods(input: { warehouseId: $w, lines: [{ itemId: $i, quantity: $q, unitCostFen: 3500 }] }) { id } }`,
      { w: warehouseId, i: valveId, q: INITIAL_STOCK },
    );
  });
  afterAll(() => platform?.stop());

  it('delivers every completion made while Kafka was down, once', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(() => startedWorkOrder()));
    const before = await onHand();
    await platform.kafka.stop();
    for (const id of ids) await complete(id);
    const unsent = await platform.query<{ n: number }>(
      'maintenance',
      `SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL AND type = 'maintenance.work-order.completed.v1'`,
    );
    expect(unsent[0].n).toBe(ids.length);
    await platform.kafka.restart();
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 120_000, 'all issues after Kafka came back');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
  });

  it('loses nothing and doubles nothing when materials is killed mid-consumption', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => startedWorkOrder()));
    const before = await onHand();
    await platform.process('materials').stop();
    for (const id of ids) await complete(id);
    // Start consuming the backlog, then kill the process abruptly partway through.
    await platform.process('materials').start();
    await eventually(async () => ((await issuesFor(ids)) >= 1 ? true : undefined), 60_000, 'consumption under way');
    await platform.process('materials').kill();
    const partway = await issuesFor(ids);
    await platform.process('materials').start();
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 120_000, 'backlog consumed after restart');
    await new Promise((r) => setTimeout(r, 2000));
    expect(partway).toBeLessThanOrEqual(ids.length);
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
  });

  it('applies a replayed event once', async () => {
    const id = await startedWorkOrder();
    const before = await onHand();
    await complete(id);
    await eventually(async () => ((await issuesFor([id])) === 1 ? true : undefined), 60_000, 'first delivery');
    // The relay sends the row again, as it would after losing its "sent" mark.
    await platform.query('maintenance', `UPDATE outbox_event SET sent_at = NULL WHERE key = $1 AND type = 'maintenance.work-order.completed.v1'`, [id]);
    await eventually(
      async () => {
        const [row] = await platform.query<{ sent: boolean }>(
          'maintenance',
          `SELECT sent_at IS NOT NULL AS sent FROM outbox_event WHERE key = $1 AND type = 'maintenance.work-order.completed.v1'`,
          [id],
        );
        return row.sent ? true : undefined;
      },
      30_000,
      'replayed',
    );
    await new Promise((r) => setTimeout(r, 3000));
    expect(await issuesFor([id])).toBe(1);
    expect(await onHand()).toBe(before - 2);
  });

  it('parks a malformed event on the dead-letter topic and keeps issuing', async () => {
    const bus = new KafkaBus({ clientId: 'fault-test', brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });
    const parked: string[] = [];
    await bus.subscribe('test.dlt-watch', ['maintenance.work-order.v1.dlt'], async (m) => void parked.push(m.value));
    await bus.publish([
      { topic: 'maintenance.work-order.v1', key: 'garbage', value: '{"not":"a cloud event"}', headers: { ce_type: 'maintenance.work-order.completed.v1' } },
    ]);
    const id = await startedWorkOrder();
    await complete(id);
    await eventually(async () => ((await issuesFor([id])) === 1 ? true : undefined), 60_000, 'issue after the malformed event');
    await eventually(async () => (parked.includes('{"not":"a cloud event"}') ? true : undefined), 60_000, 'malformed event parked');
    await bus.disconnect();
  });
});
