import { MaterialsRole, StockAdjustedV1, StockReturnedV1, StockTransferDispatchedV1, StockTransferReceivedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth } from '@houqin/platform-calendar';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * The stock ledger beyond receipts and issues: transfers (调拨) with stock in transit, returns (退库) credited
 * to the department, adjustments (调整), and a seeded random run after which the ledger must still add up.
 * Real Postgres and Kafka; the materials subgraph called as the gateway calls it.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const SOUTH = org.campus('南院区'); // on neither side of any transfer here
const CARDIOLOGY = org.department(EAST, '心内科');
const RADIOLOGY = org.department(EAST, '放射科'); // charged only by the monthly charges test
const WEST_ORTHOPAEDICS = org.department(WEST, '骨科');

const person = (subject: string, name: string, roles: Role[], campusIds: string[]): Identity => ({ subject, staffId: randomUUID(), name, roles, campusIds });
const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeperEast = person('keeper-east', '东院库管', [MaterialsRole.STOREKEEPER], [EAST]);
const keeperWest = person('keeper-west', '西院库管', [MaterialsRole.STOREKEEPER], [WEST]);
const keeperSouth = person('keeper-south', '南院库管', [MaterialsRole.STOREKEEPER], [SOUTH]);
const adminEast = person('admin-east', '东院后勤科', [Role.CAMPUS_ADMIN], [EAST]);
const adminWest = person('admin-west', '西院后勤科', [Role.CAMPUS_ADMIN], [WEST]);
const analyst = person('analyst', '数据分析', [Role.ANALYST], []);
const nurse = person('nurse-wang', '王丽', [Role.REQUESTER], [EAST]);

