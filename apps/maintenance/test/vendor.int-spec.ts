import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { addDays, chinaToday } from '@houqin/platform-calendar';

/**
 * Vendors (维保单位), their contracts and calls to them for work orders (外请) in the maintenance subgraph,
 * against real Postgres and Kafka, called as the gateway calls it.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const OUTPATIENT = org.department(EAST, '门诊部');
const HALL = org.location(EAST, { name: '门诊楼电梯厅', kind: 'AREA', departmentId: OUTPATIENT });
const ELEVATOR_CREW = org.team(EAST, '电梯班', 'ELEVATOR');
const PLUMBING_CREW = org.team(EAST, '水电班', 'PLUMBING');
const TECH_CHEN = org.staff(EAST, { name: '陈电梯', teamId: ELEVATOR_CREW });

const groupAdmin: Identity = { subject: 'admin-group', staffId: null, name: '集团后勤部', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech-chen', staffId: TECH_CHEN, name: '陈电梯', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const otherTechnician: Identity = { subject: 'tech-zhao', staffId: randomUUID(), name: '赵军', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };

const VENDOR = `id name unifiedSocialCreditCode contactName contactPhone active`;
const CONTRACT = `id vendorId contractNo campuses { id } categories startsOn endsOn validToday onSiteMinutes { priority minutes } resolutionHours annualFeeFen callOutFeeFen`;
const CALL = `id status campus { id } calledAt onSiteDueAt resolutionDueAt arrivedAt minutesToArrive onSite resolution finishedAt costFen labourFen materialsFen callOutFeeFen invoiceNo cancelReason`;
const REGISTER = `mutation($input: RegisterVendorInput!) { registerVendor(input: $input) { ${VENDOR} } }`;
const UPDATE = `mutation($input: UpdateVendorInput!) { updateVendor(input: $input) { ${VENDOR} } }`;
const CREATE_CONTRACT = `mutation($input: CreateVendorContractInput!) { createVendorContract(input: $input) { ${CONTRACT} } }`;
const CALL_VENDOR = `mutation($input: CallVendorInput!) { callVendor(input: $input) { ${CALL} } }`;
const ARRIVE = `mutation($id: ID!, $at: DateTime) { recordVendorArrival(callId: $id, arrivedAt: $at) { ${CALL} } }`;
const FINISH = `mutation($input: FinishVendorCallInput!) { finishVendorCall(input: $input) { ${CALL} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelVendorCall(callId: $id, reason: $reason) { ${CALL} } }`;
const ORDER = `query($id: ID!) { workOrder(id: $id) { status sla { pausedSince pauseReason } clockPauses { reason note resumedAt } vendorCalls { id status vendor { name } contract { contractNo } workOrder { id } } } }`;
const COMPLIANCE = `query($from: DateTime!, $to: DateTime!, $c: ID, $v: ID) { vendorSlaCompliance(from: $from, to: $to, campusId: $c, vendorId: $v) {
  vendor { id name } calls onSiteOnTime onSiteLate notOnSitePastDue onSiteCompliance averageMinutesToArrive totalCostFen } }`;

const today = chinaToday(new Date());
// Valid 统一社会信用代码 (check characters per GB 32100-2015).
const KONE = { name: '通力电梯华东分公司', unifiedSocialCreditCode: '91310000607200001K', contactName: '周经理', contactPhone: '021-62345678' };
const OTIS = { name: '奥的斯电梯上海分公司', unifiedSocialCreditCode: '91310115MA1H7XQ2XR', contactName: '吴工', contactPhone: '13800138000' };
const SCHINDLER = { name: '迅达电梯苏州分公司', unifiedSocialCreditCode: '91320500MA1MX5HB20', contactName: '郑工', contactPhone: '0512-66778899' };
const HITACHI = { name: '日立电梯杭州分公司', unifiedSocialCreditCode: '91330100MA2H3K4L50', contactName: '冯工', contactPhone: '0571-88776655' };
const ELEVATOR_SLA = [
  { priority: 'URGENT', minutes: 120 },
  { priority: 'HIGH', minutes: 240 },
  { priority: 'NORMAL', minutes: 24 * 60 },
  { priority: 'LOW', minutes: 72 * 60 },
];
const contract = (vendorId: string, contractNo: string, overrides: Record<string, unknown> = {}) => ({
  vendorId,
  contractNo,
  campusIds: [EAST],
  categories: ['ELEVATOR'],
  startsOn: addDays(today, -30),
  endsOn: addDays(today, 335),
  onSiteMinutes: ELEVATOR_SLA,
  resolutionHours: 24,
  annualFeeFen: 36_000_000,
  callOutFeeFen: 0,
  ...overrides,
});
const MINUTE = 60_000;

describe('maintenance vendors: contracts, calls (外请), SLA compliance (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  let kone: string;
  let otis: string;
  const counts = async () =>
    (
      await platform.query<{ vendors: number; contracts: number; calls: number; events: number }>(
        'maintenance',
        `SELECT (SELECT count(*) FROM vendor)::int AS vendors, (SELECT count(*) FROM vendor_contract)::int AS contracts,
                (SELECT count(*) FROM vendor_call)::int AS calls, (SELECT count(*) FROM outbox_event)::int AS events`,
      )
    )[0];
  const callEvents = async () =>
    (await platform.query<{ n: number }>('maintenance', `SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'maintenance.vendor-call.v1'`))[0].n;
  const register = async (input: typeof KONE) => (await data(groupAdmin, REGISTER, { input })).registerVendor.id as string;
  const events = (type: string, key: string) =>
    platform.query<{ key: string; data: Record<string, any> }>('maintenance', `SELECT key, data FROM outbox_event WHERE type = $1 AND key = $2 ORDER BY seq`, [
      type,
      key,
    ]);
  /** A repair request dispatched to a crew; with `started`, assigned to 陈电梯, accepted and in progress. */
  const order = async (options: { category?: string; priority?: string; started?: boolean } = {}) => {
    const { category = 'ELEVATOR', priority = 'URGENT', started = false } = options;
    const input = { locationId: HALL, category, priority, title: '门诊楼3号梯困人' };
    const id = (await data(dispatcher, `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id } }`, { input }))
      .submitRepairRequest.id as string;
    const crew = category === 'ELEVATOR' ? ELEVATOR_CREW : PLUMBING_CREW;
    await data(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: id, teamId: crew, technicianId: started ? TECH_CHEN : undefined },
    });
    if (started) {
      await data(technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
      await data(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
    }
    return id;
  };
  const callVendor = async (workOrderId: string, vendorId: string, identity = dispatcher) =>
    (await data(identity, CALL_VENDOR, { input: { workOrderId, vendorId, reason: '曳引机异响，需厂家检修' } })).callVendor;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'] });
    await org.publishTo(platform, 'maintenance');
    // 持证上岗: elevator work is dispatched only to a technician with an elevator licence.
    await data(dispatcher, `mutation($input: RecordTechnicianCertificateInput!) { recordTechnicianCertificate(input: $input) { id } }`, {
      input: {
        staffId: TECH_CHEN,
        kind: 'ELEVATOR',
        certificateNo: 'T-CHEN-1',
        issuedOn: addDays(today, -100),
        validUntil: addDays(today, 900),
        issuingAuthority: '市市场监管局',
      },
    });
  });
  afterAll(() => platform?.stop());

  it('registers a vendor and a contract, with audit and events; bad input is refused and writes nothing', async () => {
    const registered = (await data(groupAdmin, REGISTER, { input: { ...KONE, unifiedSocialCreditCode: ' 91310000607200001k ' } })).registerVendor;
    expect(registered).toMatchObject({ ...KONE, active: true });
    kone = registered.id;
    expect(await events('maintenance.vendor.registered.v1', kone)).toEqual([
      { key: kone, data: expect.objectContaining({ vendorId: kone, name: KONE.name, unifiedSocialCreditCode: KONE.unifiedSocialCreditCode }) },
    ]);
    const created = (await data(eastAdmin, CREATE_CONTRACT, { input: contract(kone, 'WB-2026-001') })).createVendorContract;
    expect(created).toMatchObject({
      vendorId: kone,
      campuses: [{ id: EAST }],
      categories: ['ELEVATOR'],
      validToday: true,
      onSiteMinutes: ELEVATOR_SLA,
      resolutionHours: 24,
      annualFeeFen: 36_000_000,
      callOutFeeFen: 0,
    });
    expect(await events('maintenance.vendor.contract-created.v1', kone)).toEqual([
      {
        key: kone,
        data: expect.objectContaining({ contractId: created.id, campusIds: [EAST], onSiteMinutes: { URGENT: 120, HIGH: 240, NORMAL: 1440, LOW: 4320 } }),
      },
    ]);
    const audit = await platform.query('maintenance', `SELECT action, campus_id FROM audit_entry WHERE entity_id = ANY($1) ORDER BY occurred_at`, [
      [kone, created.id],
    ]);
    expect(audit).toEqual([
      { action: 'vendor.register', campus_id: null },
      { action: 'vendor_contract.create', campus_id: EAST },
    ]);
    const before = await counts();

    const badCode = await call(groupAdmin, REGISTER, { input: { ...OTIS, unifiedSocialCreditCode: '91310115MA1H7XQ2XA' } }, 'en');
    expect(errorCode(badCode)).toBe('INVALID_CREDIT_CODE');
    expect(badCode.errors?.[0].message).toBe('Not a valid unified social credit code (统一社会信用代码): 91310115MA1H7XQ2XA (check character wrong)');
    expect(errorCode(await call(groupAdmin, REGISTER, { input: { ...OTIS, unifiedSocialCreditCode: '91310115MA1H7XQ2X' } }))).toBe('INVALID_CREDIT_CODE');
    expect(errorCode(await call(groupAdmin, REGISTER, { input: { ...OTIS, name: KONE.name } }))).toBe('DUPLICATE');
    expect(errorCode(await call(groupAdmin, REGISTER, { input: { ...OTIS, unifiedSocialCreditCode: KONE.unifiedSocialCreditCode } }))).toBe('DUPLICATE');
    expect(errorCode(await call(groupAdmin, REGISTER, { input: { ...OTIS, contactPhone: '找周经理' } }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: OTIS }))).toBe('FORBIDDEN');

    const refused = async (identity: Identity, overrides: Record<string, unknown>) =>
      errorCode(await call(identity, CREATE_CONTRACT, { input: contract(kone, `WB-X-${randomUUID().slice(0, 8)}`, overrides) }));
    expect(await refused(eastAdmin, { campusIds: [EAST, WEST] })).toBe('FORBIDDEN');
    expect(await refused(eastAdmin, { startsOn: addDays(today, 10), endsOn: addDays(today, 5) })).toBe('INVALID_DATE_RANGE');
    expect(await refused(eastAdmin, { startsOn: addDays(today, -400), endsOn: addDays(today, -35) })).toBe('INVALID_DATE_RANGE');
    expect(await refused(eastAdmin, { endsOn: '2026-02-30' })).toBe('INVALID_INPUT');
    expect(await refused(eastAdmin, { onSiteMinutes: ELEVATOR_SLA.slice(0, 3) })).toBe('INVALID_INPUT');
    expect(await refused(eastAdmin, { callOutFeeFen: -100 })).toBe('INVALID_INPUT');
    expect(await refused(eastAdmin, { categories: [] })).toBe('INVALID_INPUT');
    expect(await refused(groupAdmin, { campusIds: [randomUUID()] })).toBe('NOT_FOUND');
    expect(await refused(groupAdmin, { vendorId: randomUUID() })).toBe('NOT_FOUND');
    expect(errorCode(await call(eastAdmin, CREATE_CONTRACT, { input: contract(kone, 'WB-2026-001') }))).toBe('DUPLICATE');
    expect(errorCode(await call(dispatcher, CREATE_CONTRACT, { input: contract(kone, 'WB-2026-002') }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    // Campus admins read vendors; each sees the contracts covering their own campuses.
    const vendor = (identity: Identity) => data(identity, `query($id: ID!) { vendor(id: $id) { ${VENDOR} contracts { contractNo } } }`, { id: kone });
    expect((await vendor(eastAdmin)).vendor.contracts).toEqual([{ contractNo: 'WB-2026-001' }]);
    expect((await vendor(westAdmin)).vendor).toMatchObject({ name: KONE.name, contracts: [] });
    const listed = (await data(westAdmin, `query { vendors(search: "通力", active: true) { totalCount edges { node { id } } } }`)).vendors;
    expect(listed).toEqual({ totalCount: 1, edges: [{ node: { id: kone } }] });

    // A correction writes an event; the same values again write nothing.
    const updated = (await data(groupAdmin, UPDATE, { input: { vendorId: kone, contactPhone: '13912345678' } })).updateVendor;
    expect(updated.contactPhone).toBe('13912345678');
    await data(groupAdmin, UPDATE, { input: { vendorId: kone, contactPhone: '13912345678', name: KONE.name } });
    expect((await events('maintenance.vendor.updated.v1', kone)).map((e) => e.data.contactPhone)).toEqual(['13912345678']);
  });

  it("calls the elevator vendor for an urgent order in progress: the order's clock stands still until the vendor finishes", async () => {
    const id = await order({ started: true });
    const called = await callVendor(id, kone);
    const calledAt = new Date(called.calledAt).getTime();
    expect(called).toMatchObject({ status: 'CALLED', campus: { id: EAST }, onSite: 'PENDING', resolution: 'PENDING', arrivedAt: null, callOutFeeFen: 0 });
    expect(new Date(called.onSiteDueAt).getTime() - calledAt).toBe(120 * MINUTE);
    expect(new Date(called.resolutionDueAt).getTime() - calledAt).toBe(24 * 60 * MINUTE);

    const paused = (await data(dispatcher, ORDER, { id })).workOrder;
    expect(paused.sla).toEqual({ pausedSince: expect.any(String), pauseReason: 'WAITING_FOR_VENDOR' });
    expect(paused.clockPauses).toEqual([{ reason: 'WAITING_FOR_VENDOR', note: KONE.name, resumedAt: null }]);
    expect(paused.vendorCalls).toEqual([
      { id: called.id, status: 'CALLED', vendor: { name: KONE.name }, contract: { contractNo: 'WB-2026-001' }, workOrder: { id } },
    ]);
    expect(await events('maintenance.vendor-call.vendor-called.v1', called.id)).toEqual([
      { key: called.id, data: expect.objectContaining({ workOrderId: id, vendorId: kone, category: 'ELEVATOR', priority: 'URGENT', clockPaused: true }) },
    ]);

    // One open call per order; its times must be real: not in the future, not before the call.
    otis = await register(OTIS);
    await data(groupAdmin, CREATE_CONTRACT, { input: contract(otis, 'OTIS-2026-01') });
    const again = await call(dispatcher, CALL_VENDOR, { input: { workOrderId: id, vendorId: otis, reason: '再叫一家' } }, 'zh-CN');
    expect(errorCode(again)).toBe('VENDOR_CALL_ALREADY_OPEN');
    expect(again.errors?.[0].message).toBe(
      `工单 ${(await platform.query<{ number: string }>('maintenance', `SELECT number FROM work_order WHERE id = $1`, [id]))[0].number} 已有未结束的外请（${KONE.name}），请先登记完工或取消`,
    );
    const before = await counts();
    expect(errorCode(await call(dispatcher, FINISH, { input: { callId: called.id, workDescription: '更换曳引轮', labourFen: 0, materialsFen: 0 } }))).toBe(
      'VENDOR_CALL_ILLEGAL_TRANSITION',
    );
    expect(errorCode(await call(dispatcher, ARRIVE, { id: called.id, at: new Date(Date.now() + 30 * MINUTE).toISOString() }))).toBe('TIME_IN_FUTURE');
    expect(errorCode(await call(dispatcher, ARRIVE, { id: called.id, at: new Date(calledAt - MINUTE).toISOString() }))).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(otherTechnician, ARRIVE, { id: called.id }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, ARRIVE, { id: called.id }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    // The technician on the order meets the vendor and records the arrival: within 2 hours, on time.
    const arrived = (await data(technician, ARRIVE, { id: called.id })).recordVendorArrival;
    expect(arrived).toMatchObject({ status: 'ON_SITE', onSite: 'ON_TIME', minutesToArrive: 0 });
    expect(await events('maintenance.vendor-call.vendor-arrived.v1', called.id)).toEqual([
      { key: called.id, data: expect.objectContaining({ status: 'ON_SITE', onTime: true, minutesToArrive: 0 }) },
    ]);

    const finish = (input: Record<string, unknown>) => ({ input: { callId: called.id, workDescription: '更换曳引轮轴承，试运行正常', ...input } });
    expect(errorCode(await call(dispatcher, FINISH, finish({ labourFen: -1, materialsFen: 0 })))).toBe('INVALID_INPUT');
    expect(errorCode(await call(dispatcher, FINISH, finish({ labourFen: 80_000, materialsFen: 1.5 })))).toBe('INVALID_INPUT');
    expect(errorCode(await call(technician, FINISH, finish({ labourFen: 80_000, materialsFen: 0 })))).toBe('FORBIDDEN');
    expect((await counts()).events).toBe(before.events + 1);
    const finished = (await data(dispatcher, FINISH, finish({ labourFen: 80_000, materialsFen: 125_050, invoiceNo: '31002400000012345678' }))).finishVendorCall;
    expect(finished).toMatchObject({
      status: 'FINISHED',
      labourFen: 80_000,
      materialsFen: 125_050,
      costFen: 205_050,
      invoiceNo: '31002400000012345678',
      resolution: 'ON_TIME',
    });
    expect(await events('maintenance.vendor-call.vendor-call-finished.v1', called.id)).toEqual([
      {
        key: called.id,
        data: expect.objectContaining({
          status: 'FINISHED',
          costFen: 205_050,
          labourFen: 80_000,
          materialsFen: 125_050,
          departmentId: OUTPATIENT,
          clockResumed: true,
        }),
      },
    ]);
    // The order's cost counts the vendor's labour and materials and the contract's call-out fee.
    const { cost } = (await data(dispatcher, `query($id: ID!) { workOrder(id: $id) { cost { vendorFen totalFen } } }`, { id })).workOrder;
    expect(cost.vendorFen).toBe(205_050 + finished.callOutFeeFen);
    const resumed = (await data(dispatcher, ORDER, { id })).workOrder;
    expect(resumed.sla).toEqual({ pausedSince: null, pauseReason: null });
    expect(resumed.clockPauses).toEqual([{ reason: 'WAITING_FOR_VENDOR', note: KONE.name, resumedAt: expect.any(String) }]);
    expect(resumed.status).toBe('IN_PROGRESS');

    // Once finished, the order may call a vendor again.
    expect((await callVendor(id, otis)).status).toBe('CALLED');
  });

  it('leaves the clock alone when it is not running for the vendor, and cancelling resumes only a pause for the vendor', async () => {
    // Dispatched, not yet accepted: only the response clock runs.
    const dispatched = await order();
    const early = await callVendor(dispatched, kone);
    expect((await events('maintenance.vendor-call.vendor-called.v1', early.id))[0].data.clockPaused).toBe(false);
    expect((await data(dispatcher, ORDER, { id: dispatched })).workOrder.sla.pausedSince).toBeNull();
    expect(errorCode(await call(dispatcher, CANCEL, { id: early.id, reason: ' ' }))).toBe('TEXT_REQUIRED');
    const cancelled = (await data(dispatcher, CANCEL, { id: early.id, reason: '本院电梯班已修复' })).cancelVendorCall;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '本院电梯班已修复', onSite: 'WITHDRAWN' });
    expect(await events('maintenance.vendor-call.vendor-call-cancelled.v1', early.id)).toEqual([
      { key: early.id, data: expect.objectContaining({ reason: '本院电梯班已修复', arrivedAt: null, clockResumed: false }) },
    ]);
    expect(errorCode(await call(dispatcher, CANCEL, { id: early.id, reason: '再取消' }))).toBe('VENDOR_CALL_ILLEGAL_TRANSITION');

    // Already waiting for parts: the call neither pauses nor, when cancelled, resumes that pause.
    const waiting = await order({ started: true });
    await data(technician, `mutation($i: PauseWorkOrderClockInput!) { pauseWorkOrderClock(input: $i) { status } }`, {
      i: { workOrderId: waiting, reason: 'WAITING_FOR_PARTS', note: '等曳引轮到货' },
    });
    const second = await callVendor(waiting, kone);
    expect((await events('maintenance.vendor-call.vendor-called.v1', second.id))[0].data.clockPaused).toBe(false);
    await data(dispatcher, CANCEL, { id: second.id, reason: '备件到货，本院自修' });
    expect((await events('maintenance.vendor-call.vendor-call-cancelled.v1', second.id))[0].data.clockResumed).toBe(false);
    expect((await data(dispatcher, ORDER, { id: waiting })).workOrder.sla.pauseReason).toBe('WAITING_FOR_PARTS');
  });

  it('calls only a vendor with a contract in force covering the order, for an order being worked on', async () => {
    const elevatorOrder = await order();
    const before = await counts();
    const callEventsBefore = await callEvents();

    // 迅达 holds no contract at all.
    const schindler = await register(SCHINDLER);
    const none = await call(dispatcher, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: schindler, reason: '困人' } }, 'en');
    expect(errorCode(none)).toBe('NO_VENDOR_CONTRACT');
    expect(none.errors?.[0].message).toBe(`The vendor "${SCHINDLER.name}" holds no contract valid today that covers ELEVATOR work on this campus`);
    // The elevator contract does not cover plumbing.
    const plumbing = await order({ category: 'PLUMBING', priority: 'HIGH' });
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: plumbing, vendorId: kone, reason: '管道爆裂' } }))).toBe('NO_VENDOR_CONTRACT');
    // A contract not yet started, and one that has expired (moved into the past: time cannot pass in a test).
    await data(groupAdmin, CREATE_CONTRACT, { input: contract(schindler, 'XD-2027', { startsOn: addDays(today, 1) }) });
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: schindler, reason: '困人' } }))).toBe(
      'NO_VENDOR_CONTRACT',
    );
    await data(groupAdmin, CREATE_CONTRACT, { input: contract(schindler, 'XD-2025') });
    await platform.query('maintenance', `UPDATE vendor_contract SET starts_on = $2, ends_on = $3 WHERE contract_no = $1`, [
      'XD-2025',
      addDays(today, -400),
      addDays(today, -1),
    ]);
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: schindler, reason: '困人' } }))).toBe(
      'NO_VENDOR_CONTRACT',
    );
    // A deactivated vendor, an order not yet dispatched, someone else's campus, a technician.
    const hitachi = await register(HITACHI);
    await data(groupAdmin, CREATE_CONTRACT, { input: contract(hitachi, 'RL-2026') });
    await data(groupAdmin, UPDATE, { input: { vendorId: hitachi, active: false } });
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: hitachi, reason: '困人' } }))).toBe(
      'REFERENCE_INACTIVE',
    );
    const submitted = (
      await data(dispatcher, `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id } }`, {
        input: { locationId: HALL, category: 'ELEVATOR', priority: 'URGENT', title: '2号梯异响' },
      })
    ).submitRepairRequest.id;
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: submitted, vendorId: kone, reason: '困人' } }))).toBe(
      'VENDOR_CALL_ORDER_NOT_ACTIVE',
    );
    expect(errorCode(await call(westAdmin, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: kone, reason: '困人' } }))).toBe('NOT_FOUND');
    expect(errorCode(await call(technician, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: kone, reason: '困人' } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(dispatcher, CALL_VENDOR, { input: { workOrderId: elevatorOrder, vendorId: kone, reason: '' } }))).toBe('TEXT_REQUIRED');

    expect((await counts()).calls).toBe(before.calls);
    expect(await callEvents()).toBe(callEventsBefore);
  });

  it("reports each vendor's on-site compliance for a known set of calls, within the caller's campuses", async () => {
    const vendor = await register({
      name: '三菱电梯东院维保站',
      unifiedSocialCreditCode: '91110105MA01ABCD13',
      contactName: '钱工',
      contactPhone: '010-88889999',
    });
    await data(groupAdmin, CREATE_CONTRACT, { input: contract(vendor, 'SL-2026') });
    const t0 = Math.floor(Date.now() / 1000) * 1000;
    const at = (minutes: number) => new Date(t0 + minutes * MINUTE);
    /** Moves a call into the past: made `calledMinutesAgo` minutes ago, due on site 120 minutes after. */
    const backdate = (id: string, calledMinutesAgo: number) =>
      platform.query('maintenance', `UPDATE vendor_call SET called_at = $2, on_site_due_at = $3 WHERE id = $1`, [
        id,
        at(-calledMinutesAgo),
        at(-calledMinutesAgo + 120),
      ]);
    const newCall = async () => (await callVendor(await order(), vendor)).id as string;

    // On time: called 2 h ago, on site 30 min later, finished for 700 元.
    const onTime = await newCall();
    await backdate(onTime, 120);
    await data(dispatcher, ARRIVE, { id: onTime, at: at(-90).toISOString() });
    await data(dispatcher, FINISH, { input: { callId: onTime, workDescription: '调整门机', labourFen: 50_000, materialsFen: 20_000 } });
    // Late: called 5 h ago, due 3 h ago, on site 1 h ago (240 min after the call), finished for 1,000 元.
    const late = await newCall();
    await backdate(late, 300);
    const lateArrival = (await data(dispatcher, ARRIVE, { id: late, at: at(-60).toISOString() })).recordVendorArrival;
    expect(lateArrival).toMatchObject({ onSite: 'LATE', minutesToArrive: 240 });
    await data(dispatcher, FINISH, { input: { callId: late, workDescription: '更换抱闸', labourFen: 100_000, materialsFen: 0 } });
    // Past due: nobody came in 4 h; and one cancelled after its due time without anyone coming.
    const overdue = await newCall();
    await backdate(overdue, 240);
    const noShow = await newCall();
    await backdate(noShow, 180);
    await data(dispatcher, CANCEL, { id: noShow, reason: '厂家未到，改叫他家' });
    // In no figure: one withdrawn before it was due, one not yet due.
    await data(dispatcher, CANCEL, { id: await newCall(), reason: '已自修' });
    await newCall();

    const period = { from: at(-24 * 60).toISOString(), to: at(24 * 60).toISOString(), v: vendor };
    const [row] = (await data(eastAdmin, COMPLIANCE, period)).vendorSlaCompliance;
    expect(row).toEqual({
      vendor: { id: vendor, name: '三菱电梯东院维保站' },
      calls: 6,
      onSiteOnTime: 1,
      onSiteLate: 1,
      notOnSitePastDue: 2,
      onSiteCompliance: 0.25,
      averageMinutesToArrive: 135,
      totalCostFen: 170_000,
    });
    const listed = (await data(eastAdmin, `query($v: ID) { vendorCalls(vendorId: $v, first: 10) { totalCount edges { node { id onSite } } } }`, { v: vendor }))
      .vendorCalls;
    expect(listed.totalCount).toBe(6);
    expect(listed.edges.find((e: any) => e.node.id === overdue).node.onSite).toBe('OVERDUE');
    expect(listed.edges.map((e: any) => e.node.onSite).sort()).toEqual(['LATE', 'ON_TIME', 'OVERDUE', 'OVERDUE', 'PENDING', 'WITHDRAWN']);
    // The whole group's report holds every vendor called, this one with the same figures.
    expect((await data(groupAdmin, COMPLIANCE, { from: period.from, to: period.to })).vendorSlaCompliance).toContainEqual(row);
    expect(errorCode(await call(eastAdmin, COMPLIANCE, { from: period.to, to: period.from }))).toBe('INVALID_DATE_RANGE');

    // West's admin sees none of East's calls.
    expect((await data(westAdmin, COMPLIANCE, { from: period.from, to: period.to })).vendorSlaCompliance).toEqual([]);
    expect(errorCode(await call(westAdmin, COMPLIANCE, { ...period, c: EAST }))).toBe('FORBIDDEN');
    expect((await data(westAdmin, `query { vendorCalls { totalCount } }`)).vendorCalls.totalCount).toBe(0);
    expect(errorCode(await call(westAdmin, `query { vendorCalls(campusId: "${EAST}") { totalCount } }`))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, CANCEL, { id: overdue, reason: '越权' }))).toBe('NOT_FOUND');
  });
});
