import { Identity, Role } from '@houqin/platform-auth';
import { eventually, graphql, graphqlData, OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/**
 * The maintenance subgraph on its own, against real Postgres and Kafka, called as the gateway calls it.
 * Its org replica is fed the directory events org would publish (OrgFixture).
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WARD5 = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY });
const BED12 = org.location(EAST, { name: '12床', kind: 'BED', parentId: WARD5 });
const LOBBY = org.location(EAST, { name: '门诊大厅', kind: 'AREA' });
const CLOSED_WARD = org.location(EAST, { name: '旧3病区', departmentId: CARDIOLOGY, active: false });
const WEST_WARD = org.location(WEST, { name: '西院1病区', departmentId: org.department(WEST, '骨科') });
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const WEST_TEAM = org.team(WEST, '西院水电班', 'PLUMBING');
const TECH_ZHANG = org.staff(EAST, { name: '张伟', teamId: PLUMBING });
const VALVE = randomUUID();

const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [Role.DISPATCHER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech-zhang', staffId: TECH_ZHANG, name: '张伟', roles: [Role.TECHNICIAN], campusIds: [EAST] };
const otherTechnician: Identity = { subject: 'tech-zhao', staffId: randomUUID(), name: '赵军', roles: [Role.TECHNICIAN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };

const SUBMIT = `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id number status priority sla { responseDueAt resolutionDueAt responseBreached } allowedActions } }`;
const validRequest = { locationId: WARD5, category: 'PLUMBING', priority: 'HIGH', title: '5病区卫生间阀门漏水' };

describe('maintenance work orders (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let url: string;
  const call = async (identity: Identity, query: string, variables: Record<string, unknown> = {}, locale?: string) =>
    graphql(url, { query, variables, identityToken: await platform.identityToken(identity), locale });
  const data = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(url, { query, variables, identityToken: await platform.identityToken(identity) });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'] });
    url = platform.serviceUrl('maintenance');
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it('walks a repair request through its lifecycle, with SLA clocks, timeline, audit and one event per transition', async () => {
    const submitted = (await data(nurse, SUBMIT, { input: validRequest })).submitRepairRequest;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.number).toMatch(/^WO-\d{8}-\d{6}$/);
    const due = new Date(submitted.sla.responseDueAt).getTime() - Date.now();
    expect(due).toBeGreaterThan(25 * 60_000);
    expect(due).toBeLessThanOrEqual(30 * 60_000);
    expect(submitted.allowedActions).toEqual(expect.arrayContaining(['DISPATCH', 'CANCEL']));

    const id = submitted.id;
    await data(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, teamId: PLUMBING, technicianId: TECH_ZHANG },
    });
    const denied = await call(otherTechnician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await data(technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
    await data(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
    const completed = (
      await data(technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status labourMinutes parts { item { id } quantity } } }`, {
        i: { workOrderId: id, labourMinutes: 45, parts: [{ itemId: VALVE, quantity: 2 }] },
      })
    ).completeWorkOrder;
    expect(completed).toEqual({ status: 'COMPLETED', labourMinutes: 45, parts: [{ item: { id: VALVE }, quantity: 2 }] });
    await data(nurse, `mutation($i: SignOffWorkOrderInput!) { signOffWorkOrder(input: $i) { status rating } }`, { i: { workOrderId: id, rating: 5 } });
    const closed = (
      await data(
        dispatcher,
        `mutation($id: ID!) { closeWorkOrder(workOrderId: $id) { status sla { respondedAt resolvedAt responseBreached resolutionBreached } timeline { action toStatus actorName } } }`,
        { id },
      )
    ).closeWorkOrder;
    expect(closed.status).toBe('CLOSED');
    expect(closed.sla.responseBreached).toBe(false);
    expect(closed.sla.resolutionBreached).toBe(false);
    expect(closed.timeline.map((t: { action: string }) => t.action)).toEqual(['SUBMIT', 'DISPATCH', 'ACCEPT', 'START', 'COMPLETE', 'SIGN_OFF', 'CLOSE']);
    expect(closed.timeline[2].actorName).toBe('张伟');

    const audit = await platform.query('maintenance', `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action)).toEqual([
      'work_order.submit',
      'work_order.dispatch',
      'work_order.accept',
      'work_order.start',
      'work_order.complete',
      'work_order.sign_off',
      'work_order.close',
    ]);
    const events = await eventually(
      async () => {
        const rows = await platform.query<{ type: string; sent_at: Date | null; data: Record<string, unknown>; traceparent: string | null }>(
          'maintenance',
          `SELECT type, sent_at, data, traceparent FROM outbox_event WHERE key = $1 ORDER BY seq`,
          [id],
        );
        return rows.length === 7 && rows.every((r) => r.sent_at) ? rows : undefined;
      },
      30_000,
      'outbox relayed to Kafka',
    );
    expect(events.map((e) => e.type)).toEqual([
      'maintenance.work-order.submitted.v1',
      'maintenance.work-order.dispatched.v1',
      'maintenance.work-order.accepted.v1',
      'maintenance.work-order.started.v1',
      'maintenance.work-order.completed.v1',
      'maintenance.work-order.signed-off.v1',
      'maintenance.work-order.closed.v1',
    ]);
    // Each event carries the trace of the request that caused it, so the trace continues through Kafka.
    expect(events.every((e) => /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/.test(e.traceparent ?? ''))).toBe(true);
    expect(new Set(events.map((e) => e.traceparent)).size).toBe(events.length);
    expect(events[4].data).toMatchObject({
      labourMinutes: 45,
      parts: [{ itemId: VALVE, quantity: 2 }],
      departmentId: CARDIOLOGY,
      campusId: EAST,
      completion: 1,
    });
  });

  it('rejects an illegal transition with a typed, translated error and changes nothing', async () => {
    const { id } = (await data(nurse, SUBMIT, { input: validRequest })).submitRepairRequest;
    const zh = await call(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id }, 'zh-CN');
    expect(zh.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(zh.errors?.[0].message).toContain('已报修');
    const en = await call(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id }, 'en-GB,en;q=0.9');
    expect(en.errors?.[0].message).toMatch(/^Cannot start a work order that is/);
    const [row] = await platform.query('maintenance', `SELECT status FROM work_order WHERE id = $1`, [id]);
    expect(row.status).toBe('SUBMITTED');
    const transitions = await platform.query('maintenance', `SELECT count(*)::int AS n FROM work_order_transition WHERE work_order_id = $1`, [id]);
    expect(transitions[0].n).toBe(1);
  });

  it('cancels and reopens only with a reason', async () => {
    const { id } = (await data(nurse, SUBMIT, { input: validRequest })).submitRepairRequest;
    const noReason = await call(dispatcher, `mutation($i: WorkOrderReasonInput!) { cancelWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, reason: '  ' },
    });
    expect(noReason.errors?.[0].extensions?.code).toBe('TEXT_REQUIRED');
    const cancelled = await data(nurse, `mutation($i: WorkOrderReasonInput!) { cancelWorkOrder(input: $i) { status timeline { reason } } }`, {
      i: { workOrderId: id, reason: '已自行关好阀门' },
    });
    expect(cancelled.cancelWorkOrder.status).toBe('CANCELLED');
    expect(cancelled.cancelWorkOrder.timeline[1].reason).toBe('已自行关好阀门');
    const reopen = await call(nurse, `mutation($i: WorkOrderReasonInput!) { reopenWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, reason: '又漏了' },
    });
    expect(reopen.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
  });

  it('keeps another campus out: West admin neither reads nor changes an East order', async () => {
    const { id } = (await data(nurse, SUBMIT, { input: validRequest })).submitRepairRequest;
    const read = await call(westAdmin, `query($id: ID!) { workOrder(id: $id) { id title } }`, { id });
    expect(read.data).toBeNull();
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await data(westAdmin, `{ workOrders(first: 100) { totalCount edges { node { id } } } }`);
    expect(list.workOrders.totalCount).toBe(0);
    const write = await call(westAdmin, `mutation($i: WorkOrderReasonInput!) { cancelWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, reason: 'x' },
    });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const submitElsewhere = await call(nurse, SUBMIT, { input: { ...validRequest, locationId: WEST_WARD } });
    expect(submitElsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes campus and department from the location, and checks every reference against the org directory', async () => {
    const onBed = (await data(nurse, SUBMIT, { input: { ...validRequest, locationId: BED12 } })).submitRepairRequest;
    const [row] = await platform.query('maintenance', `SELECT campus_id, department_id FROM work_order WHERE id = $1`, [onBed.id]);
    expect(row).toEqual({ campus_id: EAST, department_id: CARDIOLOGY });

    const code = async (input: Record<string, unknown>, locale?: string) => (await call(nurse, SUBMIT, { input: { ...validRequest, ...input } }, locale)).errors?.[0].extensions;
    expect((await code({ locationId: randomUUID() }))?.code).toBe('NOT_FOUND');
    expect(await code({ locationId: CLOSED_WARD }, 'en')).toMatchObject({ code: 'REFERENCE_INACTIVE', messages: { en: 'Location is deactivated: 旧3病区' } });
    expect((await code({ campusId: WEST }))?.code).toBe('REFERENCE_MISMATCH');
    expect((await code({ locationId: LOBBY }))?.code).toBe('DEPARTMENT_REQUIRED');
    const lobby = (await data(nurse, SUBMIT, { input: { ...validRequest, locationId: LOBBY, departmentId: CARDIOLOGY } })).submitRepairRequest;
    expect(lobby.status).toBe('SUBMITTED');

    const dispatch = (teamId: string, technicianId?: string) =>
      call(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, { i: { workOrderId: lobby.id, teamId, technicianId } });
    expect((await dispatch(WEST_TEAM)).errors?.[0].extensions?.code).toBe('REFERENCE_MISMATCH');
    expect((await dispatch(randomUUID())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await dispatch(PLUMBING, randomUUID())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await dispatch(PLUMBING, TECH_ZHANG)).data?.dispatchWorkOrder.status).toBe('DISPATCHED');
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const before = await platform.query<{ orders: number; events: number }>(
      'maintenance',
      `SELECT (SELECT count(*) FROM work_order)::int AS orders, (SELECT count(*) FROM outbox_event)::int AS events`,
    );
    const invalidId = await call(nurse, SUBMIT, { input: { ...validRequest, locationId: 'ward-5' } });
    expect(invalidId.errors?.[0].extensions?.code).toBe('INVALID_ID');
    const tooLong = await call(nurse, SUBMIT, { input: { ...validRequest, title: '漏'.repeat(101) } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'TEXT_TOO_LONG', messages: { 'zh-CN': 'title 过长（最多 100 个字符）' } });
    const badEnum = await call(nurse, SUBMIT, { input: { ...validRequest, priority: 'EXTREME' } });
    expect(badEnum.errors?.[0].extensions?.code).toBe('INVALID_INPUT');
    const unknownOrder = await call(nurse, `query($id: ID!) { workOrder(id: $id) { id } }`, { id: randomUUID() });
    expect(unknownOrder.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const { id } = (await data(nurse, SUBMIT, { input: validRequest })).submitRepairRequest;
    await data(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, teamId: PLUMBING, technicianId: TECH_ZHANG },
    });
    await data(technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
    await data(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
    const zero = await call(technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: {
        workOrderId: id,
        labourMinutes: 30,
        parts: [
          { itemId: VALVE, quantity: 1 },
          { itemId: randomUUID(), quantity: 0 },
        ],
      },
    });
    expect(zero.errors?.[0].extensions?.code).toBe('QUANTITY_NOT_POSITIVE');
    const negative = await call(technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, labourMinutes: 30, parts: [{ itemId: VALVE, quantity: -2 }] },
    });
    expect(negative.errors?.[0].extensions?.code).toBe('QUANTITY_NOT_POSITIVE');
    const [row] = await platform.query('maintenance', `SELECT status, labour_minutes FROM work_order WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'IN_PROGRESS', labour_minutes: null });
    const parts = await platform.query('maintenance', `SELECT count(*)::int AS n FROM work_order_part WHERE work_order_id = $1`, [id]);
    expect(parts[0].n).toBe(0);
    const after = await platform.query(
      'maintenance',
      `SELECT (SELECT count(*) FROM work_order)::int AS orders, (SELECT count(*) FROM outbox_event)::int AS events`,
    );
    // Only the one valid submission and its three transitions were written.
    expect(after[0]).toEqual({ orders: before[0].orders + 1, events: before[0].events + 4 });
  });

  it('refuses calls that did not come through the gateway', async () => {
    const anonymous = await graphql(url, { query: '{ workOrders { totalCount } }' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await graphql(url, { query: '{ workOrders { totalCount } }', identityToken: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
  });

  it('lists overdue orders by SLA', async () => {
    const { id } = (await data(nurse, SUBMIT, { input: { ...validRequest, priority: 'URGENT' } })).submitRepairRequest;
    await platform.query('maintenance', `UPDATE work_order SET response_due_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const overdue = await data(dispatcher, `{ workOrders(overdue: true, first: 50) { edges { node { id sla { responseBreached } } } } }`);
    const nodes = overdue.workOrders.edges.map((e: { node: { id: string; sla: { responseBreached: boolean } } }) => e.node);
    expect(nodes).toContainEqual({ id, sla: { responseBreached: true } });
  });
});
