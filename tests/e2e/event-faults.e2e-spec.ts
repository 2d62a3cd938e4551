import { MaintenanceRole, WorkOrderCompletedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import {
  eventually,
  graphqlData,
  holdRowLocks,
  kafkaFrozen,
  kafkaOutage,
  killMidStream,
  OrgFixture,
  publishPoison,
  replayOutbox,
  settled,
  TestPlatform,
  unsentEvents,
} from '@houqin/platform-testing';

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
const technician: Identity = {
  subject: 'tech',
  staffId: TECHNICIAN,
  name: '张伟',
  roles: [MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER],
  campusIds: [EAST],
};
const INITIAL_STOCK = 500;
const COMPLETED = WorkOrderCompletedV1.type;
// Counts are final once maintenance has sent everything and materials has handled all of it.
const PARTS_ISSUED = { producer: 'maintenance', group: 'materials.parts-issuer', topics: [WorkOrderCompletedV1.topic] } as const;

describe('event pipeline under faults', () => {
  // A broker or a service restarting on a busy two-core machine can take minutes; the waits inside have their own limits.
  jest.setTimeout(600_000);

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

  const outboxUnsent = async (serviceUrl: string) =>
    Number(/^houqin_outbox_unsent (\d+)$/m.exec(await (await fetch(`${serviceUrl}/metrics`)).text())?.[1] ?? NaN);

  const partsIssuerInbox = async () =>
    (await platform.query<{ n: number }>('materials', `SELECT count(*)::int AS n FROM inbox_event WHERE consumer_group = $1`, [PARTS_ISSUED.group]))[0].n;

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
    // The same events feed materials' replica, which the warehouse and the parts issues are checked against.
    await org.publishTo(platform, 'maintenance', 'materials');
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
    await kafkaOutage(platform, async () => {
      for (const id of ids) await complete(id);
      expect(await unsentEvents(platform, 'maintenance', COMPLETED, ids)).toBe(ids.length);
    });
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 120_000, 'all issues after Kafka came back');
    await settled(platform, PARTS_ISSUED);
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
  });

  it('takes completions while Kafka hangs, stays ready, shows the lag, and delivers each once after', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => startedWorkOrder()));
    const before = await onHand();
    const maintenanceUrl = platform.process('maintenance').url;
    await kafkaFrozen(platform, async () => {
      for (const id of ids) expect((await complete(id)).completeWorkOrder.status).toBe('COMPLETED');
      // Ready (the database answers), the broker reported down, and the events waiting in the outbox on /metrics.
      const ready = await fetch(`${maintenanceUrl}/health/ready`);
      expect({ status: ready.status, body: await ready.json() }).toMatchObject({ status: 200, body: { status: 'ok', database: 'up', kafka: 'down' } });
      expect(await outboxUnsent(maintenanceUrl)).toBeGreaterThanOrEqual(ids.length);
    });
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 180_000, 'all issues after the broker thawed');
    await settled(platform, PARTS_ISSUED);
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
    expect(await outboxUnsent(maintenanceUrl)).toBe(0);
  });

  it('loses nothing and doubles nothing when materials is killed mid-consumption', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => startedWorkOrder()));
    const before = await onHand();
    const partway = await killMidStream(platform, 'materials', {
      backlog: async () => {
        for (const id of ids) await complete(id);
      },
      progress: () => issuesFor(ids),
    });
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 120_000, 'backlog consumed after restart');
    await settled(platform, PARTS_ISSUED);
    expect(partway).toBeLessThanOrEqual(ids.length);
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
  });

  it('loses nothing and doubles nothing when materials is killed in the middle of a batch', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, () => startedWorkOrder()));
    const before = await onHand();
    const inboxBefore = await partsIssuerInbox();
    const consumer = platform.process('materials');
    await consumer.stop();
    for (const id of ids) await complete(id);
    // The valve's lots locked: materials' batches write their inbox rows, issue up to the locks and wait there, open.
    const lots = await holdRowLocks(platform, 'materials', 'SELECT id FROM stock_lot WHERE item_id = $1 FOR UPDATE', [valveId]);
    try {
      await consumer.start();
      await eventually(async () => ((await lots.waiting()) > 0 ? true : undefined), 120_000, 'a materials batch waiting on the lots');
      await consumer.kill();
    } finally {
      await lots.release();
    }
    // The killed batches committed nothing: no issue, no inbox row.
    expect(await issuesFor(ids)).toBe(0);
    expect(await partsIssuerInbox()).toBe(inboxBefore);

    await consumer.start();
    await eventually(async () => ((await issuesFor(ids)) === ids.length ? true : undefined), 120_000, 'backlog consumed after restart');
    await settled(platform, PARTS_ISSUED);
    expect(await issuesFor(ids)).toBe(ids.length);
    expect(await onHand()).toBe(before - 2 * ids.length);
    expect(await partsIssuerInbox()).toBe(inboxBefore + ids.length);
  });

  it('applies a replayed event once', async () => {
    const id = await startedWorkOrder();
    const before = await onHand();
    await complete(id);
    await eventually(async () => ((await issuesFor([id])) === 1 ? true : undefined), 60_000, 'first delivery');
    expect(await replayOutbox(platform, 'maintenance', COMPLETED, [id])).toBe(1);
    await settled(platform, PARTS_ISSUED);
    expect(await issuesFor([id])).toBe(1);
    expect(await onHand()).toBe(before - 2);
  });

  it('parks a malformed event on the dead-letter topic and keeps issuing', async () => {
    const poison = await publishPoison(platform, { topic: WorkOrderCompletedV1.topic, type: COMPLETED });
    try {
      const id = await startedWorkOrder();
      await complete(id);
      await eventually(async () => ((await issuesFor([id])) === 1 ? true : undefined), 60_000, 'issue after the malformed event');
      expect((await poison.parkedBy(PARTS_ISSUED.group)).headers.dlt_error).toContain('MalformedEventError');
    } finally {
      await poison.close();
    }
  });
});
