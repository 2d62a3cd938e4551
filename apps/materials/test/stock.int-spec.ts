import {
  EventData,
  GoodsReceivedV1,
  MaterialsRole,
  StockBelowReorderPointV1,
  StockIssuedV1,
  StockShortageRecordedV1,
  WorkOrderCompletedV1,
} from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth } from '@houqin/platform-calendar';
import { CloudEvent, KafkaBus, toBusMessage } from '@houqin/platform-events';
import { errorCode, eventually, graphql, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** The materials subgraph on its own, against real Postgres and Kafka, called as the gateway calls it. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const SOUTH = org.campus('南院区'); // a campus without a warehouse
const CARDIOLOGY = org.department(EAST, '心内科');
const ORTHOPAEDICS = org.department(EAST, '骨科'); // charged only by the monthly charges test
const ICU = org.department(EAST, '重症医学科'); // charged only by the paging test
const SOUTH_EMERGENCY = org.department(SOUTH, '急诊科');
const WEST_CARDIOLOGY = org.department(WEST, '心内科');
const CLOSED = org.department(EAST, '已撤销科室', randomUUID(), false);

const admin: Identity = { subject: 'admin-group', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
const keeperEast: Identity = { subject: 'keeper-east', staffId: randomUUID(), name: '东院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [EAST] };
const keeperWest: Identity = { subject: 'keeper-west', staffId: randomUUID(), name: '西院库管', roles: [MaterialsRole.STOREKEEPER], campusIds: [WEST] };
const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const CREATE_ITEM = `mutation($input: CreateItemInput!) { createItem(input: $input) { id code name nameEn unit category active } }`;
const CREATE_WAREHOUSE = `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id campusId code } }`;
const RECEIVE = `mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id lots { id quantityReceived quantityRemaining unitCostFen expiresOn } } }`;
const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) { id totalCostFen workOrderId lines { item { id } quantity costFen lots { lotId quantity unitCostFen } } } }`;
const STOCK_LEVELS = `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onHand reorderPoint belowReorderPoint lots { id quantityRemaining } } }`;
const PARTS_ISSUER = 'materials.parts-issuer';

/** A fresh, unique item code, so each test works on its own items. */
const code = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

describe('materials stock (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let url: string;
  let bus: KafkaBus;
  let warehouseId: string;

  const { call, data } = subgraphCaller(() => platform, 'materials');
  const count = async (sql: string, params: unknown[] = []) => (await platform.query<{ n: number }>('materials', sql, params))[0].n;
  const onHand = (itemId: string) =>
    count(`SELECT coalesce(sum(quantity_remaining), 0)::int AS n FROM stock_lot WHERE warehouse_id = $1 AND item_id = $2`, [warehouseId, itemId]);

  const newItem = async (fields: Record<string, unknown> = {}, identity: Identity = admin): Promise<string> =>
    (await data(identity, CREATE_ITEM, { input: { code: code('ITEM'), name: '测试物资', unit: '个', category: 'SPARE_PART', ...fields } })).createItem.id;
  const receive = async (itemId: string, quantity: number, unitCostFen: number, receivedAt?: string) =>
    (await data(keeperEast, RECEIVE, { input: { warehouseId, receivedAt, lines: [{ itemId, quantity, unitCostFen }] } })).receiveGoods.lots[0];
  /** An item with stock already in the East warehouse. */
  const stockedItem = async (quantity: number, unitCostFen = 1000) => {
    const itemId = await newItem();
    await receive(itemId, quantity, unitCostFen);
    return itemId;
  };
  const issue = (lines: { itemId: string; quantity: number }[], extra: Record<string, unknown> = {}, identity = keeperEast, locale?: string) =>
    call(identity, ISSUE, { input: { warehouseId, departmentId: CARDIOLOGY, lines, ...extra } }, locale);
  const issueData = async (lines: { itemId: string; quantity: number }[], extra: Record<string, unknown> = {}) => {
    const result = await issue(lines, extra);
    expect(result.errors).toBeUndefined();
    return result.data!.issueStock;
  };

  /** A WorkOrderCompletedV1 as maintenance publishes it. */
  const completion = (fields: Partial<EventData<typeof WorkOrderCompletedV1>> = {}): CloudEvent<EventData<typeof WorkOrderCompletedV1>> => {
    const workOrderId = fields.workOrderId ?? randomUUID();
    const now = new Date().toISOString();
    return {
      id: randomUUID(),
      type: WorkOrderCompletedV1.type,
      source: 'houqin/maintenance',
      subject: workOrderId,
      time: now,
      traceparent: null,
      tracestate: null,
      data: {
        workOrderId,
        number: 'WO-20250601-000001',
        campusId: EAST,
        locationId: randomUUID(),
        departmentId: CARDIOLOGY,
        status: 'COMPLETED',
        priority: 'NORMAL',
        occurredAt: now,
        actor: { subject: 'tech-zhang', staffId: null, name: '张伟' },
        labourMinutes: 45,
        parts: [],
        technicianId: null,
        completion: 1,
        ...fields,
      },
    };
  };
  const inboxRows = (eventId: string) =>
    count(`SELECT count(*)::int AS n FROM inbox_event WHERE consumer_group = $1 AND event_id = $2`, [PARTS_ISSUER, eventId]);
  /**
   * Publishes the events on one key (one partition, consumed in order), then a marker after them, and waits
   * until the consumer has recorded the marker: by then it has handled, or skipped, every event before it.
   */
  const publishAndSettle = async (...events: CloudEvent<EventData<typeof WorkOrderCompletedV1>>[]) => {
    const key = events[0].data.workOrderId;
    const marker = completion();
    await bus.publish([...events, marker].map((event) => toBusMessage(WorkOrderCompletedV1.topic, key, event)));
    await eventually(async () => ((await inboxRows(marker.id)) === 1 ? true : undefined), 60_000, 'consumer reached the marker event');
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    url = platform.serviceUrl('materials');
    bus = new KafkaBus({ clientId: 'materials-stock-test', brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });
    await bus.ensureTopics([WorkOrderCompletedV1.topic]);
    await org.publishTo(platform, 'materials');
    warehouseId = (await data(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    await data(admin, CREATE_WAREHOUSE, { input: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } });
    // An (empty) secondary store on East: completed work orders' parts must still come from the central store.
    await data(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST-ER', name: '东院区急诊二级库', kind: 'SECONDARY' } });
  });
  afterAll(async () => {
    await bus?.disconnect();
    await platform?.stop();
  });

  it('refuses calls that did not come through the gateway', async () => {
    const anonymous = await graphql(url, { query: '{ items { totalCount } }' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates, updates and searches catalogue items', async () => {
    const tag = randomBytes(3).toString('hex');
    const chosenId = randomUUID();
    const valve = (
      await data(admin, CREATE_ITEM, {
        input: { id: chosenId, code: code('VAL'), name: `截止阀 DN20 ${tag}`, nameEn: 'Globe valve', unit: '个', category: 'SPARE_PART' },
      })
    ).createItem;
    expect(valve).toMatchObject({ id: chosenId, name: `截止阀 DN20 ${tag}`, nameEn: 'Globe valve', category: 'SPARE_PART', active: true });
    const washerId = await newItem({ name: `截止阀垫片 ${tag}`, category: 'CONSUMABLE' }, keeperEast);

    const updated = await data(keeperEast, `mutation($i: UpdateItemInput!) { updateItem(input: $i) { id name nameEn unit active } }`, {
      i: { id: washerId, nameEn: 'Valve washer', unit: '包', active: false },
    });
    expect(updated.updateItem).toEqual({ id: washerId, name: `截止阀垫片 ${tag}`, nameEn: 'Valve washer', unit: '包', active: false });
    const [row] = await platform.query('materials', `SELECT name_en, unit, active FROM item WHERE id = $1`, [washerId]);
    expect(row).toEqual({ name_en: 'Valve washer', unit: '包', active: false });

    const search = `query($s: String, $c: ItemCategory) { items(search: $s, category: $c) { totalCount edges { node { id } } } }`;
    const both = await data(nurse, search, { s: tag });
    expect(both.items.totalCount).toBe(2);
    const spareParts = await data(nurse, search, { s: tag, c: 'SPARE_PART' });
    expect(spareParts.items.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([chosenId]);

    const audit = await platform.query('materials', `SELECT action, actor_subject FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [washerId]);
    expect(audit).toEqual([
      { action: 'item.created', actor_subject: keeperEast.subject },
      { action: 'item.updated', actor_subject: keeperEast.subject },
    ]);
  });

  it('rejects a duplicate code, a duplicate chosen id and a second central store on a campus', async () => {
    const id = randomUUID();
    const valveCode = code('VAL');
    await data(admin, CREATE_ITEM, { input: { id, code: valveCode, name: '截止阀', unit: '个', category: 'SPARE_PART' } });

    const sameCode = await call(admin, CREATE_ITEM, { input: { code: valveCode, name: '另一个', unit: '个', category: 'SPARE_PART' } }, 'zh-CN');
    expect(sameCode.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE', params: { entity: 'Item', value: valveCode } });
    expect(sameCode.errors?.[0].message).toBe(`Item 已存在：${valveCode}`);
    const sameId = await call(admin, CREATE_ITEM, { input: { id, code: code('OTHER'), name: '另一个', unit: '个', category: 'SPARE_PART' } });
    expect(sameId.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE', params: { entity: 'Item', value: id } });
    expect(await count(`SELECT count(*)::int AS n FROM item WHERE id = $1 OR code = $2`, [id, valveCode])).toBe(1);

    const secondWarehouse = await call(admin, CREATE_WAREHOUSE, { input: { campusId: EAST, code: 'WH-EAST-2', name: '东院区二库' } });
    expect(secondWarehouse.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE', params: { entity: 'Warehouse', value: `${EAST} (CENTRAL)` } });
    expect(await count(`SELECT count(*)::int AS n FROM warehouse WHERE campus_id = $1 AND kind = 'CENTRAL'`, [EAST])).toBe(1);
  });

  it('creates a warehouse only on a campus the org directory knows', async () => {
    const unknown = randomUUID();
    const result = await call(admin, CREATE_WAREHOUSE, { input: { campusId: unknown, code: 'WH-NONE', name: '无此院区库房' } }, 'zh-CN');
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'Campus', id: unknown } });
    expect(result.errors?.[0].message).toBe(`未找到院区：${unknown}`);
    expect(await count(`SELECT count(*)::int AS n FROM warehouse WHERE campus_id = $1`, [unknown])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE campus_id = $1`, [unknown])).toBe(0);
  });

  it('lets only a group admin choose ids', async () => {
    const chosen = randomUUID();
    const item = await call(keeperEast, CREATE_ITEM, { input: { id: chosen, code: code('X'), name: 'x', unit: '个', category: 'SPARE_PART' } });
    expect(errorCode(item)).toBe('FORBIDDEN');
    const itemId = await newItem();
    const lot = await call(keeperEast, RECEIVE, { input: { warehouseId, lines: [{ lotId: chosen, itemId, quantity: 1, unitCostFen: 1 }] } });
    expect(errorCode(lot)).toBe('FORBIDDEN');
    const warehouse = await call(admin, CREATE_WAREHOUSE, { input: { id: chosen, campusId: SOUTH, code: 'WH-SOUTH', name: '南院区总库' } });
    expect(warehouse.errors).toBeUndefined();
    await platform.query('materials', `DELETE FROM warehouse WHERE id = $1`, [chosen]); // SOUTH stays a campus without a warehouse
    expect(await count(`SELECT count(*)::int AS n FROM item WHERE id = $1`, [chosen])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM stock_lot WHERE id = $1 OR item_id = $2`, [chosen, itemId])).toBe(0);

    const requester = await call(nurse, CREATE_ITEM, { input: { code: code('X'), name: 'x', unit: '个', category: 'SPARE_PART' } });
    expect(errorCode(requester)).toBe('FORBIDDEN');
  });

  it('answers bad input with typed, translated errors and writes nothing', async () => {
    const itemId = await stockedItem(5);
    const tables = `SELECT (SELECT count(*) FROM item)::int AS items, (SELECT count(*) FROM stock_lot)::int AS lots,
      (SELECT count(*) FROM stock_issue)::int AS issues, (SELECT count(*) FROM outbox_event)::int AS events`;
    const before = await platform.query('materials', tables);

    const tooLong = await call(admin, CREATE_ITEM, { input: { code: code('X'), name: '长'.repeat(101), unit: '个', category: 'SPARE_PART' } }, 'zh-CN');
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'TEXT_TOO_LONG', params: { field: 'name', max: 100 } });
    expect(tooLong.errors?.[0].message).toBe('name 过长（最多 100 个字符）');

    const invalidId = await call(keeperEast, STOCK_LEVELS, { w: 'abc' });
    expect(invalidId.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', params: { field: 'warehouseId', value: 'abc' } });
    const invalidItem = await issue([{ itemId: 'valve', quantity: 1 }]);
    expect(invalidItem.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', params: { field: 'lines[0].itemId' } });

    for (const quantity of [0, -3]) {
      const notPositive = await issue([{ itemId, quantity }], {}, keeperEast, 'en');
      expect(notPositive.errors?.[0].extensions).toMatchObject({ code: 'QUANTITY_NOT_POSITIVE', params: { field: 'lines[0].quantity' } });
      expect(notPositive.errors?.[0].message).toBe('lines[0].quantity must be greater than zero');
    }

    const badDate = await call(keeperEast, RECEIVE, {
      input: { warehouseId, lines: [{ itemId, quantity: 1, unitCostFen: 1, expiresOn: '2030-02-30' }] },
    });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', params: { detail: 'lines[0].expiresOn must be a date YYYY-MM-DD' } });
    const badMonth = await call(admin, `query($d: ID!) { departmentCharges(departmentId: $d, month: "2025-13") { totalCostFen } }`, { d: CARDIOLOGY });
    expect(badMonth.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', params: { detail: 'month must be YYYY-MM' } });

    expect(await platform.query('materials', tables)).toEqual(before);
    expect(await onHand(itemId)).toBe(5);
  });

  it('issues FIFO by lot: 15 from 12@3500 and 20@3800 is 12 old + 3 new, 53400 fen', async () => {
    const itemId = await newItem();
    const oldLot = await receive(itemId, 12, 3500, '2025-03-03T02:00:00Z');
    const newLot = await receive(itemId, 20, 3800);

    const issued = await issueData([{ itemId, quantity: 15 }], { note: '病房水管维修' });
    expect(issued.totalCostFen).toBe(12 * 3500 + 3 * 3800);
    expect(issued.totalCostFen).toBe(53_400);
    expect(issued.lines).toEqual([
      {
        item: { id: itemId },
        quantity: 15,
        costFen: 53_400,
        lots: [
          { lotId: oldLot.id, quantity: 12, unitCostFen: 3500 },
          { lotId: newLot.id, quantity: 3, unitCostFen: 3800 },
        ],
      },
    ]);
    const lots = await platform.query('materials', `SELECT id, quantity_remaining FROM stock_lot WHERE item_id = $1 ORDER BY received_at`, [itemId]);
    expect(lots).toEqual([
      { id: oldLot.id, quantity_remaining: 0 },
      { id: newLot.id, quantity_remaining: 17 },
    ]);
    const [row] = await platform.query('materials', `SELECT total_cost_fen, department_id, issued_by_subject FROM stock_issue WHERE id = $1`, [issued.id]);
    expect(row).toEqual({ total_cost_fen: 53_400, department_id: CARDIOLOGY, issued_by_subject: keeperEast.subject });

    const level = (await data(keeperEast, STOCK_LEVELS, { w: warehouseId })).stockLevels.find((l: { item: { id: string } }) => l.item.id === itemId);
    expect(level).toMatchObject({ onHand: 17, lots: [{ id: newLot.id, quantityRemaining: 17 }] });
  });

  it('issues all lines or none: INSUFFICIENT_STOCK, translated, with params, and stock unchanged', async () => {
    const tapId = await stockedItem(5);
    const valveName = `截止阀 ${randomBytes(2).toString('hex')}`;
    const valveCode = code('VAL');
    const valveId = await newItem({ code: valveCode, name: valveName });
    await receive(valveId, 17, 3800);
    const issuesBefore = await count(`SELECT count(*)::int AS n FROM stock_issue`);

    const short = await issue(
      [
        { itemId: tapId, quantity: 1 },
        { itemId: valveId, quantity: 100 },
      ],
      {},
      keeperEast,
      'zh-CN',
    );
    expect(short.data).toBeNull();
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'INSUFFICIENT_STOCK',
      params: { item: `${valveName} (${valveCode})`, requested: 100, available: 17 },
    });
    expect(short.errors?.[0].message).toBe(`库存不足：${valveName} (${valveCode}) 需要 100，可用 17`);
    expect(await onHand(tapId)).toBe(5);
    expect(await onHand(valveId)).toBe(17);
    expect(await count(`SELECT count(*)::int AS n FROM stock_issue`)).toBe(issuesBefore);
    // A person was told; nothing is recorded as a shortage.
    expect(await count(`SELECT count(*)::int AS n FROM stock_shortage WHERE item_id = ANY($1)`, [[tapId, valveId]])).toBe(0);
  });

  it('charges only an active department of the warehouse’s campus, and writes nothing otherwise', async () => {
    const itemId = await stockedItem(5);
    const issuesBefore = await count(`SELECT count(*)::int AS n FROM stock_issue`);

    const otherCampus = await issue([{ itemId, quantity: 1 }], { departmentId: WEST_CARDIOLOGY }, keeperEast, 'zh-CN');
    expect(otherCampus.data).toBeNull();
    expect(otherCampus.errors?.[0].extensions?.code).toBe('REFERENCE_MISMATCH');
    expect(otherCampus.errors?.[0].message).toBe('科室“心内科”不属于该院区');
    const closed = await issue([{ itemId, quantity: 1 }], { departmentId: CLOSED }, keeperEast, 'zh-CN');
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'REFERENCE_INACTIVE', params: { entity: 'Department', name: '已撤销科室' } });
    expect(closed.errors?.[0].message).toBe('科室已停用：已撤销科室');
    const unknown = randomUUID();
    const missing = await issue([{ itemId, quantity: 1 }], { departmentId: unknown }, keeperEast, 'en');
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'Department', id: unknown } });
    expect(missing.errors?.[0].message).toBe(`Department not found: ${unknown}`);

    expect(await onHand(itemId)).toBe(5);
    expect(await count(`SELECT count(*)::int AS n FROM stock_issue`)).toBe(issuesBefore);
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'stock.issued' AND after->>'departmentId' = ANY($1)`, [
        [WEST_CARDIOLOGY, CLOSED, unknown],
      ]),
    ).toBe(0);
  });

  it('never overdraws under concurrency: 12 parallel issues of 1 against 9 in stock, exactly 9 succeed', async () => {
    const itemId = await stockedItem(9);
    const results = await Promise.all(Array.from({ length: 12 }, () => issue([{ itemId, quantity: 1 }])));
    const codes = results.map((r) => (r.data?.issueStock ? 'OK' : errorCode(r)));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(9);
    expect(codes.filter((c) => c === 'INSUFFICIENT_STOCK')).toHaveLength(3);
    expect(await onHand(itemId)).toBe(0);
    expect(await count(`SELECT coalesce(sum(quantity), 0)::int AS n FROM stock_issue_line WHERE item_id = $1`, [itemId])).toBe(9);
    expect(await count(`SELECT count(*)::int AS n FROM stock_lot WHERE quantity_remaining < 0`)).toBe(0);
  });

  it('applies a completed work order once, even when the event arrives twice', async () => {
    const itemId = await stockedItem(10, 4000);
    const event = completion({
      parts: [
        { itemId, quantity: 2 },
        { itemId, quantity: 1 },
      ],
    });
    await publishAndSettle(event, event);

    expect(await inboxRows(event.id)).toBe(1);
    expect(await onHand(itemId)).toBe(7);
    const issues = await platform.query(
      'materials',
      `SELECT i.total_cost_fen, i.department_id, i.note, l.quantity FROM stock_issue i JOIN stock_issue_line l ON l.stock_issue_id = i.id WHERE i.work_order_id = $1`,
      [event.data.workOrderId],
    );
    // The two mentions of the part become one line of 3.
    expect(issues).toEqual([{ total_cost_fen: 12_000, department_id: CARDIOLOGY, note: '工单 WO-20250601-000001 完工领料', quantity: 3 }]);
    const audit = await platform.query('materials', `SELECT actor_subject FROM audit_entry WHERE action = 'stock.issued' AND after->>'workOrderId' = $1`, [
      event.data.workOrderId,
    ]);
    expect(audit).toEqual([{ actor_subject: `system:${PARTS_ISSUER}` }]);
  });

  it('issues a burst of completions in order, each from the lots the ones before it left', async () => {
    const itemId = await newItem();
    const oldLot = await receive(itemId, 3, 1000, '2025-03-03T02:00:00Z');
    const newLot = await receive(itemId, 5, 2000);
    // One key, so one partition: the consumer takes them as one batch (or in order across batches).
    const burst = [2, 2, 2, 5].map((quantity) => completion({ parts: [{ itemId, quantity }] }));
    await publishAndSettle(...burst);

    const issued = async (workOrderId: string) =>
      platform.query<{ total_cost_fen: number; lots: { lot_id: string; quantity: number }[] }>(
        'materials',
        `SELECT issue.total_cost_fen, json_agg(json_build_object('lot_id', draw.lot_id, 'quantity', draw.quantity) ORDER BY draw.draw_no) AS lots
           FROM stock_issue issue JOIN stock_issue_lot draw ON draw.stock_issue_id = issue.id
          WHERE issue.work_order_id = $1 GROUP BY issue.id`,
        [workOrderId],
      );
    expect(await issued(burst[0].data.workOrderId)).toEqual([{ total_cost_fen: 2000, lots: [{ lot_id: oldLot.id, quantity: 2 }] }]);
    expect(await issued(burst[1].data.workOrderId)).toEqual([
      {
        total_cost_fen: 3000,
        lots: [
          { lot_id: oldLot.id, quantity: 1 },
          { lot_id: newLot.id, quantity: 1 },
        ],
      },
    ]);
    expect(await issued(burst[2].data.workOrderId)).toEqual([{ total_cost_fen: 4000, lots: [{ lot_id: newLot.id, quantity: 2 }] }]);
    // The last asks for 5 of the 2 left: a shortage, nothing issued.
    expect(await issued(burst[3].data.workOrderId)).toEqual([]);
    expect(await platform.query('materials', `SELECT requested, available FROM stock_shortage WHERE work_order_id = $1`, [burst[3].data.workOrderId])).toEqual([
      { requested: 5, available: 2 },
    ]);
    expect(await onHand(itemId)).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM stock_movement WHERE item_id = $1 AND kind = 'ISSUE'`, [itemId])).toBe(4);
  });

  it('records shortages, with an event, for unknown and understocked parts and issues the rest', async () => {
    const inStock = await stockedItem(4);
    const scarce = await stockedItem(2);
    const unknown = randomUUID();
    const event = completion({
      parts: [
        { itemId: inStock, quantity: 1 },
        { itemId: unknown, quantity: 1 },
        { itemId: scarce, quantity: 5 },
      ],
    });
    await publishAndSettle(event);

    const workOrderId = event.data.workOrderId;
    expect(await onHand(inStock)).toBe(3);
    expect(await onHand(scarce)).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM stock_issue WHERE work_order_id = $1`, [workOrderId])).toBe(1);
    const shortages = await platform.query(
      'materials',
      `SELECT item_id, warehouse_id, campus_id, requested, available FROM stock_shortage WHERE work_order_id = $1 ORDER BY requested`,
      [workOrderId],
    );
    expect(shortages).toEqual([
      { item_id: unknown, warehouse_id: warehouseId, campus_id: EAST, requested: 1, available: 0 },
      { item_id: scarce, warehouse_id: warehouseId, campus_id: EAST, requested: 5, available: 2 },
    ]);
    const events = await platform.query<{ data: Record<string, unknown> }>(
      'materials',
      `SELECT data FROM outbox_event WHERE type = $1 AND data->>'workOrderId' = $2 ORDER BY data->>'requested'`,
      [StockShortageRecordedV1.type, workOrderId],
    );
    expect(events.map((e) => e.data)).toEqual([
      expect.objectContaining({ itemId: unknown, warehouseId, requested: 1, available: 0 }),
      expect.objectContaining({ itemId: scarce, warehouseId, requested: 5, available: 2 }),
    ]);
  });

  it('records a shortage without an event when the campus has no warehouse', async () => {
    const itemId = await stockedItem(3);
    const event = completion({ campusId: SOUTH, departmentId: SOUTH_EMERGENCY, parts: [{ itemId, quantity: 1 }] });
    await publishAndSettle(event);

    const shortages = await platform.query('materials', `SELECT campus_id, warehouse_id, requested, available FROM stock_shortage WHERE work_order_id = $1`, [
      event.data.workOrderId,
    ]);
    expect(shortages).toEqual([{ campus_id: SOUTH, warehouse_id: null, requested: 1, available: 0 }]);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_event WHERE data->>'workOrderId' = $1`, [event.data.workOrderId])).toBe(0);
    expect(await onHand(itemId)).toBe(3);
  });

  it('issues nothing for a completed work order whose department cannot be charged, records why once, and moves on', async () => {
    const itemId = await stockedItem(6);
    const [otherCampus, closed, unknown] = [WEST_CARDIOLOGY, CLOSED, randomUUID()].map((departmentId) =>
      completion({ departmentId, parts: [{ itemId, quantity: 1 }] }),
    );
    await publishAndSettle(otherCampus, otherCampus, closed, unknown);

    const workOrderIds = [otherCampus, closed, unknown].map((event) => event.data.workOrderId);
    for (const event of [otherCampus, closed, unknown]) expect(await inboxRows(event.id)).toBe(1);
    expect(await onHand(itemId)).toBe(6);
    const written = `SELECT ((SELECT count(*) FROM stock_issue WHERE work_order_id = ANY($1))
      + (SELECT count(*) FROM stock_shortage WHERE work_order_id = ANY($1)) + (SELECT count(*) FROM outbox_event WHERE data->>'workOrderId' = ANY($1::text[])))::int AS n`;
    expect(await count(written, [workOrderIds])).toBe(0);
    const refusals = await platform.query<{ entity_id: string; actor_subject: string; reason: string; parts: unknown }>(
      'materials',
      `SELECT entity_id, actor_subject, after->>'reason' AS reason, after->'parts' AS parts FROM audit_entry WHERE action = 'stock.issue-refused' AND entity_id = ANY($1)`,
      [workOrderIds],
    );
    expect(refusals).toHaveLength(3); // the duplicate delivery recorded nothing more
    expect(Object.fromEntries(refusals.map((r) => [r.entity_id, r.reason]))).toEqual({
      [otherCampus.data.workOrderId]: 'REFERENCE_MISMATCH',
      [closed.data.workOrderId]: 'REFERENCE_INACTIVE',
      [unknown.data.workOrderId]: 'NOT_FOUND',
    });
    for (const refusal of refusals) expect(refusal).toMatchObject({ actor_subject: `system:${PARTS_ISSUER}`, parts: [{ itemId, quantity: 1 }] });
    expect(platform.process('materials').logTail(100_000)).toContain('work order parts not issued');
  });

  it('writes nothing for a completed work order without parts', async () => {
    const event = completion({ parts: [] });
    await bus.publish([toBusMessage(WorkOrderCompletedV1.topic, event.data.workOrderId, event)]);
    await eventually(async () => ((await inboxRows(event.id)) === 1 ? true : undefined), 60_000, 'empty work order consumed');
    const written = await count(
      `SELECT ((SELECT count(*) FROM stock_issue WHERE work_order_id = $1) + (SELECT count(*) FROM stock_shortage WHERE work_order_id = $1)
        + (SELECT count(*) FROM outbox_event WHERE data->>'workOrderId' = $1::text))::int AS n`,
      [event.data.workOrderId],
    );
    expect(written).toBe(0);
  });

  it('resolves WorkOrder, Item and Warehouse references, scoped to the caller’s campuses', async () => {
    const itemId = await stockedItem(10, 2500);
    const workOrderId = randomUUID();
    await issueData([{ itemId, quantity: 2 }], { workOrderId });
    await issueData([{ itemId, quantity: 1 }], { workOrderId });
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on WorkOrder { id partsCostFen stockIssues { totalCostFen workOrder { id } lines { item { id } quantity } } }
      ... on Item { id } ... on Warehouse { id code } } }`;
    const reps = [
      { __typename: 'WorkOrder', id: workOrderId },
      { __typename: 'Item', id: itemId },
      { __typename: 'Warehouse', id: warehouseId },
    ];

    const east = (await data(keeperEast, entities, { reps }))._entities;
    expect(east[0]).toEqual({
      id: workOrderId,
      partsCostFen: 3 * 2500,
      stockIssues: [
        { totalCostFen: 5000, workOrder: { id: workOrderId }, lines: [{ item: { id: itemId }, quantity: 2 }] },
        { totalCostFen: 2500, workOrder: { id: workOrderId }, lines: [{ item: { id: itemId }, quantity: 1 }] },
      ],
    });
    expect(east[1]).toEqual({ id: itemId });
    expect(east[2]).toEqual({ id: warehouseId, code: 'WH-EAST' });

    const west = (await data(keeperWest, entities, { reps }))._entities;
    expect(west[0]).toEqual({ id: workOrderId, partsCostFen: 0, stockIssues: [] });
    expect(west[1]).toEqual({ id: itemId }); // the catalogue is group-wide
    expect(west[2]).toBeNull();
  });

  it('totals a department’s charges for the month (Beijing time), campus-scoped', async () => {
    const department = ORTHOPAEDICS;
    const itemId = await stockedItem(10, 1200);
    await issueData([{ itemId, quantity: 3 }], { departmentId: department });
    await issueData([{ itemId, quantity: 4 }], { departmentId: department });
    await issueData([{ itemId, quantity: 1 }]); // another department
    const month = chinaMonth(new Date());
    const charges = `query($d: ID!, $m: String!) { departmentCharges(departmentId: $d, month: $m) { departmentId month totalCostFen issues { totalCostFen } } }`;

    const east = (await data(admin, charges, { d: department, m: month })).departmentCharges;
    expect(east).toEqual({ departmentId: department, month, totalCostFen: 7 * 1200, issues: [{ totalCostFen: 3600 }, { totalCostFen: 4800 }] });
    const west = (await data(keeperWest, charges, { d: department, m: month })).departmentCharges;
    expect(west).toMatchObject({ totalCostFen: 0, issues: [] });
    const lastYear = (await data(admin, charges, { d: department, m: `${Number(month.slice(0, 4)) - 1}${month.slice(4)}` })).departmentCharges;
    expect(lastYear.totalCostFen).toBe(0);
  });

  it('pages through stock issues', async () => {
    const department = ICU;
    const itemId = await stockedItem(7);
    for (let i = 0; i < 7; i++) await issueData([{ itemId, quantity: 1 }], { departmentId: department });
    const page = `query($d: ID!, $after: String) { stockIssues(departmentId: $d, first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

    const first = (await data(keeperEast, page, { d: department })).stockIssues;
    expect(first.totalCount).toBe(7);
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data(keeperEast, page, { d: department, after: first.pageInfo.endCursor })).stockIssues;
    expect(second.edges).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const ids = [...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id);
    const rows = await platform.query<{ id: string }>('materials', `SELECT id FROM stock_issue WHERE department_id = $1`, [department]);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    expect((await data(keeperWest, page, { d: department })).stockIssues.totalCount).toBe(0);
  });

  it('keeps another campus out: a West storekeeper gets NOT_FOUND for the East warehouse', async () => {
    const itemId = await stockedItem(5);
    const attempts = [
      call(keeperWest, STOCK_LEVELS, { w: warehouseId }, 'zh-CN'),
      call(keeperWest, `query($id: ID!) { warehouse(id: $id) { id } }`, { id: warehouseId }, 'zh-CN'),
      call(keeperWest, RECEIVE, { input: { warehouseId, lines: [{ itemId, quantity: 1, unitCostFen: 1 }] } }, 'zh-CN'),
      issue([{ itemId, quantity: 1 }], {}, keeperWest, 'zh-CN'),
      call(
        keeperWest,
        `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { onHand } }`,
        { i: { warehouseId, itemId, reorderPoint: 1 } },
        'zh-CN',
      ),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'Warehouse', id: warehouseId } });
      expect(result.errors?.[0].message).toBe(`未找到仓库：${warehouseId}`);
    }
    expect(await onHand(itemId)).toBe(5);
    expect(await count(`SELECT count(*)::int AS n FROM reorder_point WHERE item_id = $1`, [itemId])).toBe(0);
    expect((await data(keeperWest, `{ warehouses { campusId } }`)).warehouses).toEqual([{ campusId: WEST }]);
  });

  it('announces StockBelowReorderPointV1 only when an issue crosses the reorder point', async () => {
    const itemId = await stockedItem(20);
    const point = await data(keeperEast, `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { onHand reorderPoint belowReorderPoint } }`, {
      i: { warehouseId, itemId, reorderPoint: 10 },
    });
    expect(point.setReorderPoint).toEqual({ onHand: 20, reorderPoint: 10, belowReorderPoint: false });
    const announced = async () =>
      (
        await platform.query<{ data: { onHand: number; reorderPoint: number; warehouseId: string } }>(
          'materials',
          `SELECT data FROM outbox_event WHERE type = $1 AND subject = $2 ORDER BY seq`,
          [StockBelowReorderPointV1.type, itemId],
        )
      ).map((row) => row.data);

    await issueData([{ itemId, quantity: 10 }]); // 20 -> 10: at the point, not below
    expect(await announced()).toEqual([]);
    await issueData([{ itemId, quantity: 1 }]); // 10 -> 9: crosses
    expect(await announced()).toEqual([expect.objectContaining({ onHand: 9, reorderPoint: 10, warehouseId, campusId: EAST })]);
    await issueData([{ itemId, quantity: 1 }]); // 9 -> 8: stays below, no new event
    expect(await announced()).toHaveLength(1);
    const level = (await data(keeperEast, STOCK_LEVELS, { w: warehouseId })).stockLevels.find((l: { item: { id: string } }) => l.item.id === itemId);
    expect(level).toMatchObject({ onHand: 8, reorderPoint: 10, belowReorderPoint: true });

    await receive(itemId, 10, 1000); // 18: back above
    await issueData([{ itemId, quantity: 11 }]); // 18 -> 7: crosses again
    expect((await announced()).map((e) => e.onHand)).toEqual([9, 7]);
  });

  it('relays every outbox row to Kafka and parks no event on the dead-letter topic', async () => {
    const rows = await eventually(
      async () => {
        const outbox = await platform.query<{ type: string; sent_at: Date | null }>('materials', `SELECT type, sent_at FROM outbox_event`);
        return outbox.length > 0 && outbox.every((row) => row.sent_at) ? outbox : undefined;
      },
      30_000,
      'every outbox row sent',
    );
    expect(new Set(rows.map((row) => row.type))).toEqual(
      new Set([GoodsReceivedV1.type, StockIssuedV1.type, StockShortageRecordedV1.type, StockBelowReorderPointV1.type]),
    );
    expect(platform.process('materials').logTail(100_000)).not.toContain('event parked on dead-letter topic');
  });
});
