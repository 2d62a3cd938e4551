import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Expiry (效期) on real Postgres and Kafka: the expiry job runs inside the service every 500 ms. Time passing is
 * played by moving a lot's expiry date closer, which is what the job sees when the calendar moves on.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const NORTH = org.campus('北院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const EMERGENCY = org.department(NORTH, '急诊科');

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeper: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };
const northKeeper: Identity = { subject: 'keeper-north', staffId: randomUUID(), name: '北院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [NORTH] };
const northTechnician: Identity = { subject: 'tech-north', staffId: randomUUID(), name: '北院维修工', roles: [MaintenanceRole.TECHNICIAN], campusIds: [NORTH] };
const westKeeper: Identity = { subject: 'keeper-west', staffId: randomUUID(), name: '西院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [WEST] };
const nurse: Identity = { subject: 'nurse-north', staffId: randomUUID(), name: '北院护士', roles: [Role.REQUESTER], campusIds: [NORTH] };

const EXPIRING = 'materials.stock-level.lot-expiring.v1';
const QUARANTINED = 'materials.stock-level.lot-quarantined.v1';
const JOB = 'materials.lot-expiry';

const CREATE_ITEM = `mutation($input: CreateItemInput!) { createItem(input: $input) { id } }`;
const CREATE_WAREHOUSE = `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`;
const RECEIVE = `mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { lots { id quarantined } } }`;
const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) { id } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { id } }`;
const LOTS = `query($w: ID!, $i: ID) { stockLots(warehouseId: $w, itemId: $i, withStockOnly: false) { edges { node { id quantityRemaining quarantined } } } }`;
const EXPIRING_LOTS = `query($c: ID, $d: Int!, $first: Int, $after: String) {
  expiringLots(campusId: $c, withinDays: $d, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { lotId campusId warehouseId item { id } batchNo expiresOn daysLeft quantity unitCostFen valueFen expired quarantined } } } }`;

const today = chinaToday(new Date());
const day = (offset: number) => addDays(today, offset);

interface ExpiryEvent {
  type: string;
  key: string;
  data: Record<string, unknown>;
  sent_at: Date | null;
}

describe('materials expiry alerts and quarantine (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const warehouses: Record<string, string> = {};
  const { call, data } = subgraphCaller(() => platform, 'materials');

  const newItem = async () =>
    (
      await data(admin, CREATE_ITEM, {
        input: { code: `EXP-${randomBytes(4).toString('hex')}`, name: '医用外科口罩', unit: '盒', category: 'PROTECTIVE', tracksExpiry: true },
      })
    ).createItem.id as string;
  const receive = async (identity: Identity, campusId: string, itemId: string, quantity: number, unitCostFen: number, expiresOn: string) =>
    (await data(identity, RECEIVE, { input: { warehouseId: warehouses[campusId], lines: [{ itemId, quantity, unitCostFen, expiresOn, batchNo: 'B-2026' }] } }))
      .receiveGoods.lots[0].id as string;
  /** Time passes for one lot: its expiry date comes `days` away from today. */
  const expireIn = (lotId: string, days: number) => platform.query('materials', `UPDATE stock_lot SET expires_on = $2 WHERE id = $1`, [lotId, day(days)]);
  const events = (lotId: string) =>
    platform.query<ExpiryEvent>('materials', `SELECT type, key, data, sent_at FROM outbox_event WHERE data->>'lotId' = $1 AND type IN ($2, $3) ORDER BY seq`, [
      lotId,
      EXPIRING,
      QUARANTINED,
    ]);
  const summary = async (lotId: string) => (await events(lotId)).map((e) => (e.type === QUARANTINED ? 'QUARANTINED' : e.data.threshold));
  const runs = async () =>
    (await platform.query<{ runs: number }>('materials', `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = $1`, [JOB]))[0]?.runs ?? 0;
  /** Two more runs: at least one started after whatever the test just committed. */
  const twoMoreRuns = async () => {
    const before = await runs();
    await eventually(async () => ((await runs()) >= before + 2 ? true : undefined), 30_000, 'two expiry job runs');
  };
  const quarantinedAt = async (lotId: string) =>
    (await platform.query<{ quarantined_at: Date | null }>('materials', `SELECT quarantined_at FROM stock_lot WHERE id = $1`, [lotId]))[0].quarantined_at;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'], env: { materials: { SCHEDULED_JOB_INTERVAL_MS: '500' } } });
    await org.publishTo(platform, 'materials');
    for (const [campusId, code] of [
      [EAST, 'WH-EAST'],
      [WEST, 'WH-WEST'],
      [NORTH, 'WH-NORTH'],
    ]) {
      warehouses[campusId] = (await data(admin, CREATE_WAREHOUSE, { input: { campusId, code, name: `${code} 总库` } })).createWarehouse.id;
    }
  });
  afterAll(() => platform?.stop());

  it('alerts as a lot comes within 90, 30 and 7 days of its expiry, each once, then quarantines it the day after, once', async () => {
    const masks = await newItem();
    const lot = await receive(keeper, EAST, masks, 20, 1250, day(120));
    await twoMoreRuns();
    expect(await summary(lot)).toEqual([]);

    for (const [days, expected] of [
      [85, ['DAYS_90']],
      [29, ['DAYS_90', 'DAYS_30']],
      [6, ['DAYS_90', 'DAYS_30', 'DAYS_7']],
    ] as const) {
      await expireIn(lot, days);
      await eventually(async () => ((await events(lot)).length === expected.length ? true : undefined), 30_000, `alert at ${days} days`);
      await twoMoreRuns();
      expect(await summary(lot)).toEqual(expected);
    }
    const alerts = await events(lot);
    expect(alerts.map((e) => e.data.daysLeft)).toEqual([85, 29, 6]);
    expect(alerts[2]).toMatchObject({
      key: warehouses[EAST],
      data: {
        lotId: lot,
        campusId: EAST,
        warehouseId: warehouses[EAST],
        itemId: masks,
        itemName: '医用外科口罩',
        batchNo: 'B-2026',
        expiresOn: day(6),
        threshold: 'DAYS_7',
        quantity: 20,
        unitCostFen: 1250,
        valueFen: 20 * 1250,
      },
    });

    // The lot's date goes by: it is quarantined once, shown as such and never issued; it can still be written off.
    const issued = await call(keeper, ISSUE, { input: { warehouseId: warehouses[EAST], departmentId: CARDIOLOGY, lines: [{ itemId: masks, quantity: 5 }] } });
    expect(errorCode(issued)).toBeUndefined();
    await expireIn(lot, -1);
    await eventually(async () => ((await quarantinedAt(lot)) ? true : undefined), 30_000, 'quarantine');
    const firstQuarantine = await quarantinedAt(lot);
    await twoMoreRuns();
    expect(await summary(lot)).toEqual(['DAYS_90', 'DAYS_30', 'DAYS_7', 'QUARANTINED']);
    expect(await quarantinedAt(lot)).toEqual(firstQuarantine);
    const quarantine = (await events(lot))[3];
    expect(quarantine).toMatchObject({
      key: warehouses[EAST],
      data: { lotId: lot, expiresOn: day(-1), quantity: 15, valueFen: 15 * 1250, quarantinedAt: firstQuarantine!.toISOString() },
    });
    expect((await data(keeper, LOTS, { w: warehouses[EAST], i: masks })).stockLots.edges).toEqual([
      { node: { id: lot, quantityRemaining: 15, quarantined: true } },
    ]);
    const refused = await call(keeper, ISSUE, { input: { warehouseId: warehouses[EAST], departmentId: CARDIOLOGY, lines: [{ itemId: masks, quantity: 1 }] } });
    expect(errorCode(refused)).toBe('INSUFFICIENT_STOCK');
    const writeOff = await call(admin, ADJUST, {
      input: { warehouseId: warehouses[EAST], reason: 'EXPIRED_WRITE_OFF', lines: [{ lotId: lot, quantityDelta: -15 }] },
    });
    expect(errorCode(writeOff)).toBeUndefined();

    // Every event reached Kafka.
    await eventually(async () => ((await events(lot)).every((e) => e.sent_at) ? true : undefined), 30_000, 'expiry events relayed to Kafka');
  });

  it('raises only the nearest threshold for a lot received close to its expiry, and ignores lots without stock', async () => {
    const gowns = await newItem();
    const late = await receive(keeper, EAST, gowns, 10, 800, day(5));
    await eventually(async () => ((await events(late)).length ? true : undefined), 30_000, 'alert for the late lot');
    await twoMoreRuns();
    expect(await summary(late)).toEqual(['DAYS_7']);
    expect((await events(late))[0].data).toMatchObject({ threshold: 'DAYS_7', daysLeft: 5 });
    // The milder thresholds are recorded as passed, so no stale 90- or 30-day alert ever follows.
    expect(await platform.query('materials', `SELECT threshold, announced FROM lot_expiry_alert WHERE lot_id = $1 ORDER BY threshold`, [late])).toEqual([
      { threshold: 'DAYS_30', announced: false },
      { threshold: 'DAYS_7', announced: true },
      { threshold: 'DAYS_90', announced: false },
    ]);

    // Issued to the last unit before its date came near, then expired: nothing to warn about or set aside.
    const usedUp = await receive(keeper, EAST, gowns, 4, 800, day(200));
    expect(
      errorCode(await call(keeper, ISSUE, { input: { warehouseId: warehouses[EAST], departmentId: CARDIOLOGY, lines: [{ itemId: gowns, quantity: 14 }] } })),
    ).toBeUndefined();
    await expireIn(usedUp, 20);
    await twoMoreRuns();
    await expireIn(usedUp, -3);
    await twoMoreRuns();
    expect(await summary(usedUp)).toEqual([]);
    expect(await quarantinedAt(usedUp)).toBeNull();
    expect(await platform.query('materials', `SELECT * FROM lot_expiry_alert WHERE lot_id = $1`, [usedUp])).toEqual([]);
  });

  it('lists lots expiring within N days and those already expired, soonest first, a page at a time, per campus', async () => {
    const item = await newItem();
    const soon = await receive(northKeeper, NORTH, item, 8, 300, day(3));
    const later = await receive(northKeeper, NORTH, item, 5, 300, day(40));
    const sameDay = await receive(northKeeper, NORTH, item, 7, 310, day(40));
    await receive(northKeeper, NORTH, item, 9, 300, day(200));
    const past = await receive(northKeeper, NORTH, item, 2, 500, day(30));
    // Used up: left out whatever its date.
    const other = await newItem();
    const gone = await receive(northKeeper, NORTH, other, 6, 300, day(300));
    const issueAll = { warehouseId: warehouses[NORTH], departmentId: EMERGENCY, lines: [{ itemId: other, quantity: 6 }] };
    expect(errorCode(await call(northKeeper, ISSUE, { input: issueAll }))).toBeUndefined();
    await expireIn(gone, 10);
    await expireIn(past, -2);
    await eventually(async () => ((await quarantinedAt(past)) ? true : undefined), 30_000, 'quarantine of the expired lot');

    const page = async (identity: Identity, variables: Record<string, unknown>) => (await data(identity, EXPIRING_LOTS, variables)).expiringLots;
    const all = await page(northTechnician, { c: NORTH, d: 60 });
    const [a, b] = [later, sameDay].sort();
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e: any) => e.node.lotId)).toEqual([past, soon, a, b]);
    expect(all.edges[0].node).toEqual({
      lotId: past,
      campusId: NORTH,
      warehouseId: warehouses[NORTH],
      item: { id: item },
      batchNo: 'B-2026',
      expiresOn: day(-2),
      daysLeft: -2,
      quantity: 2,
      unitCostFen: 500,
      valueFen: 1000,
      expired: true,
      quarantined: true,
    });
    expect(all.edges[1].node).toMatchObject({ lotId: soon, daysLeft: 3, quantity: 8, valueFen: 2400, expired: false, quarantined: false });

    const first = await page(northKeeper, { c: NORTH, d: 60, first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await page(northKeeper, { c: NORTH, d: 60, first: 3, after: first.pageInfo.endCursor });
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.lotId)).toEqual([past, soon, a, b]);
    expect(rest).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect((await page(northKeeper, { c: NORTH, d: 1 })).edges.map((e: any) => e.node.lotId)).toEqual([past]);

    // Other campuses' lots stay out of sight; naming one is FORBIDDEN; clinical staff do not read stock.
    const westLot = await receive(westKeeper, WEST, item, 3, 300, day(15));
    const westView = (await page(westKeeper, { d: 365, first: 100 })).edges.map((e: any) => e.node);
    expect(westView.map((n: any) => n.lotId)).toContain(westLot);
    expect(westView.every((n: any) => n.campusId === WEST)).toBe(true);
    expect((await page(admin, { d: 365, first: 100 })).edges.map((e: any) => e.node.lotId)).toEqual(expect.arrayContaining([westLot, soon]));
    expect(errorCode(await call(westKeeper, EXPIRING_LOTS, { c: NORTH, d: 60 }))).toBe('FORBIDDEN');
    expect(errorCode(await call(nurse, EXPIRING_LOTS, { c: NORTH, d: 60 }))).toBe('FORBIDDEN');

    for (const d of [0, 400]) expect(errorCode(await call(northKeeper, EXPIRING_LOTS, { c: NORTH, d }))).toBe('EXPIRY_WINDOW_OUT_OF_RANGE');
    const zh = await call(northKeeper, EXPIRING_LOTS, { c: NORTH, d: 400 }, 'zh-CN');
    expect(zh.errors?.[0].message).toBe('withinDays 须为 1 到 365 之间的天数：400');
  });

  it('raises nothing twice across a service restart', async () => {
    const everything = () =>
      platform.query<{ id: string }>('materials', `SELECT id FROM outbox_event WHERE type IN ($1, $2) ORDER BY seq`, [EXPIRING, QUARANTINED]);
    const alertRows = async () => (await platform.query<{ n: number }>('materials', `SELECT count(*)::int AS n FROM lot_expiry_alert`))[0].n;
    await twoMoreRuns();
    const [before, alertsBefore] = [await everything(), await alertRows()];
    expect(before.length).toBeGreaterThan(0);

    await platform.process('materials').stop();
    const runsBeforeRestart = await runs();
    await platform.process('materials').start();
    await eventually(async () => ((await runs()) >= runsBeforeRestart + 2 ? true : undefined), 30_000, 'two expiry job runs after the restart');
    expect(await everything()).toEqual(before);
    expect(await alertRows()).toBe(alertsBefore);
  });
});
