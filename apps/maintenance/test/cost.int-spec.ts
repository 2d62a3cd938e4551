import { MaintenanceRole, StockIssuedV1, StockReturnedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth, chinaToday, previousMonth } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, publishEvents, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/** Labour rates, time logs, parts costs from materials' events and the monthly statement for finance. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WARD = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY });
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const TECH = org.staff(EAST, { name: '张建国', teamId: PLUMBING });
const HELPER = org.staff(EAST, { name: '赵小明', teamId: PLUMBING });

const admin: Identity = { subject: 'admin-east', staffId: null, name: '东院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const dispatcher: Identity = { subject: 'dispatcher', staffId: randomUUID(), name: '赵敏', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech', staffId: TECH, name: '张建国', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析', roles: [Role.ANALYST], campusIds: [] };

const RATE = `mutation($i: SetLabourRateInput!) { setLabourRate(input: $i) { fenPerHour effectiveFrom team { id } } }`;
const LOG = `mutation($i: LogWorkTimeInput!) { logWorkTime(input: $i) { minutes fenPerHour costFen technician { id } } }`;
const COST = `query($id: ID!) { workOrder(id: $id) { labourMinutes cost { labourFen partsFen vendorFen totalFen } timeLogs { minutes costFen technician { id } } } }`;
const thisMonth = () => chinaMonth(new Date());
const lastMonth = () => previousMonth(chinaToday(new Date()));

describe('maintenance costs (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  let orderId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'], env: { maintenance: { SCHEDULED_JOB_INTERVAL_MS: '300' } } });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it('sets campus and team labour rates, refusing bad ones', async () => {
    expect((await data(admin, RATE, { i: { campusId: EAST, fenPerHour: 6000, effectiveFrom: '2020-01-01' } })).setLabourRate).toMatchObject({
      fenPerHour: 6000,
      team: null,
    });
    expect((await data(admin, RATE, { i: { campusId: EAST, teamId: PLUMBING, fenPerHour: 9000, effectiveFrom: '2020-01-01' } })).setLabourRate.team).toEqual({
      id: PLUMBING,
    });
    expect(errorCode(await call(admin, RATE, { i: { campusId: EAST, fenPerHour: -1, effectiveFrom: '2020-01-01' } }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(admin, RATE, { i: { campusId: EAST, fenPerHour: 100, effectiveFrom: '2020-02-30' } }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(admin, RATE, { i: { campusId: WEST, fenPerHour: 100, effectiveFrom: '2020-01-01' } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(technician, RATE, { i: { campusId: EAST, fenPerHour: 100, effectiveFrom: '2020-01-01' } }))).toBe('FORBIDDEN');
    const rates = (await data(admin, `query($c: ID!) { labourRates(campusId: $c) { fenPerHour } }`, { c: EAST })).labourRates;
    expect(rates).toHaveLength(2);
  });

  it('prices every time log at the rate of the day, including the completing technician’s, and adds the parts materials charged', async () => {
    orderId = (
      await data(nurse, `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
        i: { locationId: WARD, category: 'PLUMBING', priority: 'NORMAL', title: '5病区洗手池下水堵塞' },
      })
    ).submitRepairRequest.id;
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 30 } }))).toBe('TIME_LOG_NOT_ALLOWED');
    await data(dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: orderId, teamId: PLUMBING, technicianId: TECH },
    });
    await data(technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id: orderId });
    await data(technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id: orderId });

    expect((await data(technician, LOG, { i: { workOrderId: orderId, minutes: 30 } })).logWorkTime).toEqual({
      minutes: 30,
      fenPerHour: 9000,
      costFen: 4500,
      technician: { id: TECH },
    });
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 60, staffId: HELPER } }))).toBe('FORBIDDEN');
    expect((await data(dispatcher, LOG, { i: { workOrderId: orderId, minutes: 60, staffId: HELPER, note: '协助疏通' } })).logWorkTime.costFen).toBe(9000);
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 0 } }))).toBe('QUANTITY_NOT_POSITIVE');
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 2000 } }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 10, workedOn: '2099-01-01' } }))).toBe('DATE_IN_FUTURE');
    expect(errorCode(await call(technician, LOG, { i: { workOrderId: orderId, minutes: 10, workedOn: '2020-01-01' } }))).toBe('INVALID_DATE_RANGE');
    await data(technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: orderId, labourMinutes: 45 },
    });

    // Materials issues the parts and charges the department; the same event delivered twice counts once.
    const stockIssueId = randomUUID();
    const issued = {
      contract: StockIssuedV1,
      key: stockIssueId,
      data: {
        stockIssueId,
        campusId: EAST,
        warehouseId: randomUUID(),
        departmentId: CARDIOLOGY,
        workOrderId: orderId,
        issuedAt: new Date().toISOString(),
        totalCostFen: 7000,
        lines: [],
      },
    };
    await publishEvents(platform, 'materials', [issued, issued]);
    const order = await eventually(async () => {
      const found = (await data(dispatcher, COST, { id: orderId })).workOrder;
      return found.cost.partsFen > 0 ? found : undefined;
    });
    expect(order.labourMinutes).toBe(135);
    expect(order.cost).toEqual({ labourFen: 4500 + 9000 + 6750, partsFen: 7000, vendorFen: 0, totalFen: 27250 });
    expect(order.timeLogs.map((t: { minutes: number }) => t.minutes)).toEqual([30, 60, 45]);

    const costs = (
      await data(analyst, `query($m: String!) { departmentMaintenanceCosts(month: $m) { department { id } labourFen partsFen totalFen } }`, { m: thisMonth() })
    ).departmentMaintenanceCosts;
    expect(costs).toEqual([{ department: { id: CARDIOLOGY }, labourFen: 20250, partsFen: 7000, totalFen: 27250 }]);

    // A part comes back unused (退库): the order and the department are credited its cost, once however often it arrives.
    const returned = {
      contract: StockReturnedV1,
      key: stockIssueId,
      data: {
        stockReturnId: randomUUID(),
        stockIssueId,
        campusId: EAST,
        warehouseId: issued.data.warehouseId,
        departmentId: CARDIOLOGY,
        workOrderId: orderId,
        returnedAt: new Date().toISOString(),
        totalCostFen: 2000,
        reason: '未用完',
        lines: [],
      },
    };
    await publishEvents(platform, 'materials', [returned, returned]);
    const credited = await eventually(async () => {
      const found = (await data(dispatcher, COST, { id: orderId })).workOrder;
      return found.cost.partsFen < 7000 ? found : undefined;
    });
    expect(credited.cost).toEqual({ labourFen: 20250, partsFen: 5000, vendorFen: 0, totalFen: 25250 });
    const creditedCosts = (
      await data(analyst, `query($m: String!) { departmentMaintenanceCosts(month: $m) { department { id } partsFen totalFen } }`, { m: thisMonth() })
    ).departmentMaintenanceCosts;
    expect(creditedCosts).toEqual([{ department: { id: CARDIOLOGY }, partsFen: 5000, totalFen: 25250 }]);
    expect(errorCode(await call(analyst, `query { departmentMaintenanceCosts(month: "2026-13") { labourFen } }`))).toBe('INVALID_INPUT');
  });

  it('sends each department’s costs of a finished month to finance once, across a restart', async () => {
    // The month is over: move this order's costs into last month (the only way to let time pass here).
    // One statement, so the job (running every 300 ms) never sees half of the move.
    await platform.query(
      'maintenance',
      `WITH labour AS (UPDATE work_order_time_log SET worked_on = worked_on - interval '1 month' WHERE work_order_id = $1)
       UPDATE work_order_parts_cost SET issued_at = issued_at - interval '1 month' WHERE work_order_id = $1`,
      [orderId],
    );
    const statements = () =>
      platform.query<{ data: Record<string, unknown> }>(
        'maintenance',
        `SELECT data FROM outbox_event WHERE type = 'maintenance.department-cost.month-closed.v1'`,
      );
    await eventually(async () => ((await statements()).length > 0 ? true : undefined), 30_000, 'the month-closed statement');
    expect((await statements()).map((s) => s.data)).toEqual([
      expect.objectContaining({ departmentId: CARDIOLOGY, month: lastMonth(), labourFen: 20250, partsFen: 7000, vendorFen: 0, chargeableFen: 20250 }),
    ]);
    const runs = async () =>
      (
        await platform.query<{ runs: number }>('maintenance', `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'maintenance.department-costs'`)
      )[0].runs;
    await platform.process('maintenance').stop();
    await platform.process('maintenance').start();
    const after = await runs();
    await eventually(async () => ((await runs()) >= after + 2 ? true : undefined), 30_000, 'two more runs');
    expect(await statements()).toHaveLength(1);
  });
});
