import { MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** Reorder points, fill-up levels, lead times and the emergency reserve in days of cover (应急储备), with its alerts. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const ICU = org.department(EAST, '重症医学科');
const WEST = org.campus('西院区');

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeper: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };

const POLICY = `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) {
  reorderPoint maxLevel leadTimeDays reserveDays available averageDailyUse daysOfCover projectedStockOutOn belowReserve belowReorderPoint } }`;
const SUGGESTIONS = `query($w: ID!) { replenishmentSuggestions(warehouseId: $w) { level { item { id } available inTransit } reasons suggestedQuantity } }`;

describe('materials replenishment and days of cover (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let warehouseId: string;
  let masks: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');
  const receive = (quantity: number) =>
    data(keeper, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { id } }`, {
      i: { warehouseId, lines: [{ itemId: masks, quantity, unitCostFen: 50 }] },
    });
  const coverEvents = () =>
    platform.query<{ type: string; data: Record<string, any> }>(
      'materials',
      `SELECT type, data FROM outbox_event WHERE type LIKE 'materials.stock-level.cover-%' ORDER BY seq`,
    );

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'], env: { materials: { SCHEDULED_JOB_INTERVAL_MS: '300' } } });
    await org.publishTo(platform, 'materials');
    warehouseId = (
      await data(admin, `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`, {
        i: { campusId: EAST, code: 'WH-E', name: '东院区总库' },
      })
    ).createWarehouse.id;
    masks = (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code: `MASK-${randomBytes(3).toString('hex')}`, name: '医用外科口罩', unit: '只', category: 'PROTECTIVE' },
      })
    ).createItem.id;
  });
  afterAll(() => platform?.stop());

  it('counts days of cover from the last 90 days of use and projects the stock-out date', async () => {
    await receive(1000);
    await data(keeper, `mutation($i: IssueStockInput!) { issueStock(input: $i) { id } }`, {
      i: { warehouseId, departmentId: ICU, lines: [{ itemId: masks, quantity: 900 }] },
    });
    const level = (await data(keeper, POLICY, { i: { warehouseId, itemId: masks, reorderPoint: 200, maxLevel: 1500, leadTimeDays: 7, reserveDays: 30 } }))
      .setReorderPoint;
    // 900 used in the window = 10 a day; 100 available last 10 days, short of the 30-day reserve.
    expect(level).toEqual({
      reorderPoint: 200,
      maxLevel: 1500,
      leadTimeDays: 7,
      reserveDays: 30,
      available: 100,
      averageDailyUse: 10,
      daysOfCover: 10,
      projectedStockOutOn: addDays(chinaToday(new Date()), 10),
      belowReserve: true,
      belowReorderPoint: true,
    });
    expect((await data(keeper, SUGGESTIONS, { w: warehouseId })).replenishmentSuggestions).toEqual([
      { level: { item: { id: masks }, available: 100, inTransit: 0 }, reasons: ['BELOW_REORDER_POINT', 'BELOW_RESERVE_COVER'], suggestedQuantity: 1400 },
    ]);
  });

  it('raises the reserve alert once, and clears it once the cover is back', async () => {
    await eventually(async () => ((await coverEvents()).length === 1 ? true : undefined), 30_000, 'the reserve alert');
    expect((await coverEvents())[0]).toEqual({
      type: 'materials.stock-level.cover-below-reserve.v1',
      data: expect.objectContaining({ warehouseId, itemId: masks, available: 100, averageDailyUse: 10, daysOfCover: 10, reserveDays: 30 }),
    });
    await receive(500);
    await eventually(async () => ((await coverEvents()).length === 2 ? true : undefined), 30_000, 'the restored cover');
    expect((await coverEvents())[1]).toMatchObject({ type: 'materials.stock-level.cover-restored.v1', data: { available: 600, daysOfCover: 60 } });
    const runs = async () =>
      (await platform.query<{ runs: number }>('materials', `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'materials.stock-cover'`))[0].runs;
    const after = await runs();
    await eventually(async () => ((await runs()) >= after + 2 ? true : undefined), 30_000, 'two more runs');
    expect(await coverEvents()).toHaveLength(2);
    expect((await data(keeper, SUGGESTIONS, { w: warehouseId })).replenishmentSuggestions).toEqual([]);
  });

  it('refuses policies that cannot be right', async () => {
    const policy = (fields: Record<string, unknown>) => call(keeper, POLICY, { i: { warehouseId, itemId: masks, reorderPoint: 200, ...fields } });
    for (const bad of [{ reserveDays: 0 }, { reserveDays: 400 }, { leadTimeDays: 400 }, { maxLevel: 100 }, { leadTimeDays: -1 }, { reorderPoint: 1.5 }]) {
      expect(errorCode(await policy(bad))).toBe('INVALID_INPUT');
    }
  });
  it('raises the reorder-point event whenever usable stock crosses below it: transfers out and write-offs, not only issues', async () => {
    const west = (
      await data(admin, `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`, {
        i: { campusId: WEST, code: 'WH-W', name: '西院区总库' },
      })
    ).createWarehouse.id;
    const newItem = async (fields: Record<string, unknown> = {}) =>
      (
        await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
          i: { code: `RP-${randomBytes(3).toString('hex')}`, name: '输液器', unit: '套', category: 'CONSUMABLE', ...fields },
        })
      ).createItem.id as string;
    const stock = async (itemId: string, lines: Record<string, unknown>[]) => {
      await data(admin, POLICY, { i: { warehouseId, itemId, reorderPoint: 50 } });
      const receipt = await data(keeper, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { id lots { id } } }`, {
        i: { warehouseId, lines: lines.map((line) => ({ itemId, unitCostFen: 300, ...line })) },
      });
      return receipt.receiveGoods.lots.map((lot: { id: string }) => lot.id) as string[];
    };
    const crossings = (itemId: string) =>
      platform.query<{ data: Record<string, any> }>(
        'materials',
        `SELECT data FROM outbox_event WHERE type = 'materials.stock-level.below-reorder-point.v1' AND subject = $1`,
        [itemId],
      );
    const dispatch = (itemId: string, quantity: number) =>
      data(keeper, `mutation($i: DispatchStockTransferInput!) { dispatchStockTransfer(input: $i) { id } }`, {
        i: { fromWarehouseId: warehouseId, toWarehouseId: west, lines: [{ itemId, quantity }] },
      });
    const adjust = (reason: string, lotId: string, quantityDelta: number) =>
      data(admin, `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { id } }`, { i: { warehouseId, reason, lines: [{ lotId, quantityDelta }] } });

    // A transfer from 60 to 40 crosses 50: one event; a second transfer while below raises none.
    const sets = await newItem();
    await stock(sets, [{ quantity: 60 }]);
    await dispatch(sets, 20);
    await dispatch(sets, 5);
    expect((await crossings(sets)).map((event) => [event.data.onHand, event.data.reorderPoint])).toEqual([[40, 50]]);

    // Damaged stock written off from 55 to 45 crosses it too.
    const tubes = await newItem();
    const [tubeLot] = await stock(tubes, [{ quantity: 55 }]);
    await adjust('DAMAGED', tubeLot, -10);
    expect((await crossings(tubes)).map((event) => event.data.onHand)).toEqual([45]);
  });
});
