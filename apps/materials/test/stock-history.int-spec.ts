import { MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { errorCode, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** The stock ledger (库存台账), expiry (效期) and FEFO, stock as of a moment and its value, on real Postgres and Kafka. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const CARDIOLOGY = org.department(EAST, '心内科');

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeper: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };

const CREATE_ITEM = `mutation($input: CreateItemInput!) { createItem(input: $input) { id tracksExpiry } }`;
const RECEIVE = `mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id lots { id expiresOn } } }`;
const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) { id totalCostFen lines { lots { lotId quantity unitCostFen } } } }`;
const LEVELS = `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onHand available expired valueFen lots { id quantityRemaining } } }`;
const AS_OF = `query($w: ID!, $at: DateTime!, $items: [ID!]) { stockAsOf(warehouseId: $w, at: $at, itemIds: $items) { item { id } quantity valueFen } }`;
const VALUATION = `query($c: ID, $at: DateTime) { stockValuation(campusId: $c, at: $at) { warehouseId category quantity valueFen } }`;

const day = (offset: number) => addDays(chinaToday(new Date()), offset);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

describe('materials stock ledger and expiry (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let warehouseId: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');

  const newItem = async (fields: Record<string, unknown> = {}) =>
    (
      await data(admin, CREATE_ITEM, {
        input: { code: `ITEM-${randomBytes(4).toString('hex')}`, name: '测试物资', unit: '个', category: 'PROTECTIVE', ...fields },
      })
    ).createItem.id as string;
  const receive = async (lines: Record<string, unknown>[], receivedAt?: string) =>
    (await data(keeper, RECEIVE, { input: { warehouseId, receivedAt, lines } })).receiveGoods.lots as { id: string; expiresOn: string | null }[];
  const issue = (itemId: string, quantity: number) => call(keeper, ISSUE, { input: { warehouseId, departmentId: CARDIOLOGY, lines: [{ itemId, quantity }] } });
  const level = async (itemId: string) => (await data(keeper, LEVELS, { w: warehouseId })).stockLevels.find((l: any) => l.item.id === itemId);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    warehouseId = (
      await data(admin, `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`, {
        input: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' },
      })
    ).createWarehouse.id;
  });
  afterAll(() => platform?.stop());

  it('writes a movement for every receipt and issue, keeps each lot equal to its movements, and never rewrites the ledger', async () => {
    const itemId = await newItem();
    const [lot] = await receive([{ itemId, quantity: 20, unitCostFen: 150 }]);
    const issued = (await issue(itemId, 8)).data!.issueStock;
    const movements = await platform.query<{ kind: string; quantity: number; unit_cost_fen: number; department_id: string | null; document_id: string }>(
      'materials',
      `SELECT kind, quantity, unit_cost_fen, department_id, document_id FROM stock_movement WHERE lot_id = $1 ORDER BY occurred_at, kind DESC`,
      [lot.id],
    );
    expect(movements).toEqual([
      expect.objectContaining({ kind: 'RECEIPT', quantity: 20, unit_cost_fen: 150, department_id: null }),
      expect.objectContaining({ kind: 'ISSUE', quantity: -8, unit_cost_fen: 150, department_id: CARDIOLOGY, document_id: issued.id }),
    ]);
    const [{ drift }] = await platform.query<{ drift: number }>(
      'materials',
      `SELECT count(*)::int AS drift FROM stock_lot l
        WHERE l.quantity_remaining <> (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m WHERE m.lot_id = l.id)`,
    );
    expect(drift).toBe(0);
    await expect(platform.query('materials', `UPDATE stock_movement SET quantity = 0 WHERE lot_id = $1`, [lot.id])).rejects.toThrow(/immutable/);
    await expect(platform.query('materials', `DELETE FROM stock_movement WHERE lot_id = $1`, [lot.id])).rejects.toThrow(/immutable/);
  });

  it('requires an expiry date on items that track it, refuses lots already expired, and issues first-expired-first-out', async () => {
    const masks = await newItem({ name: '医用外科口罩', tracksExpiry: true });
    expect(errorCode(await call(keeper, RECEIVE, { input: { warehouseId, lines: [{ itemId: masks, quantity: 10, unitCostFen: 50 }] } }))).toBe(
      'EXPIRY_REQUIRED',
    );
    const expiredReceipt = await call(
      keeper,
      RECEIVE,
      { input: { warehouseId, lines: [{ itemId: masks, quantity: 10, unitCostFen: 50, expiresOn: day(-1) }] } },
      'zh-CN',
    );
    expect(errorCode(expiredReceipt)).toBe('LOT_EXPIRED');
    expect(expiredReceipt.errors?.[0].message).toContain('已于');

    // The older delivery expires later; the newer one expires sooner and goes out first.
    const [older] = await receive([{ itemId: masks, quantity: 100, unitCostFen: 50, expiresOn: day(700) }], hoursAgo(72));
    const [newer] = await receive([{ itemId: masks, quantity: 40, unitCostFen: 60, expiresOn: day(90) }], hoursAgo(24));
    const issued = (await issue(masks, 50)).data!.issueStock;
    expect(issued.lines[0].lots).toEqual([
      { lotId: newer.id, quantity: 40, unitCostFen: 60 },
      { lotId: older.id, quantity: 10, unitCostFen: 50 },
    ]);
    expect(issued.totalCostFen).toBe(40 * 60 + 10 * 50);

    // A FIFO item ignores expiry order: oldest receipt first.
    const gauze = await newItem({ name: '纱布' });
    const [gauzeOld] = await receive([{ itemId: gauze, quantity: 5, unitCostFen: 10, expiresOn: day(400) }], hoursAgo(48));
    await receive([{ itemId: gauze, quantity: 5, unitCostFen: 12, expiresOn: day(30) }], hoursAgo(2));
    expect((await issue(gauze, 3)).data!.issueStock.lines[0].lots).toEqual([{ lotId: gauzeOld.id, quantity: 3, unitCostFen: 10 }]);
  });

  it('never issues an expired lot: it stays on hand as expired, out of what is available', async () => {
    const gowns = await newItem({ name: '隔离衣', tracksExpiry: true });
    const [soon] = await receive([{ itemId: gowns, quantity: 30, unitCostFen: 800, expiresOn: day(3) }]);
    await receive([{ itemId: gowns, quantity: 10, unitCostFen: 900, expiresOn: day(200) }]);
    // Time passes: the first lot's date goes by.
    await platform.query('materials', `UPDATE stock_lot SET expires_on = $2 WHERE id = $1`, [soon.id, day(-1)]);
    expect(await level(gowns)).toMatchObject({ onHand: 40, available: 10, expired: 30, valueFen: 30 * 800 + 10 * 900 });
    const refused = await issue(gowns, 11);
    expect(errorCode(refused)).toBe('INSUFFICIENT_STOCK');
    expect(refused.errors?.[0].extensions?.params).toMatchObject({ requested: 11, available: 10 });
    expect((await issue(gowns, 10)).data!.issueStock.totalCostFen).toBe(9000);
  });

  it('answers stock and its value at cost as of any moment from the ledger', async () => {
    const valves = await newItem({ name: '截止阀 DN20', category: 'SPARE_PART' });
    await receive([{ itemId: valves, quantity: 12, unitCostFen: 3500 }], hoursAgo(72));
    await receive([{ itemId: valves, quantity: 20, unitCostFen: 3800 }], hoursAgo(48));
    expect(errorCode(await issue(valves, 15))).toBeUndefined();
    const asOf = async (at: string) => (await data(keeper, AS_OF, { w: warehouseId, at, items: [valves] })).stockAsOf;
    expect(await asOf(hoursAgo(96))).toEqual([]);
    expect(await asOf(hoursAgo(60))).toEqual([{ item: { id: valves }, quantity: 12, valueFen: 12 * 3500 }]);
    expect(await asOf(hoursAgo(1))).toEqual([{ item: { id: valves }, quantity: 32, valueFen: 12 * 3500 + 20 * 3800 }]);
    // FIFO took the 12 at 35.00 and 3 at 38.00: 17 left, all at 38.00.
    expect(await asOf(new Date(Date.now() + 1000).toISOString())).toEqual([{ item: { id: valves }, quantity: 17, valueFen: 17 * 3800 }]);
    expect(await level(valves)).toMatchObject({ onHand: 17, available: 17, valueFen: 17 * 3800 });

    const valuation = (await data(admin, VALUATION, { c: EAST })).stockValuation;
    const spareParts = valuation.find((row: any) => row.category === 'SPARE_PART' && row.warehouseId === warehouseId);
    expect(spareParts).toEqual({ warehouseId, category: 'SPARE_PART', quantity: 17, valueFen: 17 * 3800 });
    const [{ lots }] = await platform.query<{ lots: string }>(
      'materials',
      `SELECT sum(l.quantity_remaining::bigint * l.unit_cost_fen)::text AS lots FROM stock_lot l JOIN item i ON i.id = l.item_id WHERE i.category = 'SPARE_PART' AND l.warehouse_id = $1`,
      [warehouseId],
    );
    expect(spareParts.valueFen).toBe(Number(lots));
    expect(errorCode(await call(keeper, VALUATION, { c: randomUUID() }))).toBe('FORBIDDEN');
  });
});