const CREATE_ITEM = `mutation($input: CreateItemInput!) { createItem(input: $input) { id } }`;
const CREATE_WAREHOUSE = `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`;
const RECEIVE = `mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id lots { id } } }`;
const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) { id totalCostFen lines { quantity lots { lotId quantity unitCostFen } } } }`;
const TRANSFER_FIELDS = `id status fromWarehouseId toWarehouseId fromCampusId toCampusId totalCostFen note dispatchedByName receivedAt receivedByName
  lines { lineNo item { id } sourceLotId quantity unitCostFen expiresOn batchNo lotReceivedAt destinationLotId }`;
const DISPATCH = `mutation($input: DispatchStockTransferInput!) { dispatchStockTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
const RECEIVE_TRANSFER = `mutation($id: ID!) { receiveStockTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const TRANSFER = `query($id: ID!) { stockTransfer(id: $id) { id status } }`;
const TRANSFERS = `query($w: ID, $s: StockTransferStatus, $first: Int, $after: String) {
  stockTransfers(warehouseId: $w, status: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;
const RETURN = `mutation($input: ReturnStockInput!) { returnStock(input: $input) {
  id stockIssueId departmentId totalCostFen reason lines { item { id } quantity costFen lots { lotId quantity unitCostFen } } } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) {
  id reason note lines { lineNo item { id } countedLotId lotId quantityDelta unitCostFen } } }`;
const CHARGES = `query($d: ID!, $m: String!) { departmentCharges(departmentId: $d, month: $m) {
  totalCostFen issuedCostFen returnedCostFen issues { id totalCostFen } returns { stockIssueId totalCostFen lines { quantity } } } }`;

const code = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** mulberry32: a small seeded generator, so a failing random run replays exactly (up to the order of parallel calls). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('materials stock ledger: transfers, returns, adjustments (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let eastId: string;
  let east2Id: string;
  let westId: string;

  const { call, data } = subgraphCaller(() => platform, 'materials');
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => platform.query<T>('materials', text, params);
  const count = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(text, params))[0].n;
  const onHand = (warehouseId: string, itemId: string) =>
    count(`SELECT coalesce(sum(quantity_remaining), 0)::int AS n FROM stock_lot WHERE warehouse_id = $1 AND item_id = $2`, [warehouseId, itemId]);
  const inTransit = (itemId: string) =>
    count(
      `SELECT coalesce(sum(line.quantity), 0)::int AS n FROM stock_transfer_line line JOIN stock_transfer transfer ON transfer.id = line.stock_transfer_id
       WHERE transfer.status = 'IN_TRANSIT' AND line.item_id = $1`,
      [itemId],
    );
  const remaining = async (lotId: string) => count(`SELECT quantity_remaining AS n FROM stock_lot WHERE id = $1`, [lotId]);
  const movements = (documentId: string) =>
    sql(`SELECT kind, lot_id, quantity, unit_cost_fen, department_id, reason FROM stock_movement WHERE document_id = $1 ORDER BY quantity, lot_id`, [
      documentId,
    ]);
  /** Every table these operations write, to prove a refused request wrote nothing. */
  const writes = () =>
    sql(`SELECT (SELECT count(*) FROM stock_transfer)::int AS transfers, (SELECT count(*) FROM stock_transfer_line)::int AS transfer_lines,
      (SELECT count(*) FROM stock_return)::int AS returns, (SELECT count(*) FROM stock_return_lot)::int AS return_lots,
      (SELECT count(*) FROM stock_adjustment)::int AS adjustments, (SELECT count(*) FROM stock_adjustment_line)::int AS adjustment_lines,
      (SELECT count(*) FROM stock_lot)::int AS lots, (SELECT sum(quantity_remaining) FROM stock_lot)::int AS on_hand,
      (SELECT count(*) FROM stock_movement)::int AS movements, (SELECT count(*) FROM outbox_event)::int AS events,
      (SELECT count(*) FROM audit_entry)::int AS audit`);

  const keeperOf = (warehouseId: string) => (warehouseId === westId ? keeperWest : keeperEast);
  const newItem = async (fields: Record<string, unknown> = {}): Promise<string> =>
    (await data(admin, CREATE_ITEM, { input: { code: code('ITEM'), name: '测试物资', unit: '个', category: 'SPARE_PART', ...fields } })).createItem.id;
  const receive = async (
    warehouseId: string,
    itemId: string,
    quantity: number,
    unitCostFen: number,
    extra: { receivedAt?: string; expiresOn?: string; batchNo?: string } = {},
  ): Promise<{ id: string }> => {
    const { receivedAt, ...line } = extra;
    const input = { warehouseId, receivedAt, lines: [{ itemId, quantity, unitCostFen, ...line }] };
    return (await data(keeperOf(warehouseId), RECEIVE, { input })).receiveGoods.lots[0];
  };
  const stockedItem = async (warehouseId: string, quantity: number, unitCostFen = 1000) => {
    const itemId = await newItem();
    await receive(warehouseId, itemId, quantity, unitCostFen);
    return itemId;
  };
  const issue = async (warehouseId: string, departmentId: string, lines: { itemId: string; quantity: number }[]) =>
    (await data(keeperOf(warehouseId), ISSUE, { input: { warehouseId, departmentId, lines } })).issueStock;
  const dispatch = (identity: Identity, fromWarehouseId: string, toWarehouseId: string, lines: { itemId: string; quantity: number }[], locale?: string) =>
    call(identity, DISPATCH, { input: { fromWarehouseId, toWarehouseId, lines } }, locale);
  const returnStock = (identity: Identity, stockIssueId: string, lines: { itemId: string; quantity: number }[], reason = '维修取消，未拆封', locale?: string) =>
    call(identity, RETURN, { input: { stockIssueId, lines, reason } }, locale);
  const adjust = (
    identity: Identity,
    warehouseId: string,
    reason: string,
    lines: { lotId: string; quantityDelta: number }[],
    note: string | null = null,
    locale?: string,
  ) => call(identity, ADJUST, { input: { warehouseId, reason, note, lines } }, locale);
  const outboxOf = (type: string, field: string, value: string) =>
    sql<{ key: string; data: Record<string, unknown> }>(`SELECT key, data FROM outbox_event WHERE type = $1 AND data->>$2 = $3 ORDER BY seq`, [
      type,
      field,
      value,
    ]);

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    eastId = (await data(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    westId = (await data(admin, CREATE_WAREHOUSE, { input: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } })).createWarehouse.id;
    // A campus has one central store and any number of secondary stores (二级库); a second central one is refused.
    east2Id = (await data(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST-2', name: '东院区急诊二级库', kind: 'SECONDARY' } }))
      .createWarehouse.id;
    expect(errorCode(await call(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST-3', name: '东院区第二总库' } }))).toBe('DUPLICATE');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  describe('transfers (调拨)', () => {
    it('crosses campuses: in transit until the destination receives it, keeping the source lots’ cost, batch and age (FIFO)', async () => {
      const itemId = await newItem();
      const january = await receive(eastId, itemId, 5, 1000, { receivedAt: '2025-01-10T02:00:00Z', batchNo: 'A-2501' });
      const march = await receive(eastId, itemId, 10, 1200, { receivedAt: '2025-03-01T02:00:00Z', batchNo: 'B-2503' });
      const westFebruary = await receive(westId, itemId, 8, 1100, { receivedAt: '2025-02-01T02:00:00Z' });

      const sent = (
        await data(keeperEast, DISPATCH, { input: { fromWarehouseId: eastId, toWarehouseId: westId, lines: [{ itemId, quantity: 8 }], note: '西院区急需' } })
      ).dispatchStockTransfer;
      expect(sent).toEqual({
        id: expect.any(String),
        status: 'IN_TRANSIT',
        fromWarehouseId: eastId,
        toWarehouseId: westId,
        fromCampusId: EAST,
        toCampusId: WEST,
        totalCostFen: 5 * 1000 + 3 * 1200,
        note: '西院区急需',
        dispatchedByName: keeperEast.name,
        receivedAt: null,
        receivedByName: null,
        lines: [
          {
            lineNo: 1,
            item: { id: itemId },
            sourceLotId: january.id,
            quantity: 5,
            unitCostFen: 1000,
            expiresOn: null,
            batchNo: 'A-2501',
            lotReceivedAt: '2025-01-10T02:00:00.000Z',
            destinationLotId: null,
          },
          {
            lineNo: 2,
            item: { id: itemId },
            sourceLotId: march.id,
            quantity: 3,
            unitCostFen: 1200,
            expiresOn: null,
            batchNo: 'B-2503',
            lotReceivedAt: '2025-03-01T02:00:00.000Z',
            destinationLotId: null,
          },
        ],
      });
      expect(await onHand(eastId, itemId)).toBe(7);
      expect(await onHand(westId, itemId)).toBe(8);
      expect(await inTransit(itemId)).toBe(8);
      expect(await movements(sent.id)).toEqual([
        { kind: 'TRANSFER_OUT', lot_id: january.id, quantity: -5, unit_cost_fen: 1000, department_id: null, reason: null },
        { kind: 'TRANSFER_OUT', lot_id: march.id, quantity: -3, unit_cost_fen: 1200, department_id: null, reason: null },
      ]);

      // Both sides follow what is on its way.
      for (const [identity, warehouseId] of [
        [keeperWest, westId],
        [keeperEast, eastId],
      ] as const) {
        const inbound = (await data(identity, TRANSFERS, { w: warehouseId, s: 'IN_TRANSIT' })).stockTransfers;
        expect(inbound.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(sent.id);
      }
      const westLevel = async () =>
        (await data(keeperWest, `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onHand inTransit } }`, { w: westId })).stockLevels.find(
          (level: { item: { id: string } }) => level.item.id === itemId,
        );
      expect(await westLevel()).toEqual({ item: { id: itemId }, onHand: 8, inTransit: 8 });

      const received = (await data(keeperWest, RECEIVE_TRANSFER, { id: sent.id })).receiveStockTransfer;
      expect(received).toMatchObject({ id: sent.id, status: 'RECEIVED', receivedByName: keeperWest.name });
      expect(await westLevel()).toEqual({ item: { id: itemId }, onHand: 16, inTransit: 0 });
      const [fromJanuary, fromMarch] = received.lines.map((line: { destinationLotId: string }) => line.destinationLotId);
      const lots = await sql(
        `SELECT id, warehouse_id, campus_id, item_id, goods_receipt_id, batch_no, quantity_received, quantity_remaining, unit_cost_fen, received_at,
           expires_on::text FROM stock_lot WHERE id = ANY($1) ORDER BY received_at`,
        [[fromJanuary, fromMarch]],
      );
      // goods_receipt_id is the document that brought the lot into this warehouse: the transfer.
      const destination = { warehouse_id: westId, campus_id: WEST, item_id: itemId, goods_receipt_id: sent.id, expires_on: null };
      expect(lots).toEqual([
        {
          id: fromJanuary,
          ...destination,
          batch_no: 'A-2501',
          quantity_received: 5,
          quantity_remaining: 5,
          unit_cost_fen: 1000,
          received_at: new Date('2025-01-10T02:00:00Z'),
        },
        {
          id: fromMarch,
          ...destination,
          batch_no: 'B-2503',
          quantity_received: 3,
          quantity_remaining: 3,
          unit_cost_fen: 1200,
          received_at: new Date('2025-03-01T02:00:00Z'),
        },
      ]);
      expect(await inTransit(itemId)).toBe(0);
      expect((await movements(sent.id)).filter((m) => m.kind === 'TRANSFER_IN')).toEqual([
        { kind: 'TRANSFER_IN', lot_id: fromMarch, quantity: 3, unit_cost_fen: 1200, department_id: null, reason: null },
        { kind: 'TRANSFER_IN', lot_id: fromJanuary, quantity: 5, unit_cost_fen: 1000, department_id: null, reason: null },
      ]);

      // FIFO at the destination: January's stock, though it arrived today, goes before West's own February lot.
      const issued = await issue(westId, WEST_ORTHOPAEDICS, [{ itemId, quantity: 6 }]);
      expect(issued.lines[0].lots).toEqual([
        { lotId: fromJanuary, quantity: 5, unitCostFen: 1000 },
        { lotId: westFebruary.id, quantity: 1, unitCostFen: 1100 },
      ]);

      const again = await call(keeperWest, RECEIVE_TRANSFER, { id: sent.id }, 'zh-CN');
      expect(again.data).toBeNull();
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'TRANSFER_ALREADY_RECEIVED', params: { id: sent.id } });
      expect(again.errors?.[0].message).toBe(`调拨单 ${sent.id} 已签收，不能重复签收`);
      expect(await count(`SELECT count(*)::int AS n FROM stock_lot WHERE goods_receipt_id = $1`, [sent.id])).toBe(2);

      const events = await sql<{ type: string; key: string }>(`SELECT type, key FROM outbox_event WHERE data->>'stockTransferId' = $1 ORDER BY seq`, [sent.id]);
      expect(events).toEqual([
        { type: StockTransferDispatchedV1.type, key: sent.id },
        { type: StockTransferReceivedV1.type, key: sent.id },
      ]);
      const audit = await sql(`SELECT action, actor_subject, campus_id FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [sent.id]);
      expect(audit).toEqual([
        { action: 'stock.transfer-dispatched', actor_subject: keeperEast.subject, campus_id: EAST },
        { action: 'stock.transfer-received', actor_subject: keeperWest.subject, campus_id: WEST },
      ]);
    });

    it('sends first-expired-first-out and never an expired lot; the destination issues FEFO across its own and transferred lots', async () => {
      const maskId = await newItem({ name: '医用外科口罩', category: 'PROTECTIVE', tracksExpiry: true });
      const expired = await receive(eastId, maskId, 50, 80, { receivedAt: '2024-12-01T02:00:00Z', expiresOn: '2029-01-01' });
      const later = await receive(eastId, maskId, 20, 90, { receivedAt: '2025-01-05T02:00:00Z', expiresOn: '2030-01-01' });
      const sooner = await receive(eastId, maskId, 10, 100, { receivedAt: '2025-04-01T02:00:00Z', expiresOn: '2029-06-01' });
      // Receipts refuse expired lots, so the oldest lot is made to have expired directly.
      await sql(`UPDATE stock_lot SET expires_on = '2025-01-01' WHERE id = $1`, [expired.id]);
      const westOwn = await receive(westId, maskId, 10, 95, { expiresOn: '2029-12-01' });

      const short = await dispatch(keeperEast, eastId, westId, [{ itemId: maskId, quantity: 31 }]);
      expect(short.errors?.[0].extensions).toMatchObject({ code: 'INSUFFICIENT_STOCK', params: { requested: 31, available: 30 } });

      const sent = (await dispatch(keeperEast, eastId, westId, [{ itemId: maskId, quantity: 15 }])).data!.dispatchStockTransfer;
      expect(sent.lines.map((l: Record<string, unknown>) => [l.sourceLotId, l.quantity, l.expiresOn])).toEqual([
        [sooner.id, 10, '2029-06-01'],
        [later.id, 5, '2030-01-01'],
      ]);
      expect(await remaining(expired.id)).toBe(50);

      const received = (await data(adminWest, RECEIVE_TRANSFER, { id: sent.id })).receiveStockTransfer;
      const [soonerThere, laterThere] = received.lines.map((line: { destinationLotId: string }) => line.destinationLotId);
      const issued = await issue(westId, WEST_ORTHOPAEDICS, [{ itemId: maskId, quantity: 22 }]);
      expect(issued.lines[0].lots).toEqual([
        { lotId: soonerThere, quantity: 10, unitCostFen: 100 },
        { lotId: westOwn.id, quantity: 10, unitCostFen: 95 },
        { lotId: laterThere, quantity: 2, unitCostFen: 90 },
      ]);
    });

    it('moves stock between two warehouses of one campus', async () => {
      const itemId = await stockedItem(eastId, 6, 700);
      const sent = (await dispatch(keeperEast, eastId, east2Id, [{ itemId, quantity: 4 }])).data!.dispatchStockTransfer;
      expect(sent).toMatchObject({ fromCampusId: EAST, toCampusId: EAST, status: 'IN_TRANSIT' });
      await data(keeperEast, RECEIVE_TRANSFER, { id: sent.id });
      expect([await onHand(eastId, itemId), await onHand(east2Id, itemId), await inTransit(itemId)]).toEqual([2, 4, 0]);
    });

    it('lets only the source campus send, only the destination campus receive, and hides transfers from everyone else', async () => {
      const itemId = await stockedItem(eastId, 5);
      const fromEast = [{ itemId, quantity: 1 }];
      const westSends = await dispatch(keeperWest, eastId, westId, fromEast, 'zh-CN');
      expect(westSends.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'Warehouse', id: eastId } });
      expect(westSends.errors?.[0].message).toBe(`未找到仓库：${eastId}`);
      for (const outsider of [nurse, analyst]) expect(errorCode(await dispatch(outsider, eastId, westId, fromEast))).toBe('FORBIDDEN');

      const sent = (await dispatch(keeperEast, eastId, westId, [{ itemId, quantity: 2 }])).data!.dispatchStockTransfer;
      for (const sourceSide of [keeperEast, adminEast]) expect(errorCode(await call(sourceSide, RECEIVE_TRANSFER, { id: sent.id }))).toBe('FORBIDDEN');
      for (const query of [TRANSFER, RECEIVE_TRANSFER]) {
        const south = await call(keeperSouth, query, { id: sent.id });
        expect(south.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'StockTransfer', id: sent.id } });
      }
      expect((await data(keeperSouth, TRANSFERS, {})).stockTransfers.totalCount).toBe(0);
      expect((await data(analyst, TRANSFER, { id: sent.id })).stockTransfer).toEqual({ id: sent.id, status: 'IN_TRANSIT' });
      expect(errorCode(await call(nurse, TRANSFER, { id: sent.id }))).toBe('FORBIDDEN');
      expect(await inTransit(itemId)).toBe(2);
      expect(await onHand(eastId, itemId)).toBe(3);
    });

    it('receives a transfer once when two receipts race', async () => {
      const itemId = await stockedItem(eastId, 4);
      const sent = (await dispatch(keeperEast, eastId, westId, [{ itemId, quantity: 4 }])).data!.dispatchStockTransfer;
      const results = await Promise.all([keeperWest, adminWest].map((identity) => call(identity, RECEIVE_TRANSFER, { id: sent.id })));
      expect(results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['OK', 'TRANSFER_ALREADY_RECEIVED']);
      expect(await onHand(westId, itemId)).toBe(4);
      expect(await count(`SELECT count(*)::int AS n FROM stock_movement WHERE document_id = $1 AND kind = 'TRANSFER_IN'`, [sent.id])).toBe(1);
    });

    it('sends all lines or none: INSUFFICIENT_STOCK writes nothing', async () => {
      const plenty = await stockedItem(eastId, 5);
      const scarceCode = code('VAL');
      const scarce = await newItem({ code: scarceCode, name: '截止阀 DN25' });
      await receive(eastId, scarce, 2, 3800);
      const before = await writes();
      const result = await dispatch(
        keeperEast,
        eastId,
        westId,
        [
          { itemId: plenty, quantity: 3 },
          { itemId: scarce, quantity: 4 },
        ],
        'zh-CN',
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'INSUFFICIENT_STOCK',
        params: { item: `截止阀 DN25 (${scarceCode})`, requested: 4, available: 2 },
      });
      expect(result.errors?.[0].message).toBe(`库存不足：截止阀 DN25 (${scarceCode}) 需要 4，可用 2`);
      expect(await writes()).toEqual(before);
    });

    it('pages through transfers by warehouse and status', async () => {
      const itemId = await stockedItem(east2Id, 3);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await dispatch(keeperEast, east2Id, westId, [{ itemId, quantity: 1 }])).data!.dispatchStockTransfer.id);
      await data(keeperWest, RECEIVE_TRANSFER, { id: ids[0] });
      const inTransitFromEast2 = (await data(keeperEast, TRANSFERS, { w: east2Id, s: 'IN_TRANSIT', first: 1 })).stockTransfers;
      expect(inTransitFromEast2).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: ids[1] } }] });
      const next = (await data(keeperEast, TRANSFERS, { w: east2Id, s: 'IN_TRANSIT', first: 1, after: inTransitFromEast2.pageInfo.endCursor })).stockTransfers;
      expect(next).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { id: ids[2] } }] });
      const received = (await data(keeperWest, TRANSFERS, { w: east2Id, s: 'RECEIVED' })).stockTransfers;
      expect(received.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    });
  });

  describe('returns (退库)', () => {
    it('puts stock back into the lots the issue drew from, latest draw first, never more than issued less returned', async () => {
      const itemId = await newItem();
      const old = await receive(eastId, itemId, 12, 3500, { receivedAt: '2025-03-03T02:00:00Z' });
      const fresh = await receive(eastId, itemId, 20, 3800);
      const issued = await issue(eastId, CARDIOLOGY, [{ itemId, quantity: 15 }]); // 12 old + 3 fresh

      const first = (await returnStock(keeperEast, issued.id, [{ itemId, quantity: 5 }])).data!.returnStock;
      expect(first).toEqual({
        id: expect.any(String),
        stockIssueId: issued.id,
        departmentId: CARDIOLOGY,
        totalCostFen: 3 * 3800 + 2 * 3500,
        reason: '维修取消，未拆封',
        lines: [
          {
            item: { id: itemId },
            quantity: 5,
            costFen: 18_400,
            lots: [
              { lotId: fresh.id, quantity: 3, unitCostFen: 3800 },
              { lotId: old.id, quantity: 2, unitCostFen: 3500 },
            ],
          },
        ],
      });
      expect([await remaining(old.id), await remaining(fresh.id)]).toEqual([2, 20]);
      expect(await movements(first.id)).toEqual([
        { kind: 'RETURN', lot_id: old.id, quantity: 2, unit_cost_fen: 3500, department_id: CARDIOLOGY, reason: '维修取消，未拆封' },
        { kind: 'RETURN', lot_id: fresh.id, quantity: 3, unit_cost_fen: 3800, department_id: CARDIOLOGY, reason: '维修取消，未拆封' },
      ]);

      const before = await writes();
      const tooMany = await returnStock(keeperEast, issued.id, [{ itemId, quantity: 11 }], '多退', 'zh-CN');
      expect(tooMany.errors?.[0].extensions).toMatchObject({
        code: 'RETURN_EXCEEDS_ISSUED',
        params: { issued: 15, returned: 5, returnable: 10, requested: 11 },
      });
      expect(tooMany.errors?.[0].message).toMatch(/^退库超量：测试物资 \(ITEM-[0-9a-f]+\) 出库 15，已退 5，最多还可退 10，本次申请 11$/);
      expect(await writes()).toEqual(before);

      // Two returns at once, each within the limit alone but not together: the issue's row lock lets one through.
      const racing = await Promise.all([6, 6].map((quantity) => returnStock(keeperEast, issued.id, [{ itemId, quantity }])));
      expect(racing.map((r) => (r.errors ? errorCode(r) : 'OK')).sort()).toEqual(['OK', 'RETURN_EXCEEDS_ISSUED']);
      expect((await returnStock(keeperEast, issued.id, [{ itemId, quantity: 4 }])).errors).toBeUndefined();
      expect([await remaining(old.id), await remaining(fresh.id)]).toEqual([12, 20]);
      const nothingLeft = await returnStock(keeperEast, issued.id, [{ itemId, quantity: 1 }]);
      expect(nothingLeft.errors?.[0].extensions).toMatchObject({ code: 'RETURN_EXCEEDS_ISSUED', params: { issued: 15, returned: 15, returnable: 0 } });

      const notOnIssue = await returnStock(keeperEast, issued.id, [{ itemId: await stockedItem(eastId, 1), quantity: 1 }]);
      expect(notOnIssue.errors?.[0].extensions).toMatchObject({ code: 'RETURN_EXCEEDS_ISSUED', params: { issued: 0, returnable: 0 } });
      const west = await returnStock(keeperWest, issued.id, [{ itemId, quantity: 1 }]);
      expect(west.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'StockIssue', id: issued.id } });
      expect(errorCode(await returnStock(nurse, issued.id, [{ itemId, quantity: 1 }]))).toBe('FORBIDDEN');

      const events = await outboxOf(StockReturnedV1.type, 'stockIssueId', issued.id);
      expect(events).toHaveLength(3);
      expect(events.every((event) => event.key === issued.id)).toBe(true);
      expect(events[0].data).toMatchObject({ stockReturnId: first.id, departmentId: CARDIOLOGY, totalCostFen: 18_400, workOrderId: null });
    });

    it('credits returns in the month’s department charges', async () => {
      const itemId = await stockedItem(eastId, 10, 1200);
      const small = await issue(eastId, RADIOLOGY, [{ itemId, quantity: 3 }]);
      const large = await issue(eastId, RADIOLOGY, [{ itemId, quantity: 4 }]);
      await issue(eastId, CARDIOLOGY, [{ itemId, quantity: 1 }]); // another department
      expect((await returnStock(keeperEast, large.id, [{ itemId, quantity: 2 }])).errors).toBeUndefined();
      const month = chinaMonth(new Date());

      const charges = (await data(admin, CHARGES, { d: RADIOLOGY, m: month })).departmentCharges;
      expect(charges).toEqual({
        totalCostFen: 7 * 1200 - 2 * 1200,
        issuedCostFen: 7 * 1200,
        returnedCostFen: 2 * 1200,
        issues: [
          { id: small.id, totalCostFen: 3600 },
          { id: large.id, totalCostFen: 4800 },
        ],
        returns: [{ stockIssueId: large.id, totalCostFen: 2400, lines: [{ quantity: 2 }] }],
      });
      const west = (await data(keeperWest, CHARGES, { d: RADIOLOGY, m: month })).departmentCharges;
      expect(west).toMatchObject({ totalCostFen: 0, issuedCostFen: 0, returnedCostFen: 0, returns: [] });
      const lastYear = (await data(admin, CHARGES, { d: RADIOLOGY, m: `${Number(month.slice(0, 4)) - 1}${month.slice(4)}` })).departmentCharges;
      expect(lastYear).toMatchObject({ totalCostFen: 0, returns: [] });
    });
  });

  describe('adjustments (调整)', () => {
    it('takes from a lot for damage, never below zero, campus admins only', async () => {
      const itemId = await newItem();
      const lot = await receive(eastId, itemId, 10, 500);
      const before = await writes();
      const tooMuch = await adjust(adminEast, eastId, 'DAMAGED', [{ lotId: lot.id, quantityDelta: -11 }], null, 'zh-CN');
      expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'ADJUSTMENT_EXCEEDS_LOT', params: { lotId: lot.id, available: 10, requested: 11 } });
      expect(tooMuch.errors?.[0].message).toMatch(new RegExp(`^批次库存不足：测试物资 \\(ITEM-[0-9a-f]+\\) 批次 ${lot.id} 余 10，不能减少 11$`));
      expect(errorCode(await adjust(keeperEast, eastId, 'DAMAGED', [{ lotId: lot.id, quantityDelta: -1 }]))).toBe('FORBIDDEN');
      const west = await adjust(adminWest, eastId, 'DAMAGED', [{ lotId: lot.id, quantityDelta: -1 }]);
      expect(west.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'Warehouse', id: eastId } });
      expect(await writes()).toEqual(before);

      const damaged = (await adjust(adminEast, eastId, 'DAMAGED', [{ lotId: lot.id, quantityDelta: -4 }], '库房漏水浸泡')).data!.adjustStock;
      expect(damaged).toEqual({
        id: expect.any(String),
        reason: 'DAMAGED',
        note: '库房漏水浸泡',
        lines: [{ lineNo: 1, item: { id: itemId }, countedLotId: lot.id, lotId: lot.id, quantityDelta: -4, unitCostFen: 500 }],
      });
      expect(await remaining(lot.id)).toBe(6);
      expect(await movements(damaged.id)).toEqual([
        { kind: 'ADJUSTMENT', lot_id: lot.id, quantity: -4, unit_cost_fen: 500, department_id: null, reason: 'DAMAGED' },
      ]);
      const [event] = await outboxOf(StockAdjustedV1.type, 'stockAdjustmentId', damaged.id);
      expect(event).toMatchObject({ key: eastId, data: { warehouseId: eastId, reason: 'DAMAGED', lines: [{ lotId: lot.id, quantityDelta: -4 }] } });
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'stock.adjusted' AND entity_id = $1`, [damaged.id])).toBe(1);
    });

    it('books found stock as a new lot like the counted one', async () => {
      const itemId = await newItem({ tracksExpiry: true });
      const lot = await receive(eastId, itemId, 7, 260, { receivedAt: '2025-02-02T02:00:00Z', expiresOn: '2030-05-01', batchNo: 'G-01' });
      await issue(eastId, CARDIOLOGY, [{ itemId, quantity: 7 }]);

      const found = (await adjust(adminEast, eastId, 'FOUND', [{ lotId: lot.id, quantityDelta: 3 }])).data!.adjustStock;
      const newLotId = found.lines[0].lotId;
      expect(found.lines).toEqual([{ lineNo: 1, item: { id: itemId }, countedLotId: lot.id, lotId: expect.any(String), quantityDelta: 3, unitCostFen: 260 }]);
      expect(newLotId).not.toBe(lot.id);
      const rows = await sql(
        `SELECT id, item_id, warehouse_id, goods_receipt_id, batch_no, quantity_received, quantity_remaining, unit_cost_fen, received_at, expires_on::text
         FROM stock_lot WHERE id = ANY($1) ORDER BY quantity_received`,
        [[lot.id, newLotId]],
      );
      const like = {
        item_id: itemId,
        warehouse_id: eastId,
        batch_no: 'G-01',
        unit_cost_fen: 260,
        received_at: new Date('2025-02-02T02:00:00Z'),
        expires_on: '2030-05-01',
      };
      expect(rows).toEqual([
        { id: newLotId, ...like, goods_receipt_id: found.id, quantity_received: 3, quantity_remaining: 3 },
        { id: lot.id, ...like, goods_receipt_id: expect.any(String), quantity_received: 7, quantity_remaining: 0 },
      ]);
      expect(await movements(found.id)).toEqual([
        { kind: 'ADJUSTMENT', lot_id: newLotId, quantity: 3, unit_cost_fen: 260, department_id: null, reason: 'FOUND' },
      ]);
    });

    it('holds each reason to its rules', async () => {
      const itemId = await newItem({ tracksExpiry: true });
      const fine = await receive(eastId, itemId, 5, 100, { expiresOn: '2031-01-01' });
      const stale = await receive(eastId, itemId, 4, 100, { expiresOn: '2031-02-01' });
      await sql(`UPDATE stock_lot SET expires_on = '2025-01-31' WHERE id = $1`, [stale.id]);
      const before = await writes();

      const damagedUp = await adjust(adminEast, eastId, 'DAMAGED', [{ lotId: fine.id, quantityDelta: 1 }], null, 'zh-CN');
      expect(damagedUp.errors?.[0].extensions).toMatchObject({ code: 'ADJUSTMENT_DIRECTION', params: { reason: 'DAMAGED', direction: 'reduce' } });
      expect(damagedUp.errors?.[0].message).toBe('调整原因“报损”只能减少库存');
      expect(errorCode(await adjust(adminEast, eastId, 'FOUND', [{ lotId: fine.id, quantityDelta: -1 }]))).toBe('ADJUSTMENT_DIRECTION');
      const notExpired = await adjust(adminEast, eastId, 'EXPIRED_WRITE_OFF', [{ lotId: fine.id, quantityDelta: -5 }]);
      expect(notExpired.errors?.[0].extensions).toMatchObject({ code: 'ADJUSTMENT_LOT_NOT_EXPIRED', params: { lotId: fine.id, expiresOn: '2031-01-01' } });
      const noNote = await adjust(adminEast, eastId, 'OTHER', [{ lotId: fine.id, quantityDelta: -1 }], '  ', 'zh-CN');
      expect(noNote.errors?.[0].extensions?.code).toBe('ADJUSTMENT_NOTE_REQUIRED');
      expect(noNote.errors?.[0].message).toBe('调整原因为“其他”时须填写说明');
      expect(await writes()).toEqual(before);

      expect((await adjust(adminEast, eastId, 'EXPIRED_WRITE_OFF', [{ lotId: stale.id, quantityDelta: -4 }])).errors).toBeUndefined();
      const counted = await adjust(adminEast, eastId, 'COUNT_DIFFERENCE', [
        { lotId: fine.id, quantityDelta: -2 },
        { lotId: stale.id, quantityDelta: 1 },
      ]);
      expect(counted.errors).toBeUndefined();
      expect((await adjust(adminEast, eastId, 'OTHER', [{ lotId: fine.id, quantityDelta: -1 }], '消防演练借用未归还')).errors).toBeUndefined();
      expect([await remaining(fine.id), await remaining(stale.id), await onHand(eastId, itemId)]).toEqual([2, 0, 3]);
    });
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const itemId = await stockedItem(eastId, 5);
    const westLot = await receive(westId, itemId, 2, 100);
    const eastLot = (await sql<{ id: string }>(`SELECT id FROM stock_lot WHERE warehouse_id = $1 AND item_id = $2`, [eastId, itemId]))[0];
    const issued = await issue(eastId, CARDIOLOGY, [{ itemId, quantity: 2 }]);
    const unknown = randomUUID();
    const before = await writes();
    const expectError = async (response: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, expected: Record<string, unknown>) =>
      expect((await response).errors?.[0].extensions).toMatchObject(expected);

    // Transfers
    for (const quantity of [0, -2]) {
      await expectError(dispatch(keeperEast, eastId, westId, [{ itemId, quantity }]), {
        code: 'QUANTITY_NOT_POSITIVE',
        params: { field: 'lines[0].quantity' },
      });
    }
    await expectError(dispatch(keeperEast, eastId, westId, [{ itemId, quantity: 1.5 }]), { code: 'INVALID_INPUT' });
    await expectError(dispatch(keeperEast, eastId, westId, []), { code: 'INVALID_INPUT', params: { detail: 'lines must not be empty' } });
    await expectError(dispatch(keeperEast, eastId, westId, [{ itemId: unknown, quantity: 1 }]), { code: 'NOT_FOUND', params: { entity: 'Item', id: unknown } });
    await expectError(dispatch(keeperEast, eastId, unknown, [{ itemId, quantity: 1 }]), { code: 'NOT_FOUND', params: { entity: 'Warehouse', id: unknown } });
    await expectError(dispatch(keeperEast, 'abc', westId, [{ itemId, quantity: 1 }]), { code: 'INVALID_ID', params: { field: 'fromWarehouseId' } });
    await expectError(dispatch(keeperEast, eastId, eastId, [{ itemId, quantity: 1 }]), { code: 'TRANSFER_SAME_WAREHOUSE' });
    await expectError(call(keeperWest, RECEIVE_TRANSFER, { id: unknown }), { code: 'NOT_FOUND', params: { entity: 'StockTransfer', id: unknown } });
    await expectError(call(keeperWest, RECEIVE_TRANSFER, { id: 'x' }), { code: 'INVALID_ID', params: { field: 'id' } });
    // Returns
    for (const quantity of [0, -1]) await expectError(returnStock(keeperEast, issued.id, [{ itemId, quantity }]), { code: 'QUANTITY_NOT_POSITIVE' });
    await expectError(returnStock(keeperEast, issued.id, [{ itemId, quantity: 2.5 }]), { code: 'INVALID_INPUT' });
    await expectError(returnStock(keeperEast, unknown, [{ itemId, quantity: 1 }]), { code: 'NOT_FOUND', params: { entity: 'StockIssue', id: unknown } });
    await expectError(returnStock(keeperEast, issued.id, [{ itemId: unknown, quantity: 1 }]), { code: 'NOT_FOUND', params: { entity: 'Item', id: unknown } });
    await expectError(returnStock(keeperEast, issued.id, [{ itemId, quantity: 1 }], ' '), { code: 'TEXT_REQUIRED', params: { field: 'reason' } });
    await expectError(returnStock(keeperWest, issued.id, [{ itemId, quantity: 1 }]), { code: 'NOT_FOUND', params: { entity: 'StockIssue' } });
    // Adjustments
    for (const quantityDelta of [0, 1.5])
      await expectError(adjust(adminEast, eastId, 'COUNT_DIFFERENCE', [{ lotId: eastLot.id, quantityDelta }]), { code: 'INVALID_INPUT' });
    await expectError(adjust(adminEast, eastId, 'LOST', [{ lotId: eastLot.id, quantityDelta: -1 }]), { code: 'INVALID_INPUT' });
    await expectError(adjust(adminEast, eastId, 'DAMAGED', [{ lotId: unknown, quantityDelta: -1 }]), {
      code: 'NOT_FOUND',
      params: { entity: 'StockLot', id: unknown },
    });
    await expectError(adjust(admin, eastId, 'DAMAGED', [{ lotId: westLot.id, quantityDelta: -1 }]), {
      code: 'NOT_FOUND',
      params: { entity: 'StockLot', id: westLot.id },
    });
    await expectError(adjust(adminEast, unknown, 'DAMAGED', [{ lotId: eastLot.id, quantityDelta: -1 }]), {
      code: 'NOT_FOUND',
      params: { entity: 'Warehouse', id: unknown },
    });
    await expectError(
      adjust(adminEast, eastId, 'DAMAGED', [
        { lotId: eastLot.id, quantityDelta: -1 },
        { lotId: eastLot.id, quantityDelta: -1 },
      ]),
      { code: 'INVALID_INPUT' },
    );
    await expectError(adjust(adminWest, eastId, 'DAMAGED', [{ lotId: eastLot.id, quantityDelta: -1 }]), { code: 'NOT_FOUND', params: { entity: 'Warehouse' } });

    expect(await writes()).toEqual(before);
  });

  it('keeps the ledger whole through a seeded random run of receipts, issues (some in parallel), transfers, returns and adjustments', async () => {
    const SEED = 20250615;
    const STEPS = 60;
    const random = seeded(SEED);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

    type Store = { id: string; keeper: Identity; admin: Identity; departmentId: string };
    const stores: Store[] = [
      { id: eastId, keeper: keeperEast, admin: adminEast, departmentId: CARDIOLOGY },
      { id: east2Id, keeper: keeperEast, admin: adminEast, departmentId: CARDIOLOGY },
      { id: westId, keeper: keeperWest, admin: adminWest, departmentId: WEST_ORTHOPAEDICS },
    ];
    const items = [await newItem(), await newItem(), await newItem({ tracksExpiry: true })];
    const expiring = items[2];

    // The model the database must agree with at the end: on hand per warehouse and item, and what is in transit.
    const model = new Map<string, number>();
    const book = (warehouseId: string, itemId: string, quantity: number) =>
      model.set(`${warehouseId}/${itemId}`, (model.get(`${warehouseId}/${itemId}`) ?? 0) + quantity);
    const held = (warehouseId: string, itemId: string) => model.get(`${warehouseId}/${itemId}`) ?? 0;
    const transit: { id: string; to: Store; lines: { itemId: string; quantity: number }[] }[] = [];
    const issued: { id: string; store: Store; itemId: string; quantity: number; returned: number }[] = [];
    const outcomes = new Map<string, number>();
    const REFUSALS = new Set(['INSUFFICIENT_STOCK', 'RETURN_EXCEEDS_ISSUED', 'ADJUSTMENT_EXCEEDS_LOT']);
    let step = 0;

    /** Records the outcome; anything but success or an expected refusal (a deadlock, INTERNAL) fails the run. */
    const settle = (operation: string, response: { errors?: { extensions?: Record<string, unknown> }[] }, predicted?: boolean): boolean => {
      const outcome = response.errors ? String(errorCode(response)) : 'OK';
      if (outcome !== 'OK' && !REFUSALS.has(outcome)) throw new Error(`step ${step} ${operation}: ${JSON.stringify(response.errors)}`);
      if (predicted !== undefined && predicted !== (outcome === 'OK'))
        throw new Error(`step ${step} ${operation}: predicted ${predicted ? 'success' : 'refusal'}, got ${outcome}`);
      outcomes.set(`${operation}:${outcome}`, (outcomes.get(`${operation}:${outcome}`) ?? 0) + 1);
      return outcome === 'OK';
    };

    const receipt = async () => {
      const store = pick(stores);
      const itemId = pick(items);
      const quantity = int(5, 30);
      const expiresOn = itemId === expiring ? `20${int(27, 31)}-0${int(1, 9)}-1${int(0, 9)}` : null;
      const response = await call(store.keeper, RECEIVE, {
        input: { warehouseId: store.id, lines: [{ itemId, quantity, unitCostFen: int(50, 5000), expiresOn }] },
      });
      if (settle('receipt', response, true)) book(store.id, itemId, quantity);
    };
    const issueOne = async (store: Store, itemId: string, quantity: number, predict: boolean) => {
      const response = await call(store.keeper, ISSUE, { input: { warehouseId: store.id, departmentId: store.departmentId, lines: [{ itemId, quantity }] } });
      if (settle('issue', response, predict ? held(store.id, itemId) >= quantity : undefined)) {
        book(store.id, itemId, -quantity);
        issued.push({ id: response.data!.issueStock.id, store, itemId, quantity, returned: 0 });
      }
    };
    const dispatchOne = async (from: Store, predict: boolean) => {
      const to = pick(stores.filter((store) => store !== from));
      const [first, second] = [pick(items), pick(items)];
      const lines =
        first === second
          ? [{ itemId: first, quantity: int(1, 10) }]
          : [
              { itemId: first, quantity: int(1, 6) },
              { itemId: second, quantity: int(1, 6) },
            ];
      const response = await dispatch(from.keeper, from.id, to.id, lines);
      const possible = lines.every((line) => held(from.id, line.itemId) >= line.quantity);
      if (settle('dispatch', response, predict ? possible : undefined)) {
        for (const line of lines) book(from.id, line.itemId, -line.quantity);
        transit.push({ id: response.data!.dispatchStockTransfer.id, to, lines });
      }
    };
    const receiveOne = async () => {
      if (!transit.length) return dispatchOne(pick(stores), true);
      const [transfer] = transit.splice(int(0, transit.length - 1), 1);
      if (settle('receive', await call(transfer.to.keeper, RECEIVE_TRANSFER, { id: transfer.id }), true)) {
        for (const line of transfer.lines) book(transfer.to.id, line.itemId, line.quantity);
      }
    };
    const returnOne = async () => {
      if (!issued.length) return issueOne(pick(stores), pick(items), int(1, 5), true);
      const issue = pick(issued);
      const quantity = int(1, 4);
      const response = await returnStock(issue.store.keeper, issue.id, [{ itemId: issue.itemId, quantity }], '随机退库');
      if (settle('return', response, quantity <= issue.quantity - issue.returned)) {
        issue.returned += quantity;
        book(issue.store.id, issue.itemId, quantity);
      }
    };
    const adjustOne = async (store: Store, predict: boolean) => {
      const lots = await sql<{ id: string; item_id: string; quantity_remaining: number }>(
        `SELECT id, item_id, quantity_remaining FROM stock_lot WHERE warehouse_id = $1 AND item_id = ANY($2) ORDER BY id`,
        [store.id, items],
      );
      if (!lots.length) return receipt();
      const lot = pick(lots);
      const found = random() < 0.3;
      const quantityDelta = found ? int(1, 5) : -int(1, lot.quantity_remaining + 2);
      const response = await adjust(store.admin, store.id, found ? 'FOUND' : pick(['COUNT_DIFFERENCE', 'DAMAGED']), [{ lotId: lot.id, quantityDelta }]);
      if (settle('adjust', response, predict ? found || -quantityDelta <= lot.quantity_remaining : undefined)) book(store.id, lot.item_id, quantityDelta);
    };
    /** Writers racing on the same warehouse and item: issues, a transfer out and a write-off at once. */
    const race = async () => {
      const store = pick(stores);
      const itemId = pick(items);
      await Promise.all([
        issueOne(store, itemId, int(1, 5), false),
        issueOne(store, itemId, int(1, 5), false),
        dispatchOne(store, false),
        adjustOne(store, false),
      ]);
    };

    const operations: [number, () => Promise<void>][] = [
      [10, receipt],
      [10, () => issueOne(pick(stores), pick(items), int(1, 8), true)],
      [3, () => Promise.all([1, 2, 3].map(() => issueOne(pick(stores), items[0], int(1, 4), false))).then(() => undefined)],
      [10, () => dispatchOne(pick(stores), true)],
      [12, receiveOne],
      [8, returnOne],
      [8, () => adjustOne(pick(stores), true)],
      [3, race],
    ];
    const totalWeight = operations.reduce((sum, [weight]) => sum + weight, 0);
    for (step = 0; step < STEPS; step++) {
      if (step < 6) {
        await receipt();
        continue;
      }
      let roll = random() * totalWeight;
      const [, operation] = operations.find(([weight]) => (roll -= weight) < 0)!;
      await operation();
    }
    for (const expected of ['receipt:OK', 'issue:OK', 'dispatch:OK', 'receive:OK', 'return:OK', 'adjust:OK']) expect(outcomes.get(expected)).toBeGreaterThan(0);

    // 1. The database agrees with the model: on hand per warehouse and item, and in transit per item.
    for (const store of stores)
      for (const itemId of items)
        expect({ store: store.id, itemId, onHand: await onHand(store.id, itemId) }).toEqual({ store: store.id, itemId, onHand: held(store.id, itemId) });
    for (const itemId of items) {
      const expectedInTransit = transit
        .flatMap((t) => t.lines)
        .filter((line) => line.itemId === itemId)
        .reduce((sum, line) => sum + line.quantity, 0);
      expect({ itemId, inTransit: await inTransit(itemId) }).toEqual({ itemId, inTransit: expectedInTransit });
    }

    // 2. The ledger invariants, over every lot and document of this whole test file. Each query lists violations.
    const invariants: Record<string, string> = {
      'a lot’s remaining quantity is the sum of its movements': `SELECT lot.id FROM stock_lot lot
         LEFT JOIN (SELECT lot_id, sum(quantity) AS total FROM stock_movement GROUP BY lot_id) movement ON movement.lot_id = lot.id
         WHERE lot.quantity_remaining <> coalesce(movement.total, 0)`,
      'every movement belongs to a lot, at its item, warehouse, campus and unit cost': `SELECT movement.id FROM stock_movement movement
         LEFT JOIN stock_lot lot ON lot.id = movement.lot_id
         WHERE lot.id IS NULL OR movement.item_id <> lot.item_id OR movement.warehouse_id <> lot.warehouse_id OR movement.campus_id <> lot.campus_id
           OR movement.unit_cost_fen <> lot.unit_cost_fen`,
      'no lot is negative or holds more than it received': `SELECT id FROM stock_lot WHERE quantity_remaining < 0 OR quantity_remaining > quantity_received`,
      'each lot is opened once, for what it received, by the document in goods_receipt_id': `SELECT lot.id FROM stock_lot lot
         WHERE (SELECT count(*) FROM stock_movement movement WHERE movement.lot_id = lot.id AND movement.document_id = lot.goods_receipt_id
                  AND movement.kind IN ('RECEIPT', 'TRANSFER_IN', 'ADJUSTMENT') AND movement.quantity = lot.quantity_received) <> 1`,
      'the movements are exactly what the documents say (kind, document, lot, quantity, department)': `WITH expected AS (
           SELECT 'RECEIPT' AS kind, lot.goods_receipt_id AS document_id, lot.id AS lot_id, lot.quantity_received AS quantity, NULL::uuid AS department_id
             FROM stock_lot lot JOIN goods_receipt receipt ON receipt.id = lot.goods_receipt_id
           UNION ALL SELECT 'ISSUE', draw.stock_issue_id, draw.lot_id, -draw.quantity, issue.department_id
             FROM stock_issue_lot draw JOIN stock_issue issue ON issue.id = draw.stock_issue_id
           UNION ALL SELECT 'RETURN', put.stock_return_id, put.lot_id, put.quantity, stock_return.department_id
             FROM stock_return_lot put JOIN stock_return ON stock_return.id = put.stock_return_id
           UNION ALL SELECT 'TRANSFER_OUT', line.stock_transfer_id, line.source_lot_id, -line.quantity, NULL FROM stock_transfer_line line
           UNION ALL SELECT 'TRANSFER_IN', line.stock_transfer_id, line.destination_lot_id, line.quantity, NULL
             FROM stock_transfer_line line JOIN stock_transfer transfer ON transfer.id = line.stock_transfer_id WHERE transfer.status = 'RECEIVED'
           UNION ALL SELECT 'ADJUSTMENT', line.stock_adjustment_id, line.lot_id, line.quantity_delta, NULL FROM stock_adjustment_line line
         ), actual AS (SELECT kind, document_id, lot_id, quantity, department_id FROM stock_movement)
         SELECT 'missing' AS side, * FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) missing
         UNION ALL SELECT 'unexplained', * FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) unexplained`,
      'issue and return totals and lines add up from their lot draws': `SELECT issue.id FROM stock_issue issue
           WHERE issue.total_cost_fen <> (SELECT coalesce(sum(quantity * unit_cost_fen), 0) FROM stock_issue_lot WHERE stock_issue_id = issue.id)
         UNION ALL SELECT line.id FROM stock_issue_line line
           WHERE line.quantity <> (SELECT coalesce(sum(quantity), 0) FROM stock_issue_lot WHERE stock_issue_line_id = line.id)
         UNION ALL SELECT stock_return.id FROM stock_return
           WHERE stock_return.total_cost_fen <> (SELECT coalesce(sum(quantity * unit_cost_fen), 0) FROM stock_return_lot WHERE stock_return_id = stock_return.id)
         UNION ALL SELECT line.id FROM stock_return_line line
           WHERE line.quantity <> (SELECT coalesce(sum(quantity), 0) FROM stock_return_lot WHERE stock_return_line_id = line.id)`,
      'a return goes back only into its own issue’s draws, at their cost, never more than drawn': `SELECT put.id FROM stock_return_lot put
           JOIN stock_return ON stock_return.id = put.stock_return_id JOIN stock_issue_lot draw ON draw.id = put.stock_issue_lot_id
           WHERE put.lot_id <> draw.lot_id OR put.unit_cost_fen <> draw.unit_cost_fen OR draw.stock_issue_id <> stock_return.stock_issue_id
         UNION ALL SELECT draw.id FROM stock_issue_lot draw
           WHERE draw.quantity < (SELECT coalesce(sum(quantity), 0) FROM stock_return_lot WHERE stock_issue_lot_id = draw.id)`,
      'a received line is a destination lot like its source; a line in transit has none': `SELECT line.id FROM stock_transfer_line line
           JOIN stock_transfer transfer ON transfer.id = line.stock_transfer_id LEFT JOIN stock_lot lot ON lot.id = line.destination_lot_id
           WHERE (transfer.status = 'RECEIVED') <> (line.destination_lot_id IS NOT NULL)
              OR (line.destination_lot_id IS NOT NULL AND (lot.id IS NULL OR lot.warehouse_id <> transfer.to_warehouse_id OR lot.item_id <> line.item_id
                OR lot.quantity_received <> line.quantity OR lot.unit_cost_fen <> line.unit_cost_fen OR lot.expires_on IS DISTINCT FROM line.expires_on
                OR lot.batch_no IS DISTINCT FROM line.batch_no OR lot.received_at <> line.received_at))`,
      'in transit per item = -(sum of TRANSFER_OUT + TRANSFER_IN movements)': `SELECT item.id FROM item
           WHERE (SELECT coalesce(sum(line.quantity), 0) FROM stock_transfer_line line JOIN stock_transfer transfer ON transfer.id = line.stock_transfer_id
                  WHERE transfer.status = 'IN_TRANSIT' AND line.item_id = item.id)
              <> -(SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = item.id AND kind IN ('TRANSFER_OUT', 'TRANSFER_IN'))`,
      'per item, receipts + issues + returns + adjustments = on hand + in transit': `SELECT item.id FROM item
           WHERE (SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = item.id AND kind IN ('RECEIPT', 'ISSUE', 'RETURN', 'ADJUSTMENT'))
              <> (SELECT coalesce(sum(quantity_remaining), 0) FROM stock_lot WHERE item_id = item.id)
               + (SELECT coalesce(sum(line.quantity), 0) FROM stock_transfer_line line JOIN stock_transfer transfer ON transfer.id = line.stock_transfer_id
                  WHERE transfer.status = 'IN_TRANSIT' AND line.item_id = item.id)`,
    };
    for (const [invariant, query] of Object.entries(invariants)) expect({ invariant, violations: await sql(query) }).toEqual({ invariant, violations: [] });
  });

  it('relays every outbox row to Kafka and parks no event on the dead-letter topic', async () => {
    const types = await eventually(
      async () => {
        const outbox = await sql<{ type: string; sent_at: Date | null }>(`SELECT type, sent_at FROM outbox_event`);
        return outbox.every((row) => row.sent_at) ? new Set(outbox.map((row) => row.type)) : undefined;
      },
      30_000,
      'every outbox row sent',
    );
    for (const contract of [StockTransferDispatchedV1, StockTransferReceivedV1, StockReturnedV1, StockAdjustedV1]) expect(types.has(contract.type)).toBe(true);
    expect(platform.process('materials').logTail(100_000)).not.toContain('event parked on dead-letter topic');
  });
});
