import { MaterialsRole, StockAdjustedV1, StocktakeApprovedV1, StocktakeCancelledV1, StocktakeCountingFinishedV1, StocktakeRejectedV1, StocktakeStartedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Stocktakes (盘点): snapshot, blind counts, the variance report net of movements during the count, approval into
 * one adjustment through the ledger, recount after rejection, accuracy (账物相符率). Real Postgres and Kafka; the
 * materials subgraph called as the gateway calls it.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const SOUTH = org.campus('南院区'); // its own warehouse, for the full count
const EAST_CARDIOLOGY = org.department(EAST, '心内科');
const SOUTH_ICU = org.department(SOUTH, '重症医学科');

const person = (subject: string, name: string, roles: Role[], campusIds: string[]): Identity => ({ subject, staffId: randomUUID(), name, roles, campusIds });
const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastAdmin = person('admin-east', '东院后勤科', [Role.CAMPUS_ADMIN], [EAST]);
const eastKeeper = person('keeper-east', '东院库管陈', [MaterialsRole.STOREKEEPER], [EAST]);
const eastOffice = person('office-liu', '刘物资', [MaterialsRole.MATERIALS_MANAGER], [EAST]);
const eastOffice2 = person('office-sun', '孙物资', [MaterialsRole.MATERIALS_MANAGER], [EAST]);
const eastOffice3 = person('office-zhao', '赵物资', [MaterialsRole.MATERIALS_MANAGER], [EAST]);
const westAdmin = person('admin-west', '西院后勤科', [Role.CAMPUS_ADMIN], [WEST]);
const southAdmin = person('admin-south', '南院后勤科', [Role.CAMPUS_ADMIN], [SOUTH]);
const southKeeper = person('keeper-south', '南院库管', [MaterialsRole.STOREKEEPER], [SOUTH]);
const southOffice = person('office-south', '南院物资科', [MaterialsRole.MATERIALS_MANAGER], [SOUTH]);
const analyst = person('analyst', '数据分析', [Role.ANALYST], []);

const BOOKS = 'bookQuantity movementsSinceSnapshot expectedQuantity varianceQuantity unitCostFen varianceValueFen';
const STOCKTAKE = `id number status scope itemIds categories campusId warehouseId note startedByName finishedByName approvedByName approvalComment
  stockAdjustmentId rejectionReason cancelReason lineCount countedLineCount booksVisible
  lines { lineNo item { id } lotId batchNo expiresOn countedQuantity countedByName counts { countedQuantity countedByName missingAsZero } ${BOOKS} }
  accuracy { itemsCounted itemsMatched itemAccuracy bookValueFen varianceValueFen valueAccuracy }`;
const START = `mutation($i: StartStocktakeInput!) { startStocktake(input: $i) { ${STOCKTAKE} } }`;
const COUNT = `mutation($i: RecordStocktakeCountsInput!) { recordStocktakeCounts(input: $i) { ${STOCKTAKE} } }`;
const FINISH = `mutation($id: ID!, $zero: Boolean) { finishStocktakeCounting(id: $id, countMissingAsZero: $zero) { ${STOCKTAKE} } }`;
const APPROVE = `mutation($id: ID!, $c: String) { approveStocktake(id: $id, comment: $c) { ${STOCKTAKE} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectStocktake(id: $id, reason: $r) { ${STOCKTAKE} } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelStocktake(id: $id, reason: $r) { ${STOCKTAKE} } }`;
const ONE = `query($id: ID!) { stocktake(id: $id) { ${STOCKTAKE} } }`;
const LIST = `query($s: StocktakeStatus) { stocktakes(status: $s, first: 100) { totalCount edges { node { id } } } }`;
const ACCURACY = `query($m: String!, $c: [ID!]) { materialsKpis(month: $m, campusIds: $c) { campusId month
  stocktake { stocktakes itemsCounted itemsMatched itemAccuracy bookValueFen varianceValueFen valueAccuracy } } }`;

describe('stocktakes (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let eastId: string;
  let southId: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');
  const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => platform.query<T>('materials', text, params);
  const count = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(text, params))[0].n;

  const ok = <T = any>(response: { data?: any; errors?: unknown }, field: string): T => {
    expect(response.errors).toBeUndefined();
    return response.data[field];
  };
  const newItem = async (category: string, fields: Record<string, unknown> = {}) =>
    (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code: `PD-${randomBytes(4).toString('hex')}`, name: '盘点测试物资', unit: '个', category, ...fields },
      })
    ).createItem.id as string;
  const receive = async (identity: Identity, warehouseId: string, lines: Record<string, unknown>[], receivedAt?: string): Promise<string[]> =>
    (
      await data(identity, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { lots { id } } }`, { i: { warehouseId, receivedAt, lines } })
    ).receiveGoods.lots.map((lot: { id: string }) => lot.id);
  const issue = (identity: Identity, warehouseId: string, departmentId: string, itemId: string, quantity: number) =>
    data(identity, `mutation($i: IssueStockInput!) { issueStock(input: $i) { id } }`, { i: { warehouseId, departmentId, lines: [{ itemId, quantity }] } });
  const start = (identity: Identity, input: Record<string, unknown>, locale?: string) => call(identity, START, { i: input }, locale);
  const counts = (identity: Identity, stocktakeId: string, entries: Record<string, unknown>[], locale?: string) =>
    call(identity, COUNT, { i: { stocktakeId, counts: entries } }, locale);
  const finish = (identity: Identity, id: string, zero?: boolean, locale?: string) => call(identity, FINISH, { id, zero }, locale);
  const approve = (identity: Identity, id: string, comment?: string, locale?: string) => call(identity, APPROVE, { id, c: comment }, locale);
  const view = async (identity: Identity, id: string) => ok(await call(identity, ONE, { id }), 'stocktake');
  const lineOf = (stocktake: any, itemId: string, lotId: string | null = null) =>
    stocktake.lines.find((line: any) => line.item.id === itemId && line.lotId === lotId);
  const hidden = (stocktake: any) => {
    expect(stocktake.booksVisible).toBe(false);
    expect(stocktake.accuracy).toBeNull();
    for (const line of stocktake.lines) for (const field of BOOKS.split(' ')) expect(line[field]).toBeNull();
  };
  /** The ledger adds up: every lot of the warehouse holds exactly the sum of its movements. */
  const ledgerWhole = async (warehouseId: string) =>
    expect(
      await sql(
        `SELECT lot.id, lot.quantity_remaining, (SELECT coalesce(sum(m.quantity), 0)::int FROM stock_movement m WHERE m.lot_id = lot.id) AS moved
         FROM stock_lot lot WHERE lot.warehouse_id = $1 AND lot.quantity_remaining <> (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m WHERE m.lot_id = lot.id)`,
        [warehouseId],
      ),
    ).toEqual([]);
  const events = async (stocktakeId: string) =>
    (await sql<{ type: string; data: any }>(`SELECT type, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [stocktakeId])).map((row) => ({
      type: row.type,
      data: row.data,
    }));
  const month = () => chinaToday(new Date()).slice(0, 7);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    const warehouse = `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`;
    eastId = (await data(admin, warehouse, { i: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    await data(admin, warehouse, { i: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } });
    southId = (await data(admin, warehouse, { i: { campusId: SOUTH, code: 'WH-SOUTH', name: '南院区总库' } })).createWarehouse.id;
  });
  afterAll(() => platform?.stop());

  it('counts a whole warehouse blind, nets out an issue made during the count, and books shortfall and surplus as one adjustment', async () => {
    // Gloves (by item, two lots), masks (by lot: expiry), gowns (a stock policy, nothing on the shelf), swabs.
    const gloves = await newItem('PROTECTIVE');
    const masks = await newItem('PROTECTIVE', { tracksExpiry: true });
    const gowns = await newItem('PROTECTIVE');
    const swabs = await newItem('CONSUMABLE');
    const [glovesOld] = await receive(southKeeper, southId, [{ itemId: gloves, quantity: 100, unitCostFen: 65 }], '2025-01-10T02:00:00Z');
    const [glovesNew] = await receive(southKeeper, southId, [{ itemId: gloves, quantity: 50, unitCostFen: 70 }], '2025-03-10T02:00:00Z');
    const [masksLate, masksSoon] = await receive(southKeeper, southId, [
      { itemId: masks, quantity: 40, unitCostFen: 180, expiresOn: '2031-06-30', batchNo: 'M-2306' },
      { itemId: masks, quantity: 60, unitCostFen: 200, expiresOn: '2030-12-31', batchNo: 'M-2212' },
    ]);
    await receive(southKeeper, southId, [{ itemId: swabs, quantity: 20, unitCostFen: 100 }], '2025-02-01T02:00:00Z');
    const [swabsNew] = await receive(southKeeper, southId, [{ itemId: swabs, quantity: 10, unitCostFen: 110 }], '2025-04-01T02:00:00Z');
    await data(southAdmin, `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint } }`, {
      i: { warehouseId: southId, itemId: gowns, reorderPoint: 20, reserveDays: 30 },
    });

    const started = ok(await start(southAdmin, { warehouseId: southId, scope: 'FULL', note: '六月月底盘点' }), 'startStocktake');
    expect(started).toMatchObject({ status: 'COUNTING', scope: 'FULL', campusId: SOUTH, note: '六月月底盘点', lineCount: 5, countedLineCount: 0 });
    expect(started.number).toMatch(/^PD-\d{8}-\d{6}$/);
    // By lot for the item tracking expiry (soonest expiry first), by item otherwise; quantities hidden from everyone while counting.
    expect(started.lines.map((line: any) => [line.item.id, line.lotId, line.batchNo])).toEqual(
      expect.arrayContaining([
        [gloves, null, null],
        [masks, masksSoon, 'M-2212'],
        [masks, masksLate, 'M-2306'],
        [gowns, null, null],
        [swabs, null, null],
      ]),
    );
    hidden(started);
    const snapshot = await sql(`SELECT item_id, lot_id, book_quantity, book_value_fen FROM stocktake_line WHERE stocktake_id = $1 ORDER BY line_no`, [
      started.id,
    ]);
    expect(snapshot).toEqual(
      expect.arrayContaining([
        { item_id: gloves, lot_id: null, book_quantity: 150, book_value_fen: 100 * 65 + 50 * 70 },
        { item_id: masks, lot_id: masksLate, book_quantity: 40, book_value_fen: 7200 },
        { item_id: gowns, lot_id: null, book_quantity: 0, book_value_fen: 0 },
      ]),
    );

    // 20 gloves go out to the ICU while the shelf is being counted: the books move, and this is no variance.
    await issue(southKeeper, southId, SOUTH_ICU, gloves, 20);
    const first = ok(await counts(southKeeper, started.id, [{ itemId: gloves, countedQuantity: 120 }]), 'recordStocktakeCounts');
    hidden(first);
    const recounted = ok(
      await counts(southKeeper, started.id, [
        { itemId: gloves, countedQuantity: 125 },
        { itemId: masks, lotId: masksSoon, countedQuantity: 60 },
        { itemId: masks, lotId: masksLate, countedQuantity: 43 },
        { itemId: swabs, countedQuantity: 32 },
      ]),
      'recordStocktakeCounts',
    );
    hidden(recounted);
    expect(lineOf(recounted, gloves).counts.map((c: any) => [c.countedQuantity, c.countedByName])).toEqual([
      [120, '南院库管'],
      [125, '南院库管'],
    ]);
    expect(lineOf(recounted, gloves).countedQuantity).toBe(125);
    hidden(await view(southOffice, started.id));

    // Gowns were not counted: refused in both languages, unless they are taken as 0.
    const uncountedZh = await finish(southKeeper, started.id, false, 'zh-CN');
    expect(errorCode(uncountedZh)).toBe('STOCKTAKE_LINES_UNCOUNTED');
    expect(uncountedZh.errors?.[0].message).toBe(`盘点单 ${started.number} 还有 1 行未盘点：请补录，或确认未盘点的按 0 计`);
    const uncountedEn = await finish(southKeeper, started.id, false, 'en');
    expect(uncountedEn.errors?.[0].message).toBe(
      `Stocktake ${started.number} has 1 uncounted lines: count them, or confirm that uncounted lines are taken as 0`,
    );
    const finished = ok(await finish(southKeeper, started.id, true), 'finishStocktakeCounting');
    expect(finished).toMatchObject({ status: 'REVIEW', finishedByName: '南院库管', countedLineCount: 5 });
    expect(lineOf(finished, gowns).counts).toEqual([{ countedQuantity: 0, countedByName: '南院库管', missingAsZero: true }]);
    hidden(finished); // the counter never sees the books
    hidden(await view({ ...southOffice, roles: [MaterialsRole.MATERIALS_MANAGER, MaterialsRole.STOREKEEPER] }, started.id));

    // The reviewer sees the variance report.
    const report = await view(southOffice, started.id);
    expect(report.booksVisible).toBe(true);
    const figures = (line: any) => [
      line.bookQuantity,
      line.movementsSinceSnapshot,
      line.expectedQuantity,
      line.countedQuantity,
      line.varianceQuantity,
      line.varianceValueFen,
    ];
    expect(figures(lineOf(report, gloves))).toEqual([150, -20, 130, 125, -5, -5 * 65]);
    expect(figures(lineOf(report, masks, masksSoon))).toEqual([60, 0, 60, 60, 0, 0]);
    expect(figures(lineOf(report, masks, masksLate))).toEqual([40, 0, 40, 43, 3, 3 * 180]);
    expect(lineOf(report, masks, masksLate).unitCostFen).toBe(180);
    expect(figures(lineOf(report, gowns))).toEqual([0, 0, 0, 0, 0, 0]);
    // Swabs, counted as a whole, are 2 over: valued at the newest lot's cost.
    expect(figures(lineOf(report, swabs))).toEqual([30, 0, 30, 32, 2, 2 * 110]);
    const bookValueFen = 80 * 65 + 50 * 70 + 60 * 200 + 40 * 180 + 20 * 100 + 10 * 110;
    const varianceValueFen = 325 + 540 + 220;
    const accuracy = {
      itemsCounted: 4,
      itemsMatched: 1,
      itemAccuracy: 0.25,
      bookValueFen,
      varianceValueFen,
      valueAccuracy: 1 - varianceValueFen / bookValueFen,
    };
    expect(report.accuracy).toEqual(accuracy);

    // A campus admin does not approve; the materials office does.
    expect(errorCode(await approve(southAdmin, started.id))).toBe('FORBIDDEN');
    const approved = ok(await approve(southOffice, started.id, '差异已核实'), 'approveStocktake');
    expect(approved).toMatchObject({ status: 'APPROVED', approvedByName: '南院物资科', approvalComment: '差异已核实', stockAdjustmentId: expect.any(String) });
    expect(approved.accuracy).toEqual(accuracy);

    // One adjustment for all variances: the glove shortfall from the oldest lot, the mask surplus as a found lot like the counted
    // lot, the swab surplus as a found lot like the newest swab lot.
    const adjustmentId = approved.stockAdjustmentId;
    expect(await sql(`SELECT reason, note, warehouse_id FROM stock_adjustment WHERE id = $1`, [adjustmentId])).toEqual([
      { reason: 'COUNT_DIFFERENCE', note: `盘点单 ${started.number}`, warehouse_id: southId },
    ]);
    const lines = await sql(
      `SELECT item_id, counted_lot_id, lot_id, quantity_delta, unit_cost_fen FROM stock_adjustment_line WHERE stock_adjustment_id = $1 ORDER BY line_no`,
      [adjustmentId],
    );
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual({ item_id: swabs, counted_lot_id: swabsNew, lot_id: expect.any(String), quantity_delta: 2, unit_cost_fen: 110 });
    expect(lines).toContainEqual({ item_id: gloves, counted_lot_id: glovesOld, lot_id: glovesOld, quantity_delta: -5, unit_cost_fen: 65 });
    const foundLine = lines.find((line) => line.item_id === masks)!;
    expect(foundLine).toMatchObject({ counted_lot_id: masksLate, quantity_delta: 3, unit_cost_fen: 180 });
    expect(await sql(`SELECT quantity_remaining, expires_on::text, batch_no, goods_receipt_id FROM stock_lot WHERE id = $1`, [foundLine.lot_id])).toEqual([
      { quantity_remaining: 3, expires_on: '2031-06-30', batch_no: 'M-2306', goods_receipt_id: adjustmentId },
    ]);
    const swabsFound = lines.find((line) => line.item_id === swabs)!.lot_id;
    expect(await sql(`SELECT kind, lot_id, quantity FROM stock_movement WHERE document_id = $1 ORDER BY quantity`, [adjustmentId])).toEqual([
      { kind: 'ADJUSTMENT', lot_id: glovesOld, quantity: -5 },
      { kind: 'ADJUSTMENT', lot_id: swabsFound, quantity: 2 },
      { kind: 'ADJUSTMENT', lot_id: foundLine.lot_id, quantity: 3 },
    ]);
    expect(await sql(`SELECT id, quantity_remaining FROM stock_lot WHERE id = ANY($1::uuid[]) ORDER BY received_at`, [[glovesOld, glovesNew]])).toEqual([
      { id: glovesOld, quantity_remaining: 75 },
      { id: glovesNew, quantity_remaining: 50 },
    ]);
    await ledgerWhole(southId);

    // Events: the stocktake's on its topic keyed by it; the adjustment's as usual.
    const published = await events(started.id);
    expect(published.map((event) => event.type)).toEqual([StocktakeStartedV1.type, StocktakeCountingFinishedV1.type, StocktakeApprovedV1.type]);
    expect(published[0].data).toMatchObject({ stocktakeId: started.id, scope: 'FULL', lineCount: 5, itemCount: 4, status: 'COUNTING' });
    expect(published[0].data).not.toHaveProperty('lines');
    expect(published[1].data).toMatchObject({ status: 'REVIEW', lineCount: 5, countedAsZero: 1 });
    expect(published[2].data).toMatchObject({ status: 'APPROVED', stockAdjustmentId: adjustmentId, accuracy });
    expect(published[2].data.variances).toHaveLength(3);
    expect(published[2].data.variances).toEqual(
      expect.arrayContaining([
        { itemId: gloves, lotId: null, expected: 130, counted: 125, varianceQuantity: -5, varianceValueFen: -325 },
        { itemId: masks, lotId: masksLate, expected: 40, counted: 43, varianceQuantity: 3, varianceValueFen: 540 },
      ]),
    );
    expect(
      await count(`SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND data->>'stockAdjustmentId' = $2`, [StockAdjustedV1.type, adjustmentId]),
    ).toBe(1);
    const audit = await sql(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [started.id]);
    expect(audit.map((row) => row.action)).toEqual([
      'stocktake.start',
      'stocktake.record-counts',
      'stocktake.record-counts',
      'stocktake.finish-counting',
      'stocktake.approve',
    ]);

    // 账物相符率 of the month (the materials KPIs' stocktake family, in SQL) equals the stocktake's own.
    const byCampus = ok(await call(southOffice, ACCURACY, { m: month() }), 'materialsKpis');
    expect(byCampus).toEqual([{ campusId: SOUTH, month: month(), stocktake: { stocktakes: 1, ...accuracy } }]);
    expect(ok(await call(analyst, ACCURACY, { m: month(), c: [SOUTH] }), 'materialsKpis')).toEqual(byCampus);
    expect(ok(await call(analyst, ACCURACY, { m: '2020-01', c: [SOUTH] }), 'materialsKpis')[0].stocktake).toEqual({
      stocktakes: 0,
      itemsCounted: 0,
      itemsMatched: 0,
      itemAccuracy: null,
      bookValueFen: 0,
      varianceValueFen: 0,
      valueAccuracy: null,
    });
  });

  it('counts a cycle of items or categories, one open stocktake per item, and frees the items when cancelled', async () => {
    const paper = await newItem('OFFICE');
    const toner = await newItem('OFFICE');
    const mop = await newItem('CLEANING');
    const neverStocked = await newItem('SPARE_PART');
    await receive(eastKeeper, eastId, [
      { itemId: paper, quantity: 40, unitCostFen: 2500 },
      { itemId: toner, quantity: 5, unitCostFen: 30_000 },
      { itemId: mop, quantity: 12, unitCostFen: 1500 },
    ]);

    const office = ok(await start(eastOffice, { warehouseId: eastId, scope: 'CYCLE', categories: ['OFFICE'] }), 'startStocktake');
    expect(office).toMatchObject({ scope: 'CYCLE', categories: ['OFFICE'], lineCount: 2 });
    expect(office.lines.map((line: any) => line.item.id).sort()).toEqual([paper, toner].sort());

    // A second open stocktake covering toner is refused, in both languages; one on other items is fine, even an item never stocked.
    const overlap = await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [mop, toner] }, 'zh-CN');
    expect(errorCode(overlap)).toBe('STOCKTAKE_ITEM_ALREADY_COUNTING');
    expect(overlap.errors?.[0].message).toBe(`盘点测试物资 (${await codeOf(toner)}) 正在本仓库的盘点单 ${office.number} 中盘点，请先完成或取消该盘点单`);
    const overlapEn = await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [toner] }, 'en');
    expect(overlapEn.errors?.[0].message).toBe(
      `盘点测试物资 (${await codeOf(toner)}) is already being counted in this warehouse on stocktake ${office.number}; finish or cancel that one first`,
    );
    const named = ok(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [mop, neverStocked] }), 'startStocktake');
    expect(named.lines.map((line: any) => line.item.id).sort()).toEqual([mop, neverStocked].sort());
    expect(await sql(`SELECT book_quantity FROM stocktake_line WHERE stocktake_id = $1 AND item_id = $2`, [named.id, neverStocked])).toEqual([
      { book_quantity: 0 },
    ]);

    // Two starts racing for the same item: one opens, the other is refused (starts queue on the warehouse row).
    const contested = await newItem('CLEANING');
    const raced = await Promise.all([eastAdmin, eastOffice2].map((identity) => start(identity, { warehouseId: eastId, scope: 'CYCLE', itemIds: [contested] })));
    expect(raced.map((response) => errorCode(response) ?? 'OK').sort()).toEqual(['OK', 'STOCKTAKE_ITEM_ALREADY_COUNTING']);
    const winner = raced.find((response) => !response.errors)!.data!.startStocktake;

    const cancelled = ok(await call(eastAdmin, CANCEL, { id: office.id, r: '盘点人员临时抽调' }), 'cancelStocktake');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '盘点人员临时抽调' });
    expect(errorCode(await counts(eastKeeper, office.id, [{ itemId: paper, countedQuantity: 40 }]))).toBe('STOCKTAKE_ILLEGAL_TRANSITION');
    const again = ok(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [toner] }), 'startStocktake');
    expect(again.lineCount).toBe(1);
    for (const id of [named.id, again.id, winner.id]) ok(await call(eastAdmin, CANCEL, { id, r: '测试结束' }), 'cancelStocktake');
    expect((await events(office.id)).map((event) => event.type)).toEqual([StocktakeStartedV1.type, StocktakeCancelledV1.type]);
    expect(await count(`SELECT count(*)::int AS n FROM stock_adjustment WHERE note LIKE '盘点单%' AND warehouse_id = $1`, [eastId])).toBe(0);
  });

  it('keeps the approver apart from the counters, refuses a count the lot has outrun, and recounts after rejection', async () => {
    const gauze = await newItem('CONSUMABLE', { tracksExpiry: true });
    const [lot] = await receive(eastKeeper, eastId, [{ itemId: gauze, quantity: 20, unitCostFen: 350, expiresOn: '2030-06-30', batchNo: 'G-01' }]);
    const stocktake = ok(await start(eastOffice, { warehouseId: eastId, scope: 'CYCLE', itemIds: [gauze] }), 'startStocktake');
    ok(await counts(eastOffice2, stocktake.id, [{ itemId: gauze, lotId: lot, countedQuantity: 16 }]), 'recordStocktakeCounts');
    ok(await counts(eastKeeper, stocktake.id, [{ itemId: gauze, lotId: lot, countedQuantity: 15 }]), 'recordStocktakeCounts');
    ok(await finish(eastKeeper, stocktake.id), 'finishStocktakeCounting');

    // Neither who started it nor who counted may approve; a counter does not see the books either.
    const self = await approve(eastOffice, stocktake.id, undefined, 'zh-CN');
    expect(errorCode(self)).toBe('STOCKTAKE_SELF_APPROVAL');
    expect(self.errors?.[0].message).toBe(`盘点单 ${stocktake.number} 由您发起或录入过盘点数，须由他人审核`);
    expect(errorCode(await approve(eastOffice2, stocktake.id))).toBe('STOCKTAKE_SELF_APPROVAL');
    hidden(await view(eastOffice2, stocktake.id));
    expect((await view(eastOffice3, stocktake.id)).lines[0]).toMatchObject({ expectedQuantity: 20, countedQuantity: 15, varianceQuantity: -5 });

    // 16 more go out after the count: the lot holds 4, less than the shortfall of 5, so the count is stale.
    await issue(eastKeeper, eastId, EAST_CARDIOLOGY, gauze, 16);
    const stale = await approve(eastOffice3, stocktake.id, undefined, 'en');
    expect(errorCode(stale)).toBe('STOCKTAKE_RECOUNT_NEEDED');
    expect(stale.errors?.[0].message).toBe(
      `The stock of 盘点测试物资 (${await codeOf(gauze)}) (lot G-01) changed after it was counted: 4 left, less than the shortfall of 5. Reject the stocktake for a recount`,
    );
    expect(await count(`SELECT quantity_remaining AS n FROM stock_lot WHERE id = $1`, [lot])).toBe(4);

    const rejected = ok(await call(eastOffice3, REJECT, { id: stocktake.id, r: '纱布批次复核' }), 'rejectStocktake');
    expect(rejected).toMatchObject({ status: 'COUNTING', rejectionReason: '纱布批次复核' });
    hidden(rejected);
    const recount = ok(await counts(eastKeeper, stocktake.id, [{ itemId: gauze, lotId: lot, countedQuantity: 4 }]), 'recordStocktakeCounts');
    expect(recount.lines[0].counts.map((c: any) => c.countedQuantity)).toEqual([16, 15, 4]);
    ok(await finish(eastKeeper, stocktake.id), 'finishStocktakeCounting');
    const approved = ok(await approve(eastOffice3, stocktake.id), 'approveStocktake');
    expect(approved).toMatchObject({ status: 'APPROVED', stockAdjustmentId: null });
    expect(approved.lines[0]).toMatchObject({ bookQuantity: 20, movementsSinceSnapshot: -16, expectedQuantity: 4, countedQuantity: 4, varianceQuantity: 0 });
    expect(approved.accuracy).toMatchObject({ itemsCounted: 1, itemsMatched: 1, itemAccuracy: 1, varianceValueFen: 0, valueAccuracy: 1 });
    expect((await events(stocktake.id)).map((event) => event.type)).toEqual([
      StocktakeStartedV1.type,
      StocktakeCountingFinishedV1.type,
      StocktakeRejectedV1.type,
      StocktakeCountingFinishedV1.type,
      StocktakeApprovedV1.type,
    ]);
    await ledgerWhole(eastId);
  });

  it('keeps each campus to its own stocktakes', async () => {
    const soap = await newItem('CLEANING');
    await receive(eastKeeper, eastId, [{ itemId: soap, quantity: 9, unitCostFen: 800 }]);
    const east = ok(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [soap] }), 'startStocktake');
    expect(errorCode(await call(westAdmin, ONE, { id: east.id }))).toBe('NOT_FOUND');
    expect(ok(await call(westAdmin, LIST, {}), 'stocktakes').edges.map((edge: any) => edge.node.id)).not.toContain(east.id);
    expect(ok(await call(eastAdmin, LIST, { s: 'COUNTING' }), 'stocktakes').edges.map((edge: any) => edge.node.id)).toContain(east.id);
    expect(errorCode(await counts(westAdmin, east.id, [{ itemId: soap, countedQuantity: 9 }]))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, CANCEL, { id: east.id, r: '越权' }))).toBe('NOT_FOUND');
    expect(errorCode(await start(westAdmin, { warehouseId: eastId, scope: 'FULL' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, ACCURACY, { m: month(), c: [EAST] }))).toBe('FORBIDDEN');
    expect(ok(await call(westAdmin, ACCURACY, { m: month() }), 'materialsKpis').map((row: any) => row.campusId)).not.toContain(EAST);
    ok(await call(eastAdmin, CANCEL, { id: east.id, r: '测试结束' }), 'cancelStocktake');
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const bandage = await newItem('CONSUMABLE', { tracksExpiry: true });
    const tape = await newItem('CONSUMABLE');
    const outside = await newItem('CONSUMABLE');
    const [lot] = await receive(eastKeeper, eastId, [
      { itemId: bandage, quantity: 10, unitCostFen: 120, expiresOn: '2030-01-31' },
      { itemId: tape, quantity: 10, unitCostFen: 90 },
      { itemId: outside, quantity: 10, unitCostFen: 90 },
    ]);
    const stocktake = ok(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [bandage, tape] }), 'startStocktake');
    const writes = () =>
      sql(`SELECT (SELECT count(*) FROM stocktake_count)::int AS counts, (SELECT count(*) FROM stocktake)::int AS stocktakes,
        (SELECT count(*) FROM stocktake_line WHERE counted_quantity IS NOT NULL)::int AS counted, (SELECT count(*) FROM outbox_event)::int AS events`);
    const before = await writes();

    const negative = await counts(eastKeeper, stocktake.id, [{ itemId: tape, countedQuantity: -1 }], 'en');
    expect(errorCode(negative)).toBe('INVALID_INPUT');
    expect(negative.errors?.[0].message).toBe('Invalid input: counts[0].countedQuantity < 0');
    expect(errorCode(await counts(eastKeeper, stocktake.id, [{ itemId: tape, countedQuantity: 2.5 }]))).toBe('INVALID_INPUT');
    const unknownLot = randomUUID();
    const unknown = await counts(eastKeeper, stocktake.id, [{ itemId: bandage, lotId: unknownLot, countedQuantity: 1 }], 'zh-CN');
    expect(errorCode(unknown)).toBe('STOCKTAKE_LOT_NOT_IN_SCOPE');
    expect(unknown.errors?.[0].message).toBe(`批次 ${unknownLot}（盘点测试物资 (${await codeOf(bandage)})）不在盘点单 ${stocktake.number} 的盘点表上`);
    expect(errorCode(await counts(eastKeeper, stocktake.id, [{ itemId: bandage, countedQuantity: 10 }]))).toBe('STOCKTAKE_LOT_REQUIRED');
    expect(errorCode(await counts(eastKeeper, stocktake.id, [{ itemId: outside, countedQuantity: 10 }]))).toBe('STOCKTAKE_ITEM_NOT_IN_SCOPE');
    // All or nothing: a good line with a bad one writes neither.
    expect(
      errorCode(
        await counts(eastKeeper, stocktake.id, [
          { itemId: tape, countedQuantity: 10 },
          { itemId: outside, countedQuantity: 10 },
        ]),
      ),
    ).toBe('STOCKTAKE_ITEM_NOT_IN_SCOPE');
    expect(
      errorCode(
        await counts(eastKeeper, stocktake.id, [
          { itemId: tape, countedQuantity: 10 },
          { itemId: tape, countedQuantity: 9 },
        ]),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(await counts(eastKeeper, stocktake.id, []))).toBe('INVALID_INPUT');
    expect(errorCode(await counts(eastKeeper, 'not-an-id', [{ itemId: tape, countedQuantity: 1 }]))).toBe('INVALID_ID');
    expect(errorCode(await finish(eastKeeper, stocktake.id))).toBe('STOCKTAKE_LINES_UNCOUNTED');
    expect(errorCode(await approve(eastOffice3, stocktake.id))).toBe('STOCKTAKE_ILLEGAL_TRANSITION');
    expect(errorCode(await start(eastAdmin, { warehouseId: eastId, scope: 'FULL', itemIds: [tape] }))).toBe('INVALID_INPUT');
    expect(errorCode(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE' }))).toBe('INVALID_INPUT');
    expect(errorCode(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', itemIds: [randomUUID()] }))).toBe('NOT_FOUND');
    expect(errorCode(await start(eastKeeper, { warehouseId: eastId, scope: 'CYCLE', itemIds: [outside] }))).toBe('FORBIDDEN');
    expect(errorCode(await approve(eastKeeper, stocktake.id))).toBe('FORBIDDEN');
    expect(errorCode(await call(eastOffice, ACCURACY, { m: '2025-13' }))).toBe('INVALID_MONTH');
    expect(await writes()).toEqual(before);

    ok(await counts(eastKeeper, stocktake.id, [{ itemId: bandage, lotId: lot, countedQuantity: 10 }]), 'recordStocktakeCounts');
    ok(await call(eastAdmin, CANCEL, { id: stocktake.id, r: '测试结束' }), 'cancelStocktake');
  });

  it('refuses to book a surplus of an item the warehouse never held a lot of', async () => {
    const sheets = await newItem('CONSUMABLE');
    await data(eastAdmin, `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint } }`, {
      i: { warehouseId: eastId, itemId: sheets, reorderPoint: 10 },
    });
    const stocktake = ok(await start(eastAdmin, { warehouseId: eastId, scope: 'CYCLE', categories: ['CONSUMABLE'] }), 'startStocktake');
    expect(stocktake.lines.map((line: any) => line.item.id)).toContain(sheets);
    ok(await counts(eastKeeper, stocktake.id, [{ itemId: sheets, countedQuantity: 2 }]), 'recordStocktakeCounts');
    ok(await finish(eastKeeper, stocktake.id, true), 'finishStocktakeCounting');
    const refused = await approve(eastOffice3, stocktake.id, undefined, 'zh-CN');
    expect(errorCode(refused)).toBe('STOCKTAKE_SURPLUS_WITHOUT_LOT');
    expect(refused.errors?.[0].message).toBe(`盘点测试物资 (${await codeOf(sheets)}) 盘盈 2，但本仓库没有该物资的任何批次可参照成本：请先办理入库，再驳回复盘`);
    expect(await sql(`SELECT status, stock_adjustment_id FROM stocktake WHERE id = $1`, [stocktake.id])).toEqual([
      { status: 'REVIEW', stock_adjustment_id: null },
    ]);
    ok(await call(eastAdmin, CANCEL, { id: stocktake.id, r: '先办理入库' }), 'cancelStocktake');
  });

  it('relays every stocktake event to Kafka and parks none on the dead-letter topic', async () => {
    const types = await eventually(
      async () => {
        const outbox = await sql<{ type: string; sent_at: Date | null }>(`SELECT type, sent_at FROM outbox_event`);
        return outbox.every((row) => row.sent_at) ? new Set(outbox.map((row) => row.type)) : undefined;
      },
      30_000,
      'every outbox row sent',
    );
    for (const contract of [StocktakeStartedV1, StocktakeCountingFinishedV1, StocktakeApprovedV1, StocktakeRejectedV1, StocktakeCancelledV1, StockAdjustedV1])
      expect(types.has(contract.type)).toBe(true);
    expect(platform.process('materials').logTail(100_000)).not.toContain('event parked on dead-letter topic');
  });

  const codes = new Map<string, string>();
  async function codeOf(itemId: string): Promise<string> {
    if (!codes.has(itemId)) codes.set(itemId, (await sql<{ code: string }>(`SELECT code FROM item WHERE id = $1`, [itemId]))[0].code);
    return codes.get(itemId)!;
  }
});
