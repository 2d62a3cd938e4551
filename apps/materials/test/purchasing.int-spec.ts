import { GoodsReceivedV1, MaterialsRole, PurchaseDuplicateResolvedV1, PurchaseOrderClosedV1, PurchaseOrderPlacedV1, PurchaseOrderReceivedV1, PurchaseRequestSubmittedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaMonthRange, chinaToday, previousMonth } from '@houqin/platform-calendar';
import { errorCode, eventually, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { randomBytes } from 'node:crypto';

/**
 * Planning → purchasing → receiving (计划 → 采购 → 验收) through the gateway, on real Postgres and Kafka:
 * consolidation and duplicate detection, segregation of duties, contract prices and exceptions, receiving
 * with rejections, and what finance gets.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const ORTHOPAEDICS = org.department(EAST, '骨科');
const WEST_WARD = org.department(WEST, '呼吸科');
/** South's purchasing is only the KPI test's, so its figures are exact. */
const SOUTH = org.campus('南院区');
const SOUTH_WARD = org.department(SOUTH, '普外科');

const person = (subject: string, name: string, roles: Role[], campusIds = [EAST, WEST]): Identity => ({ subject, staffId: null, name, roles, campusIds });
const admin = person('admin-group', '集团管理员', [Role.GROUP_ADMIN], []);
const planner = person('planner-zhang', '张计划', [MaterialsRole.PLANNER]);
const planner2 = person('planner-qian', '钱计划', [MaterialsRole.PLANNER]);
/** Holds every purchasing role: segregation is by person, not by role. */
const allRounder = person('all-rounder', '全能', [MaterialsRole.PLANNER, MaterialsRole.PURCHASER, MaterialsRole.MATERIALS_MANAGER]);
const office = person('office-liu', '刘物资', [MaterialsRole.MATERIALS_MANAGER], [EAST]);
const purchaser = person('purchaser-wu', '吴采购', [MaterialsRole.PURCHASER]);
const purchaser2 = person('purchaser-zheng', '郑采购', [MaterialsRole.PURCHASER]);
const keeper = person('keeper-chen', '陈库管', [MaterialsRole.STOREKEEPER], [EAST]);
const keeperWhoBuys = person('purchaser-wu', '吴采购', [MaterialsRole.STOREKEEPER, MaterialsRole.PURCHASER]);
const westAdmin = person('admin-west', '西院后勤', [Role.CAMPUS_ADMIN], [WEST]);
const analyst = person('analyst', '数据分析', [Role.ANALYST], []);
const southPlanner = person('planner-south', '南计划', [MaterialsRole.PLANNER], [SOUTH]);
const southOffice = person('office-south', '南物资', [MaterialsRole.MATERIALS_MANAGER], [SOUTH]);
const southPurchaser = person('purchaser-south', '南采购', [MaterialsRole.PURCHASER], [SOUTH]);
const southKeeper = person('keeper-south', '南库管', [MaterialsRole.STOREKEEPER], [SOUTH]);
const nurse: Identity = { ...person('nurse-wang', '王丽', [Role.REQUESTER], [EAST]), staffId: org.staff(EAST, { name: '王丽', departmentId: CARDIOLOGY }) };
const head: Identity = {
  ...person('head-li', '李主任', [Role.DEPARTMENT_HEAD], [EAST]),
  staffId: org.staff(EAST, { name: '李主任', departmentId: CARDIOLOGY }),
};

/** A valid 统一社会信用代码 (GB 32100-2015 check character) for a made-up organisation. */
function creditCode(): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = `9131${Array.from(randomBytes(13), (b) => chars[b % 10]).join('')}`.slice(0, 17);
  const sum = [...body].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i], 0);
  return body + chars[(31 - (sum % 31)) % 31];
}

const REQUEST = `id number status valueFen createdByName decidedByName decisionComment
  lines { id lineNo item { id } status quantity quantityOrdered remaining estimatedUnitCostFen mergedIntoLineId resolutionReason
    duplicate { kind documentId documentNumber quantity } sources { kind department { id } requisitionId quantity } }`;
const ORDER = `id number status expectedOn orderedByName totalFen receivedInFullAt supplier { id name }
  lines { id item { id } quantityOrdered quantityAccepted quantityRejected outstanding unitPriceFen contractPriceFen priceExceptionId onTime }
  receipts { goodsReceiptId deliveryNoteNo invoiceNo batches { purchaseOrderLineId delivered accepted rejected rejectionReason lotId } }`;

