import { MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaToday, previousMonth } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** Costs to finance (计财科): department charges by month and category from the ledger, and the monthly statement event. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const ICU = org.department(EAST, '重症医学科');

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeper: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };
const westKeeper: Identity = { subject: 'keeper-west', staffId: randomUUID(), name: '西院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [WEST] };
const nurse: Identity = { subject: 'nurse', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const COSTS = `query($m: String!, $c: ID, $d: ID) { departmentMaterialsCosts(month: $m, campusId: $c, departmentId: $d) {
  campusId department { id } costCentreCode category issuedFen returnedFen netFen } }`;
const thisMonth = () => chinaToday(new Date()).slice(0, 7);

describe('materials costs to finance (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let warehouseId: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');
  const item = async (category: string, unitCostFen: number, quantity: number) => {
    const id = (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code: `C-${randomBytes(4).toString('hex')}`, name: '物资', unit: '个', category },
      })
    ).createItem.id as string;
    await data(keeper, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { id } }`, {
      i: { warehouseId, lines: [{ itemId: id, quantity, unitCostFen }] },
    });
    return id;
  };
  const issue = async (departmentId: string, itemId: string, quantity: number) =>
    (
      await data(keeper, `mutation($i: IssueStockInput!) { issueStock(input: $i) { id } }`, {
        i: { warehouseId, departmentId, lines: [{ itemId, quantity }] },
      })
    ).issueStock.id as string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'], env: { materials: { SCHEDULED_JOB_INTERVAL_MS: '300' } } });
    await org.publishTo(platform, 'materials');
    warehouseId = (
      await data(admin, `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`, {
        i: { campusId: EAST, code: 'WH-E', name: '东院区总库' },
      })
    ).createWarehouse.id;
  });
  afterAll(() => platform?.stop());

  it('charges each department by category, net of returns, at the cost of the lots drawn', async () => {
    const gloves = await item('PROTECTIVE', 120, 100);
    const valves = await item('SPARE_PART', 3500, 10);
    const glovesIssue = await issue(CARDIOLOGY, gloves, 30);
    await issue(CARDIOLOGY, valves, 2);
    await issue(ICU, gloves, 10);
    await data(keeper, `mutation($i: ReturnStockInput!) { returnStock(input: $i) { id } }`, {
      i: { stockIssueId: glovesIssue, reason: '多领退回', lines: [{ itemId: gloves, quantity: 5 }] },
    });

    const costs = (await data(admin, COSTS, { m: thisMonth(), c: EAST })).departmentMaterialsCosts;
    const of = (department: string, category: string) => costs.find((c: any) => c.department.id === department && c.category === category);
    expect(of(CARDIOLOGY, 'PROTECTIVE')).toMatchObject({ campusId: EAST, issuedFen: 3600, returnedFen: 600, netFen: 3000 });
    expect(of(CARDIOLOGY, 'SPARE_PART')).toMatchObject({ issuedFen: 7000, returnedFen: 0, netFen: 7000 });
    expect(of(ICU, 'PROTECTIVE')).toMatchObject({ issuedFen: 1200, netFen: 1200 });
    expect(of(CARDIOLOGY, 'PROTECTIVE').costCentreCode).toMatch(/^CC/);
    // One department only; and nothing in a month without issues.
    expect((await data(keeper, COSTS, { m: thisMonth(), d: ICU })).departmentMaterialsCosts).toHaveLength(1);
    expect((await data(admin, COSTS, { m: '2020-01' })).departmentMaterialsCosts).toEqual([]);
  });

  it('keeps campuses apart and checks its input', async () => {
    expect((await data(westKeeper, COSTS, { m: thisMonth() })).departmentMaterialsCosts).toEqual([]);
    expect(errorCode(await call(westKeeper, COSTS, { m: thisMonth(), c: EAST }))).toBe('FORBIDDEN');
    expect(errorCode(await call(nurse, COSTS, { m: thisMonth() }))).toBe('FORBIDDEN');
    expect(errorCode(await call(admin, COSTS, { m: '2026-13' }))).toBe('INVALID_INPUT');
  });

  it('sends each department’s closed month to finance once, by category, across a restart', async () => {
    // The month is over: move this month's movements into the last (the ledger refuses updates, so the test
    // lifts its trigger for this one transaction — the only way to let time pass here).
    await platform.query(
      'materials',
      `SET LOCAL session_replication_role = replica; UPDATE stock_movement SET occurred_at = occurred_at - interval '1 month' WHERE department_id IS NOT NULL`,
    );
    const statements = () =>
      platform.query<{ data: Record<string, any> }>(
        'materials',
        `SELECT data FROM outbox_event WHERE type = 'materials.department-cost.month-closed.v1' ORDER BY seq`,
      );
    await eventually(async () => ((await statements()).length === 2 ? true : undefined), 30_000, 'two month-closed statements');
    const byDepartment = new Map((await statements()).map((s) => [s.data.departmentId, s.data]));
    expect(byDepartment.get(CARDIOLOGY)).toMatchObject({
      campusId: EAST,
      month: previousMonth(chinaToday(new Date())),
      netFen: 10000,
      categories: [
        { category: 'PROTECTIVE', issuedFen: 3600, returnedFen: 600, netFen: 3000 },
        { category: 'SPARE_PART', issuedFen: 7000, returnedFen: 0, netFen: 7000 },
      ],
    });
    expect(byDepartment.get(ICU)).toMatchObject({ netFen: 1200 });

    const runs = async () =>
      (await platform.query<{ runs: number }>('materials', `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'materials.department-costs'`))[0]
        .runs;
    await platform.process('materials').stop();
    await platform.process('materials').start();
    const after = await runs();
    await eventually(async () => ((await runs()) >= after + 2 ? true : undefined), 30_000, 'two more runs');
    expect(await statements()).toHaveLength(2);
  });
});