describe('purchasing (through the gateway, real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let warehouseId: string;
  let southWarehouseId: string;
  let supplierId: string;
  const { call, data } = gatewayCaller(() => platform);
  const today = chinaToday(new Date());
  const ok = (response: { data?: any; errors?: unknown }, field: string): any => {
    expect(response.errors).toBeUndefined();
    return response.data[field];
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await platform.query<{ n: string }>('materials', sql, params))[0].n);
  const events = async (key: string) =>
    (await platform.query<{ type: string; data: any }>('materials', `SELECT type, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [key])).map((row) => ({
      type: row.type,
      data: row.data,
    }));

  const newItem = async (fields: Record<string, unknown> = {}) =>
    (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code: `PO-${randomBytes(4).toString('hex')}`, name: '一次性检查手套', unit: '副', category: 'PROTECTIVE', ...fields },
      })
    ).createItem.id as string;
  const contract = (itemPrices: { itemId: string; unitPriceFen: number; marketPriceFen: number }[], campusId: string | null = null) =>
    data(admin, `mutation($i: CreateSupplierContractInput!) { createSupplierContract(input: $i) { id contractNo } }`, {
      i: {
        supplierId,
        contractNo: `HT-${randomBytes(4).toString('hex')}`,
        title: '防护用品年度供货合同',
        campusId,
        validFrom: addDays(today, -30),
        validTo: addDays(today, 335),
        prices: itemPrices,
      },
    });
  /** An item under contract at `price` fen. */
  const contracted = async (price: number, fields: Record<string, unknown> = {}) => {
    const itemId = await newItem(fields);
    await contract([{ itemId, unitPriceFen: price, marketPriceFen: price + 10 }]);
    return itemId;
  };
  const createRequest = (identity: Identity, demands: Record<string, unknown>[], locale?: string, warehouse = warehouseId) =>
    call(
      identity,
      `mutation($i: CreatePurchaseRequestInput!) { createPurchaseRequest(input: $i) { ${REQUEST} } }`,
      { i: { warehouseId: warehouse, demands } },
      locale,
    );
  const approveRequest = (identity: Identity, id: string, locale?: string) =>
    call(identity, `mutation($id: ID!) { approvePurchaseRequest(id: $id) { ${REQUEST} } }`, { id }, locale);
  const resolve = (identity: Identity, lineId: string, keep: boolean, reason: string) =>
    call(identity, `mutation($i: ResolvePurchaseDuplicateInput!) { resolvePurchaseDuplicate(input: $i) { ${REQUEST} } }`, {
      i: { purchaseRequestLineId: lineId, keep, reason },
    });
  const placeOrder = (identity: Identity, lines: Record<string, unknown>[], locale?: string, expectedOn = addDays(today, 7)): Promise<any> =>
    call(identity, `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { ${ORDER} } }`, { i: { supplierId, expectedOn, lines } }, locale);
  const receive = (identity: Identity, purchaseOrderId: string, batches: Record<string, unknown>[], extra: Record<string, unknown> = {}, locale?: string) =>
    call(
      identity,
      `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { ${ORDER} } }`,
      { i: { purchaseOrderId, batches, ...extra } },
      locale,
    );
  const department = (departmentId: string, quantity: number, itemId: string) => ({ itemId, quantity, source: 'DEPARTMENT', departmentId });
  /** A request of one item for cardiology, approved by the office. */
  const approvedRequest = async (itemId: string, quantity: number) => {
    const request = ok(await createRequest(planner, [department(CARDIOLOGY, quantity, itemId)]), 'createPurchaseRequest');
    return ok(await approveRequest(office, request.id), 'approvePurchaseRequest');
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'], gateway: true });
    await org.publishTo(platform, 'materials');
    const warehouse = `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`;
    warehouseId = (await data(admin, warehouse, { i: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    await data(admin, warehouse, { i: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } });
    southWarehouseId = (await data(admin, warehouse, { i: { campusId: SOUTH, code: 'WH-SOUTH', name: '南院区总库' } })).createWarehouse.id;
    supplierId = (
      await data(admin, `mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }`, {
        i: { code: 'SUP-KH', name: '康护医用防护用品有限公司', creditCode: creditCode(), contactName: '李经理' },
      })
    ).createSupplier.id;
  });
  afterAll(() => platform?.stop());

  it('consolidates departments, keeps planning, approval, ordering and inspection with different people, and tells finance what to match', async () => {
    const gloves = await contracted(65);
    const created = ok(
      await createRequest(planner, [
        department(CARDIOLOGY, 600, gloves),
        department(ORTHOPAEDICS, 400, gloves),
        { itemId: gloves, quantity: 200, source: 'REPLENISHMENT' },
      ]),
      'createPurchaseRequest',
    );
    expect(created).toMatchObject({ status: 'SUBMITTED', createdByName: '张计划' });
    expect(created.number).toMatch(/^CS-\d{8}-\d{6}$/);
    expect(created.lines).toHaveLength(1);
    expect(created.lines[0]).toMatchObject({ status: 'OPEN', quantity: 1200, remaining: 1200, duplicate: null });
    expect(created.lines[0].sources).toEqual([
      { kind: 'DEPARTMENT', department: { id: CARDIOLOGY }, requisitionId: null, quantity: 600 },
      { kind: 'DEPARTMENT', department: { id: ORTHOPAEDICS }, requisitionId: null, quantity: 400 },
      { kind: 'REPLENISHMENT', department: null, requisitionId: null, quantity: 200 },
    ]);

    // The planner is not the office; someone who is both still may not approve their own request.
    expect(errorCode(await approveRequest(planner, created.id))).toBe('FORBIDDEN');
    const own = ok(await createRequest(allRounder, [department(CARDIOLOGY, 5, await contracted(100))]), 'createPurchaseRequest');
    const selfApproval = await approveRequest(allRounder, own.id, 'zh-CN');
    expect(errorCode(selfApproval)).toBe('PURCHASE_SELF_APPROVAL');
    expect((selfApproval.errors as any)[0].message).toBe(`采购申请 ${own.number} 由您提出，须由他人审批`);
    // ... nor order it once approved (计划、采购两条线).
    const ownApproved = ok(await approveRequest(office, own.id), 'approvePurchaseRequest');
    const planned = await placeOrder(allRounder, [{ purchaseRequestLineId: ownApproved.lines[0].id, quantity: 5, unitPriceFen: 100 }], 'en');
    expect(errorCode(planned)).toBe('PURCHASE_ORDER_BY_PLANNER');
    expect((planned.errors as any)[0].message).toContain('planning and purchasing are separate duties');

    const approved = ok(await approveRequest(office, created.id), 'approvePurchaseRequest');
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByName: '刘物资' });
    expect(errorCode(await placeOrder(purchaser, [{ purchaseRequestLineId: approved.lines[0].id, quantity: 1201, unitPriceFen: 65 }]))).toBe(
      'PURCHASE_QUANTITY_EXCEEDS_REQUEST',
    );
    const order = ok(await placeOrder(purchaser, [{ purchaseRequestLineId: approved.lines[0].id, quantity: 1200, unitPriceFen: 60 }]), 'createPurchaseOrder');
    expect(order).toMatchObject({ status: 'ORDERED', orderedByName: '吴采购', totalFen: 72_000, supplier: { id: supplierId } });
    expect(order.number).toMatch(/^CG-\d{8}-\d{6}$/);
    expect(order.lines[0]).toMatchObject({ quantityOrdered: 1200, outstanding: 1200, unitPriceFen: 60, contractPriceFen: 65, priceExceptionId: null });
    const requestNow = (await data(office, `query($id: ID!) { purchaseRequest(id: $id) { ${REQUEST} } }`, { id: created.id })).purchaseRequest;
    expect(requestNow).toMatchObject({ status: 'ORDERED', lines: [{ quantityOrdered: 1200, remaining: 0 }] });

    // 验收: the purchaser does not inspect their own order.
    const orderLine = order.lines[0].id;
    expect(errorCode(await receive(keeperWhoBuys, order.id, [{ purchaseOrderLineId: orderLine, delivered: 10, accepted: 10 }]))).toBe('RECEIPT_BY_PURCHASER');
    const first = ok(
      await receive(
        keeper,
        order.id,
        [
          { purchaseOrderLineId: orderLine, delivered: 500, accepted: 500, batchNo: 'B2411' },
          {
            purchaseOrderLineId: orderLine,
            delivered: 300,
            accepted: 280,
            rejected: 20,
            rejectionReason: 'DAMAGED',
            rejectionNote: '外箱压损',
            batchNo: 'B2412',
          },
        ],
        { deliveryNoteNo: 'SH-0001', invoiceNo: 'FP-9001' },
      ),
      'receivePurchaseOrder',
    );
    expect(first).toMatchObject({ status: 'PARTIALLY_RECEIVED', receivedInFullAt: null });
    expect(first.lines[0]).toMatchObject({ quantityAccepted: 780, quantityRejected: 20, outstanding: 420, onTime: null });
    expect(first.receipts[0]).toMatchObject({ deliveryNoteNo: 'SH-0001', invoiceNo: 'FP-9001' });
    expect(first.receipts[0].batches.map((b: any) => [b.accepted, b.rejected, b.rejectionReason])).toEqual([
      [500, 0, null],
      [280, 20, 'DAMAGED'],
    ]);
    // Accepted units are lots at the order price, through the ledger.
    const lotIds = first.receipts[0].batches.map((b: any) => b.lotId);
    expect(await count(`SELECT sum(quantity_remaining) AS n FROM stock_lot WHERE id = ANY($1) AND unit_cost_fen = 60`, [lotIds])).toBe(780);
    expect(await count(`SELECT sum(quantity) AS n FROM stock_movement WHERE lot_id = ANY($1) AND kind = 'RECEIPT'`, [lotIds])).toBe(780);
    // One goods-received event per lot, in the receipt's order, written in one statement and relayed to Kafka.
    const received = () =>
      platform.query<{ subject: string; data: any; sent_at: Date | null }>(
        'materials',
        `SELECT subject, data, sent_at FROM outbox_event WHERE type = $1 AND subject = ANY($2) ORDER BY seq`,
        [GoodsReceivedV1.type, lotIds],
      );
    expect((await received()).map((event) => [event.subject, event.data.quantity, event.data.unitCostFen])).toEqual([
      [lotIds[0], 500, 60],
      [lotIds[1], 280, 60],
    ]);
    await eventually(async () => ((await received()).every((event) => event.sent_at !== null) ? true : undefined), 30_000, 'goods-received events relayed');
    const rest = ok(await receive(keeper, order.id, [{ purchaseOrderLineId: orderLine, delivered: 420, accepted: 420 }]), 'receivePurchaseOrder');
    expect(rest.status).toBe('RECEIVED');
    expect(rest.lines[0]).toMatchObject({ quantityAccepted: 1200, outstanding: 0, onTime: true });

    const orderEvents = await events(order.id);
    expect(orderEvents.map((e) => e.type)).toEqual([PurchaseOrderPlacedV1.type, PurchaseOrderReceivedV1.type, PurchaseOrderReceivedV1.type]);
    expect(orderEvents[1].data).toMatchObject({
      number: order.number,
      supplierId,
      deliveryNoteNo: 'SH-0001',
      invoiceNo: 'FP-9001',
      acceptedValueFen: 780 * 60,
      lines: [
        {
          quantityOrdered: 1200,
          unitPriceFen: 60,
          contractPriceFen: 65,
          delivered: 800,
          accepted: 780,
          rejected: 20,
          rejectionReasons: ['DAMAGED'],
          acceptedToDate: 780,
          onTime: null,
        },
      ],
    });
    expect(orderEvents[2].data.lines[0]).toMatchObject({ accepted: 420, acceptedToDate: 1200, onTime: true });
    expect((await events(created.id))[0]).toMatchObject({ type: PurchaseRequestSubmittedV1.type, data: { lines: [{ quantity: 1200, status: 'OPEN' }] } });
  });

  it('merges a line into a request still waiting for approval, flags one already approved or on order, and counts what was avoided', async () => {
    const masks = await contracted(150);
    const first = ok(await createRequest(planner, [department(CARDIOLOGY, 300, masks)]), 'createPurchaseRequest');
    // A second planner raises the same masks for orthopaedics: merged into the first request.
    const second = ok(await createRequest(planner2, [department(ORTHOPAEDICS, 200, masks)]), 'createPurchaseRequest');
    expect(second.status).toBe('MERGED');
    expect(second.lines[0]).toMatchObject({
      status: 'MERGED',
      mergedIntoLineId: first.lines[0].id,
      duplicate: { kind: 'OPEN_REQUEST', documentNumber: first.number },
    });
    const merged = ok(await approveRequest(office, first.id), 'approvePurchaseRequest');
    expect(merged.lines[0].quantity).toBe(500);
    expect(merged.lines[0].sources.map((s: any) => [s.department.id, s.quantity])).toEqual([
      [CARDIOLOGY, 300],
      [ORTHOPAEDICS, 200],
    ]);

    // The first is approved now: a third request for masks is flagged, and cannot be approved until settled.
    const third = ok(await createRequest(planner2, [department(ORTHOPAEDICS, 200, masks)]), 'createPurchaseRequest');
    expect(third.lines[0]).toMatchObject({ status: 'FLAGGED', duplicate: { kind: 'APPROVED_REQUEST', documentId: first.id, quantity: 500 } });
    expect(errorCode(await approveRequest(office, third.id))).toBe('PURCHASE_DUPLICATE_UNRESOLVED');
    const dropped = ok(await resolve(planner2, third.lines[0].id, false, '与CS单重复，骨科已并入'), 'resolvePurchaseDuplicate');
    expect(dropped.lines[0]).toMatchObject({ status: 'DROPPED', remaining: 0, resolutionReason: '与CS单重复，骨科已并入' });
    expect(errorCode(await approveRequest(office, third.id))).toBe('PURCHASE_REQUEST_EMPTY');
    expect((await events(third.id)).find((e) => e.type === PurchaseDuplicateResolvedV1.type)?.data).toMatchObject({
      resolution: 'DROPPED',
      duplicateKind: 'APPROVED_REQUEST',
    });

    // Ordered and not delivered: flagged as ON_ORDER; kept with a reason it can go ahead.
    ok(await placeOrder(purchaser, [{ purchaseRequestLineId: merged.lines[0].id, quantity: 500, unitPriceFen: 150 }]), 'createPurchaseOrder');
    const fourth = ok(await createRequest(planner, [department(CARDIOLOGY, 1000, masks)]), 'createPurchaseRequest');
    expect(fourth.lines[0]).toMatchObject({ status: 'FLAGGED', duplicate: { kind: 'ON_ORDER', quantity: 500 } });
    expect(errorCode(await resolve(planner, fourth.lines[0].id, true, '  '))).toBe('TEXT_REQUIRED');
    ok(await resolve(planner, fourth.lines[0].id, true, '流感季储备，另行追加'), 'resolvePurchaseDuplicate');
    expect(errorCode(await resolve(planner, fourth.lines[0].id, false, 'again'))).toBe('PURCHASE_LINE_NOT_FLAGGED');
    expect(ok(await approveRequest(office, fourth.id), 'approvePurchaseRequest').status).toBe('APPROVED');
  });

  it('refuses a price above the contract or off contract unless someone else approved an exception, used once', async () => {
    const gowns = await contracted(2_000);
    const offContract = await newItem({ name: '隔离衣（非合同）' });
    const request = ok(await createRequest(planner, [department(CARDIOLOGY, 50, gowns), department(CARDIOLOGY, 10, offContract)]), 'createPurchaseRequest');
    const approved = ok(await approveRequest(office, request.id), 'approvePurchaseRequest');
    const [gownLine, offLine] = approved.lines.map((line: any) => line.id);

    const above = await placeOrder(purchaser, [{ purchaseRequestLineId: gownLine, quantity: 20, unitPriceFen: 2_100 }], 'zh-CN');
    expect(errorCode(above)).toBe('PRICE_ABOVE_CONTRACT');
    expect((above.errors as any)[0].message).toContain('21.00');
    expect(errorCode(await placeOrder(purchaser, [{ purchaseRequestLineId: offLine, quantity: 10, unitPriceFen: 500 }]))).toBe('PRICE_OFF_CONTRACT');

    const exception = (
      await data(allRounder, `mutation($i: RequestPriceExceptionInput!) { requestPriceException(input: $i) { id status } }`, {
        i: { supplierId, campusId: EAST, itemId: gowns, unitPriceFen: 2_100, maxQuantity: 20, reason: '合同供应商断货，急需' },
      })
    ).requestPriceException;
    const approveException = `mutation($id: ID!) { approvePriceException(id: $id) { id status } }`;
    expect(errorCode(await call(allRounder, approveException, { id: exception.id }))).toBe('PRICE_EXCEPTION_SELF_APPROVAL');
    ok(await call(office, approveException, { id: exception.id }), 'approvePriceException');
    const withException = ok(
      await placeOrder(purchaser2, [{ purchaseRequestLineId: gownLine, quantity: 20, unitPriceFen: 2_100, priceExceptionId: exception.id }]),
      'createPurchaseOrder',
    );
    expect(withException.lines[0]).toMatchObject({ unitPriceFen: 2_100, contractPriceFen: 2_000, priceExceptionId: exception.id });
    // Used once: the rest of the line at the same price needs a new exception.
    expect(
      errorCode(await placeOrder(purchaser2, [{ purchaseRequestLineId: gownLine, quantity: 10, unitPriceFen: 2_100, priceExceptionId: exception.id }])),
    ).toBe('PRICE_EXCEPTION_NOT_USABLE');
    // At or below the contract price needs none.
    expect(
      ok(await placeOrder(purchaser2, [{ purchaseRequestLineId: gownLine, quantity: 30, unitPriceFen: 1_990 }]), 'createPurchaseOrder').lines[0]
        .priceExceptionId,
    ).toBeNull();
  });

  it('refuses bad receipts whole: over-delivery, quantities that do not add up, unexplained rejections, missing expiry, fractions', async () => {
    const saline = await contracted(300, { tracksExpiry: true, name: '生理盐水' });
    const request = await approvedRequest(saline, 100);
    const order = ok(await placeOrder(purchaser, [{ purchaseRequestLineId: request.lines[0].id, quantity: 100, unitPriceFen: 300 }]), 'createPurchaseOrder');
    const line = order.lines[0].id;
    const expiresOn = addDays(today, 400);
    const lotsBefore = await count(`SELECT count(*) AS n FROM stock_lot WHERE item_id = $1`, [saline]);

    const over = await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 120, accepted: 120, expiresOn }], {}, 'zh-CN');
    expect(errorCode(over)).toBe('RECEIPT_EXCEEDS_ORDER');
    expect((over.errors as any)[0].message).toContain('超量');
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 50, accepted: 40, expiresOn }]))).toBe(
      'RECEIPT_QUANTITIES_MISMATCH',
    );
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 50, accepted: 40, rejected: 10, expiresOn }]))).toBe(
      'RECEIPT_REJECTION_REASON_REQUIRED',
    );
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 50, accepted: 50 }]))).toBe('EXPIRY_REQUIRED');
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 50, accepted: 50, expiresOn: addDays(today, -1) }]))).toBe(
      'LOT_EXPIRED',
    );
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 5.5, accepted: 5.5, expiresOn }]))).toBe('INVALID_INPUT');
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: -1, accepted: -1, expiresOn }]))).toBe('INVALID_INPUT');
    // A good batch with a bad one: nothing is booked.
    const mixed = await receive(keeper, order.id, [
      { purchaseOrderLineId: line, delivered: 50, accepted: 50, expiresOn },
      { purchaseOrderLineId: line, delivered: 60, accepted: 60, expiresOn },
    ]);
    expect(errorCode(mixed)).toBe('RECEIPT_EXCEEDS_ORDER');
    expect(await count(`SELECT count(*) AS n FROM stock_lot WHERE item_id = $1`, [saline])).toBe(lotsBefore);
    expect(await count(`SELECT count(*) AS n FROM purchase_receipt_line WHERE purchase_order_line_id = $1`, [line])).toBe(0);

    // The excess of an over-delivery is rejected as EXCESS; the order is then complete.
    const fine = ok(
      await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 110, accepted: 100, rejected: 10, rejectionReason: 'EXCESS', expiresOn }]),
      'receivePurchaseOrder',
    );
    expect(fine).toMatchObject({ status: 'RECEIVED', lines: [{ quantityAccepted: 100, quantityRejected: 10 }] });
    expect(errorCode(await receive(keeper, order.id, [{ purchaseOrderLineId: line, delivered: 1, accepted: 1, expiresOn }]))).toBe('PURCHASE_ORDER_STATE');
  });

  it('gives quantities back to the request when an order is cancelled or closed short, so they can be ordered again', async () => {
    const tape = await contracted(80);
    const request = await approvedRequest(tape, 100);
    const lineId = request.lines[0].id;
    const order = ok(await placeOrder(purchaser, [{ purchaseRequestLineId: lineId, quantity: 100, unitPriceFen: 80 }]), 'createPurchaseOrder');
    const cancelled = ok(
      await call(purchaser, `mutation($id: ID!) { cancelPurchaseOrder(id: $id, reason: "供应商停产") { ${ORDER} } }`, { id: order.id }),
      'cancelPurchaseOrder',
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', lines: [{ outstanding: 0 }] });
    const back = (await data(office, `query($id: ID!) { purchaseRequest(id: $id) { ${REQUEST} } }`, { id: request.id })).purchaseRequest;
    expect(back).toMatchObject({ status: 'APPROVED', lines: [{ quantityOrdered: 0, remaining: 100 }] });

    const again = ok(await placeOrder(purchaser, [{ purchaseRequestLineId: lineId, quantity: 100, unitPriceFen: 80 }]), 'createPurchaseOrder');
    ok(await receive(keeper, again.id, [{ purchaseOrderLineId: again.lines[0].id, delivered: 60, accepted: 60 }]), 'receivePurchaseOrder');
    const cancelAfterReceipt = `mutation($id: ID!) { cancelPurchaseOrder(id: $id, reason: "x") { id } }`;
    expect(errorCode(await call(purchaser, cancelAfterReceipt, { id: again.id }))).toBe('PURCHASE_ORDER_STATE');
    const closed = ok(
      await call(purchaser, `mutation($id: ID!) { closePurchaseOrder(id: $id, reason: "余量缺货") { ${ORDER} } }`, { id: again.id }),
      'closePurchaseOrder',
    );
    expect(closed).toMatchObject({ status: 'CLOSED', lines: [{ quantityAccepted: 60, outstanding: 0 }] });
    const reopened = (await data(office, `query($id: ID!) { purchaseRequest(id: $id) { ${REQUEST} } }`, { id: request.id })).purchaseRequest;
    expect(reopened).toMatchObject({ status: 'APPROVED', lines: [{ quantityOrdered: 60, remaining: 40 }] });
    expect((await events(again.id)).at(-1)).toMatchObject({
      type: PurchaseOrderClosedV1.type,
      data: { outcome: 'CLOSED_SHORT', lines: [{ accepted: 60, released: 40 }] },
    });
  });

  it('never orders a request line twice when two purchasers order it at once', async () => {
    const swabs = await contracted(12);
    const request = await approvedRequest(swabs, 100);
    const line = request.lines[0].id;
    const results = await Promise.all([
      placeOrder(purchaser, [{ purchaseRequestLineId: line, quantity: 70, unitPriceFen: 12 }]),
      placeOrder(purchaser2, [{ purchaseRequestLineId: line, quantity: 70, unitPriceFen: 12 }]),
    ]);
    expect(results.map((r) => (r.errors ? errorCode(r) : 'ok')).sort()).toEqual(['PURCHASE_QUANTITY_EXCEEDS_REQUEST', 'ok']);
    expect(await count(`SELECT quantity_ordered AS n FROM purchase_request_line WHERE id = $1`, [line])).toBe(70);
  });

  it('suggests demand from reorder points and unfillable backorders, counting what is already on order', async () => {
    const wipes = await contracted(30);
    await data(admin, `mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint } }`, {
      i: { warehouseId, itemId: wipes, reorderPoint: 100, maxLevel: 300 },
    });
    const demand = async () =>
      (
        await data(planner, `query($w: ID!) { purchaseDemand(warehouseId: $w) { item { id } quantity sources { kind quantity } } }`, { w: warehouseId })
      ).purchaseDemand.find((d: any) => d.item.id === wipes);
    expect(await demand()).toEqual({ item: { id: wipes }, quantity: 300, sources: [{ kind: 'REPLENISHMENT', quantity: 300 }] });
    const suggested = ok(await createRequest(planner, [{ itemId: wipes, quantity: 300, source: 'REPLENISHMENT' }]), 'createPurchaseRequest');
    expect(suggested.lines[0].status).toBe('OPEN');
    // Requested now, so no longer suggested, and the stock level shows it on order.
    expect(await demand()).toBeUndefined();
    const levels = (await data(keeper, `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onOrder } }`, { w: warehouseId })).stockLevels;
    expect(levels.find((level: any) => level.item.id === wipes)).toEqual({ item: { id: wipes }, onOrder: 300 });

    // Cardiology's approved requisition for 40 of an item out of stock, with 15 on hand: 25 are short.
    const bandages = await contracted(90);
    await data(keeper, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { id } }`, {
      i: { warehouseId, lines: [{ itemId: bandages, quantity: 15, unitCostFen: 90 }] },
    });
    const requisition = (
      await data(nurse, `mutation($i: SubmitRequisitionInput!) { submitRequisition(input: $i) { id } }`, {
        i: { warehouseId, lines: [{ itemId: bandages, quantity: 40 }], reason: '病区换药' },
      })
    ).submitRequisition;
    const approveRequisition = `mutation($i: ApproveRequisitionInput!) { approveRequisition(input: $i) { status } }`;
    await data(head, approveRequisition, { i: { id: requisition.id } });
    await data(office, approveRequisition, { i: { id: requisition.id } });
    const short = (
      await data(
        planner,
        `query($w: ID!) { purchaseDemand(warehouseId: $w) { item { id } quantity sources { kind department { id } requisitionId quantity } } }`,
        {
          w: warehouseId,
        },
      )
    ).purchaseDemand.find((d: any) => d.item.id === bandages);
    expect(short).toEqual({
      item: { id: bandages },
      quantity: 25,
      sources: [{ kind: 'REQUISITION_BACKORDER', department: { id: CARDIOLOGY }, requisitionId: requisition.id, quantity: 25 }],
    });
    const fromBackorder = ok(
      await createRequest(planner, [{ itemId: bandages, quantity: 25, source: 'REQUISITION_BACKORDER', requisitionId: requisition.id }]),
      'createPurchaseRequest',
    );
    expect(fromBackorder.lines[0].sources).toEqual([
      { kind: 'REQUISITION_BACKORDER', department: { id: CARDIOLOGY }, requisitionId: requisition.id, quantity: 25 },
    ]);
  });

  it('keeps campuses apart and refuses malformed requests', async () => {
    const item = await contracted(10);
    const request = ok(await createRequest(planner, [department(CARDIOLOGY, 10, item)]), 'createPurchaseRequest');
    expect(errorCode(await call(westAdmin, `query($id: ID!) { purchaseRequest(id: $id) { id } }`, { id: request.id }))).toBe('NOT_FOUND');
    const westList = (await data(westAdmin, `{ purchaseRequests(first: 100) { edges { node { id } } } }`)).purchaseRequests.edges;
    expect(westList).toEqual([]);
    // A west department cannot carry East demand; unknown items, zero and fractional quantities, a source without its department.
    expect(errorCode(await createRequest(planner, [department(WEST_WARD, 10, item)]))).toBe('REFERENCE_MISMATCH');
    expect(errorCode(await createRequest(planner, [department(CARDIOLOGY, 10, '0193a0a0-0000-7000-8000-000000000000')]))).toBe('NOT_FOUND');
    expect(errorCode(await createRequest(planner, [department(CARDIOLOGY, 0, item)]))).toBe('QUANTITY_NOT_POSITIVE');
    expect(errorCode(await createRequest(planner, [department(CARDIOLOGY, 1.5, item)]))).toBe('INVALID_INPUT');
    expect(errorCode(await createRequest(planner, [{ itemId: item, quantity: 5, source: 'DEPARTMENT' }]))).toBe('INVALID_INPUT');
    expect(errorCode(await createRequest(keeper, [department(CARDIOLOGY, 10, item)]))).toBe('FORBIDDEN');
  });
  it('reports duplicates avoided, order cycle, on-time delivery and price against contract per campus and month, in SQL', async () => {
    const [gauze, tape, brush] = [await contracted(100), await contracted(50), await newItem({ name: '刷子（非合同）' })];
    const south = (identity: Identity, demands: Record<string, unknown>[]) => createRequest(identity, demands, undefined, southWarehouseId);
    const demand = (itemId: string, quantity: number) => department(SOUTH_WARD, quantity, itemId);
    const raise = async (itemId: string, quantity: number) => {
      const request = ok(await south(southPlanner, [demand(itemId, quantity)]), 'createPurchaseRequest');
      return ok(await approveRequest(southOffice, request.id), 'approvePurchaseRequest').lines[0].id as string;
    };
    const exception = async (itemId: string, unitPriceFen: number, maxQuantity: number) => {
      const requested = await data(southPurchaser, `mutation($i: RequestPriceExceptionInput!) { requestPriceException(input: $i) { id } }`, {
        i: { supplierId, campusId: SOUTH, itemId, unitPriceFen, maxQuantity, reason: '急需' },
      });
      await data(southOffice, `mutation($id: ID!) { approvePriceException(id: $id) { id } }`, { id: requested.requestPriceException.id });
      return requested.requestPriceException.id as string;
    };
    // Gauze: 10 at the contract price; tape: 20 at 55 against a contract price of 50; brushes: 10 off contract at 30.
    const gauzeOrder = ok(
      await placeOrder(southPurchaser, [{ purchaseRequestLineId: await raise(gauze, 10), quantity: 10, unitPriceFen: 100 }]),
      'createPurchaseOrder',
    );
    const tapeOrder = ok(
      await placeOrder(southPurchaser, [
        { purchaseRequestLineId: await raise(tape, 20), quantity: 20, unitPriceFen: 55, priceExceptionId: await exception(tape, 55, 20) },
      ]),
      'createPurchaseOrder',
    );
    const brushOrder = ok(
      await placeOrder(southPurchaser, [
        { purchaseRequestLineId: await raise(brush, 10), quantity: 10, unitPriceFen: 30, priceExceptionId: await exception(brush, 30, 10) },
      ]),
      'createPurchaseOrder',
    );
    // Half the gauze arrives; more gauze raised now is on order: dropped (7 × 100 avoided). Brushes raised while on order are
    // flagged (and left so), and raised again before that request's approval: merged. Three duplicates found, two avoided.
    ok(await receive(southKeeper, gauzeOrder.id, [{ purchaseOrderLineId: gauzeOrder.lines[0].id, delivered: 5, accepted: 5 }]), 'receivePurchaseOrder');
    const again = ok(await south(southPlanner, [demand(gauze, 7)]), 'createPurchaseRequest');
    expect(again.lines[0]).toMatchObject({ status: 'FLAGGED', estimatedUnitCostFen: 100 });
    ok(await resolve(southPlanner, again.lines[0].id, false, '已在途'), 'resolvePurchaseDuplicate');
    ok(await south(southPlanner, [demand(brush, 3)]), 'createPurchaseRequest');
    expect(ok(await south(southPlanner, [demand(brush, 4)]), 'createPurchaseRequest').status).toBe('MERGED');
    ok(await receive(southKeeper, gauzeOrder.id, [{ purchaseOrderLineId: gauzeOrder.lines[0].id, delivered: 5, accepted: 5 }]), 'receivePurchaseOrder');
    ok(await receive(southKeeper, tapeOrder.id, [{ purchaseOrderLineId: tapeOrder.lines[0].id, delivered: 20, accepted: 20 }]), 'receivePurchaseOrder');

    // Move South's purchasing into last month: gauze ordered on day 3, complete on day 7, due day 8 (on time, 4 days);
    // tape ordered day 4, complete day 11, due day 9 (late, 7 days); brushes ordered day 4, due day 6, never delivered.
    const lastMonth = previousMonth(today);
    const start = chinaMonthRange(lastMonth)!.from;
    const day = (n: number, hours = 10) => new Date(start.getTime() + (n - 1) * 86_400_000 + hours * 3_600_000);
    const date = (n: number) => `${lastMonth}-${String(n).padStart(2, '0')}`;
    const move = async (orderId: string, ordered: number, expected: number, complete: number | null) => {
      await platform.query('materials', `UPDATE purchase_order SET ordered_at = $2, expected_on = $3, received_in_full_at = $4 WHERE id = $1`, [
        orderId,
        day(ordered),
        date(expected),
        complete === null ? null : day(complete),
      ]);
      await platform.query('materials', `UPDATE purchase_order_line SET received_in_full_at = $2 WHERE purchase_order_id = $1`, [
        orderId,
        complete === null ? null : day(complete),
      ]);
    };
    await move(gauzeOrder.id, 3, 8, 7);
    await move(tapeOrder.id, 4, 9, 11);
    await move(brushOrder.id, 4, 6, null);
    await platform.query('materials', `UPDATE purchase_request SET created_at = $2 WHERE campus_id = $1`, [SOUTH, day(2)]);
    await platform.query(
      'materials',
      `UPDATE purchase_request_line SET resolved_at = $2 WHERE resolved_at IS NOT NULL AND purchase_request_id IN (SELECT id FROM purchase_request WHERE campus_id = $1)`,
      [SOUTH, day(5)],
    );

    const PURCHASING = `purchasing { duplicatesFlagged duplicatesMerged duplicatesDropped duplicatesAvoided duplicatesAvoidedValueFen ordersReceivedInFull
      averagePoCycleDays linesDue linesOnTime supplierOnTimeRate contractedOrderedFen contractBasisFen priceVarianceFen priceVarianceVsContract offContractFen aboveContractLines }`;
    const kpis = async (month: string) =>
      (
        await data(analyst, `query($m: String!, $c: [ID!]) { materialsKpis(month: $m, campusIds: $c) { campusId month ${PURCHASING} } }`, {
          m: month,
          c: [SOUTH],
        })
      ).materialsKpis[0];
    expect((await kpis(lastMonth)).purchasing).toEqual({
      duplicatesFlagged: 3,
      duplicatesMerged: 1,
      duplicatesDropped: 1,
      duplicatesAvoided: 2,
      duplicatesAvoidedValueFen: 700,
      ordersReceivedInFull: 2,
      averagePoCycleDays: 5.5,
      linesDue: 3,
      linesOnTime: 1,
      supplierOnTimeRate: 1 / 3,
      contractedOrderedFen: 10 * 100 + 20 * 55,
      contractBasisFen: 10 * 100 + 20 * 50,
      priceVarianceFen: 100,
      priceVarianceVsContract: 0.05,
      offContractFen: 300,
      aboveContractLines: 1,
    });
    expect((await kpis(today.slice(0, 7))).purchasing).toMatchObject({
      duplicatesFlagged: 0,
      ordersReceivedInFull: 0,
      supplierOnTimeRate: null,
      priceVarianceVsContract: null,
    });
  });
});
