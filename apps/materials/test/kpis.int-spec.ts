import { EventData, MaterialsRole, WorkOrderCompletedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaInstant } from '@houqin/platform-calendar';
import { CloudEvent, KafkaBus, toBusMessage } from '@houqin/platform-events';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Materials KPIs (物资指标), inventory family, on real Postgres and Kafka. Two campuses' stock moves through April and
 * May 2025 (Beijing time): receipts, issues, a return, a requisition left on backorder, a work order's shortage, a
 * lot that expires and is written off. Everything is booked through the API now and then moved to its day in the
 * past (the ledger refuses updates, so the test lifts its trigger for that one transaction — as costs.int-spec does).
 *
 * East, by hand (fen at cost):
 *   04-01 08:00 receipt: gloves 100 × 200, masks 40 × 500 (one lot), paper 20 × 100, soap 10 × 300   = 45,000
 *   04-01 10:00 issue gloves 60 (12,000)        04-20 issue masks 10 (5,000)
 *   → April: opening 0, closing 28,000, consumption 17,000
 *   05-05 return gloves 10 (2,000)    05-08 work order short of valves (shortage)
 *   05-12 requisition issue: paper 20 of 30 approved (2,000; backorder 10), soap 4 of 4 (1,200)
 *   05-15 masks expire holding 30 (15,000)      05-20 issue gloves 50 (10,000), write off the expired masks (15,000)
 *   → May: opening 28,000, closing 1,800 (soap 6), consumption 3,200 + 10,000 − 2,000 = 11,200
 *   → stock-outs: 1 shortage + 1 backordered line (paper) + 3 depletions (gloves, paper, masks) = 5, items 4
 *   June: nothing moves; the 90 days to its end start 04-02, so they hold 5,000 + 11,200 = 16,200 of use.
 * West: 04-05 receipt gloves 50 × 1,000; 05-06 issue 20 (20,000).
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const SOUTH = org.campus('南院区'); // no warehouse: no KPIs unless named
const CARDIOLOGY = org.department(EAST, '心内科');
const EAST_LOGISTICS = org.department(EAST, '后勤保障科');
const WEST_RESPIRATORY = org.department(WEST, '呼吸科');

const person = (subject: string, name: string, roles: Role[], campusIds: string[], departmentId: string | null = null): Identity => ({
  subject,
  staffId: departmentId ? org.staff(campusIds[0], { name, departmentId }) : randomUUID(),
  name,
  roles,
  campusIds,
});
const admin = person('admin-group', '集团管理员', [Role.GROUP_ADMIN], []);
const analyst = person('analyst', '数据分析', [Role.ANALYST], []);
const eastKeeper = person('keeper-east', '东院库管', [MaterialsRole.STOREKEEPER], [EAST], EAST_LOGISTICS);
const eastAdmin = person('admin-east', '东院后勤', [Role.CAMPUS_ADMIN], [EAST], EAST_LOGISTICS);
const eastOffice = person('office-east', '东院物资科', [MaterialsRole.MATERIALS_MANAGER], [EAST], EAST_LOGISTICS);
const nurse = person('nurse-wang', '王丽', [Role.REQUESTER], [EAST], CARDIOLOGY);
const head = person('head-li', '李主任', [Role.DEPARTMENT_HEAD], [EAST], CARDIOLOGY);
const westKeeper = person('keeper-west', '西院库管', [MaterialsRole.STOREKEEPER], [WEST], WEST_RESPIRATORY);
const westAdmin = person('admin-west', '西院后勤', [Role.CAMPUS_ADMIN], [WEST], WEST_RESPIRATORY);

const INVENTORY = `consumptionFen openingValueFen closingValueFen averageValueFen inventoryTurnover annualizedTurnover trailingConsumptionFen daysOfCover
  stockOuts stockOutShortages stockOutBackorderedLines stockOutDepletions stockOutItems expiredValueFen expiredLots writtenOffExpiredFen`;
const KPIS = `query($m: String!, $c: [ID!]) { materialsKpis(month: $m, campusIds: $c) { campusId campus { id } campusName month inventory { ${INVENTORY} } } }`;
const TREND = `query($c: ID!, $from: String!, $to: String!) { materialsKpiTrend(campusId: $c, fromMonth: $from, toMonth: $to) { campusId month inventory { ${INVENTORY} } } }`;

/** An instant given in Beijing time. */
const beijing = (dateTime: string) => chinaInstant(dateTime.slice(0, 10), dateTime.slice(11)).toISOString();

/** What a month looks like where nothing has ever happened. */
const nothing = {
  consumptionFen: 0,
  openingValueFen: 0,
  closingValueFen: 0,
  averageValueFen: 0,
  inventoryTurnover: null,
  annualizedTurnover: null,
  trailingConsumptionFen: 0,
  daysOfCover: null,
  stockOuts: 0,
  stockOutShortages: 0,
  stockOutBackorderedLines: 0,
  stockOutDepletions: 0,
  stockOutItems: 0,
  expiredValueFen: 0,
  expiredLots: 0,
  writtenOffExpiredFen: 0,
};

describe('materials KPIs (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let bus: KafkaBus;
  let eastWarehouse: string;
  let westWarehouse: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');

  const newItem = async (category: string, fields: Record<string, unknown> = {}) =>
    (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id } }`, {
        i: { code: `KPI-${randomBytes(4).toString('hex')}`, name: '指标物资', unit: '个', category, ...fields },
      })
    ).createItem.id as string;
  const receive = async (identity: Identity, warehouseId: string, receivedAt: string, lines: Record<string, unknown>[]) =>
    (
      await data(identity, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { lots { id } } }`, {
        i: { warehouseId, receivedAt, lines },
      })
    ).receiveGoods.lots.map((lot: { id: string }) => lot.id) as string[];
  const issue = async (identity: Identity, warehouseId: string, departmentId: string, itemId: string, quantity: number) =>
    (
      await data(identity, `mutation($i: IssueStockInput!) { issueStock(input: $i) { id } }`, {
        i: { warehouseId, departmentId, lines: [{ itemId, quantity }] },
      })
    ).issueStock.id as string;
  /** Moves a document's ledger rows to when they happened. */
  const backdate = (documentId: string, at: string) =>
    platform.query(
      'materials',
      `SET LOCAL session_replication_role = replica; UPDATE stock_movement SET occurred_at = '${at}' WHERE document_id = '${documentId}'`,
    );
  const kpis = async (identity: Identity, month: string, campusIds?: string[]) => (await data(identity, KPIS, { m: month, c: campusIds })).materialsKpis;

  /** A completed work order needing a part the warehouse does not have, as maintenance publishes it. */
  const workOrderShort = async (itemId: string) => {
    const workOrderId = randomUUID();
    const now = new Date().toISOString();
    const event: CloudEvent<EventData<typeof WorkOrderCompletedV1>> = {
      id: randomUUID(),
      type: WorkOrderCompletedV1.type,
      source: 'houqin/maintenance',
      subject: workOrderId,
      time: now,
      traceparent: null,
      tracestate: null,
      data: {
        workOrderId,
        number: 'WO-20250508-000001',
        campusId: EAST,
        locationId: randomUUID(),
        departmentId: CARDIOLOGY,
        status: 'COMPLETED',
        priority: 'NORMAL',
        occurredAt: now,
        actor: { subject: 'tech-zhang', staffId: null, name: '张伟' },
        labourMinutes: 45,
        parts: [{ itemId, quantity: 3 }],
        technicianId: null,
        completion: 1,
      },
    };
    await bus.publish([toBusMessage(WorkOrderCompletedV1.topic, workOrderId, event)]);
    return eventually(
      async () => (await platform.query<{ id: string }>('materials', `SELECT id FROM stock_shortage WHERE work_order_id = $1`, [workOrderId]))[0]?.id,
      60_000,
      'the shortage recorded',
    );
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    bus = new KafkaBus({ clientId: 'materials-kpis-test', brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });
    await bus.ensureTopics([WorkOrderCompletedV1.topic]);
    await org.publishTo(platform, 'materials');
    const warehouse = `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`;
    eastWarehouse = (await data(admin, warehouse, { i: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    westWarehouse = (await data(admin, warehouse, { i: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } })).createWarehouse.id;

    // East.
    const gloves = await newItem('PROTECTIVE');
    const masks = await newItem('PROTECTIVE', { tracksExpiry: true });
    const paper = await newItem('OFFICE');
    const soap = await newItem('CLEANING');
    const valves = await newItem('SPARE_PART');
    const [, maskLot] = await receive(eastKeeper, eastWarehouse, beijing('2025-04-01T08:00'), [
      { itemId: gloves, quantity: 100, unitCostFen: 200 },
      { itemId: masks, quantity: 40, unitCostFen: 500, expiresOn: '2099-12-31' },
      { itemId: paper, quantity: 20, unitCostFen: 100 },
      { itemId: soap, quantity: 10, unitCostFen: 300 },
    ]);
    const glovesIssue = await issue(eastKeeper, eastWarehouse, CARDIOLOGY, gloves, 60);
    await backdate(glovesIssue, beijing('2025-04-01T10:00'));
    await backdate(await issue(eastKeeper, eastWarehouse, CARDIOLOGY, masks, 10), beijing('2025-04-20T10:00'));
    const glovesReturn = (
      await data(eastKeeper, `mutation($i: ReturnStockInput!) { returnStock(input: $i) { id } }`, {
        i: { stockIssueId: glovesIssue, reason: '多领退回', lines: [{ itemId: gloves, quantity: 10 }] },
      })
    ).returnStock.id;
    await backdate(glovesReturn, beijing('2025-05-05T10:00'));
    const shortage = await workOrderShort(valves);
    await platform.query('materials', `UPDATE stock_shortage SET recorded_at = $2 WHERE id = $1`, [shortage, beijing('2025-05-08T10:00')]);

    // A requisition for 30 of paper and 4 of soap, through both approvals; the store has 20 of paper.
    const requisition = (
      await data(nurse, `mutation($i: SubmitRequisitionInput!) { submitRequisition(input: $i) { id } }`, {
        i: {
          warehouseId: eastWarehouse,
          reason: '病区日常消耗',
          lines: [
            { itemId: paper, quantity: 30 },
            { itemId: soap, quantity: 4 },
          ],
        },
      })
    ).submitRequisition.id;
    for (const approver of [head, eastOffice]) {
      await data(approver, `mutation($i: ApproveRequisitionInput!) { approveRequisition(input: $i) { id } }`, { i: { id: requisition } });
    }
    const issued = (
      await data(eastKeeper, `mutation($i: IssueRequisitionInput!) { issueRequisition(input: $i) { status issues { stockIssueId } } }`, {
        i: {
          id: requisition,
          lines: [
            { itemId: paper, quantity: 20 },
            { itemId: soap, quantity: 4 },
          ],
        },
      })
    ).issueRequisition;
    expect(issued.status).toBe('PARTIALLY_ISSUED');
    await backdate(issued.issues[0].stockIssueId, beijing('2025-05-12T10:00'));
    await platform.query('materials', `UPDATE requisition_issue SET issued_at = $2 WHERE requisition_id = $1`, [requisition, beijing('2025-05-12T10:00')]);

    // The masks' date goes by with 30 left; the rest of the gloves go out and the masks are written off.
    await platform.query('materials', `UPDATE stock_lot SET expires_on = '2025-05-15' WHERE id = $1`, [maskLot]);
    await backdate(await issue(eastKeeper, eastWarehouse, CARDIOLOGY, gloves, 50), beijing('2025-05-20T10:00'));
    const writeOff = (
      await data(eastAdmin, `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { id } }`, {
        i: { warehouseId: eastWarehouse, reason: 'EXPIRED_WRITE_OFF', lines: [{ lotId: maskLot, quantityDelta: -30 }] },
      })
    ).adjustStock.id;
    await backdate(writeOff, beijing('2025-05-20T12:00'));

    // West.
    const westGloves = await newItem('PROTECTIVE');
    await receive(westKeeper, westWarehouse, beijing('2025-04-05T09:00'), [{ itemId: westGloves, quantity: 50, unitCostFen: 1000 }]);
    await backdate(await issue(westKeeper, westWarehouse, WEST_RESPIRATORY, westGloves, 20), beijing('2025-05-06T10:00'));
  });
  afterAll(async () => {
    await bus?.disconnect();
    await platform?.stop();
  });

  it('computes every inventory KPI of a campus-month from the ledger, to the fen', async () => {
    const [april] = await kpis(admin, '2025-04', [EAST]);
    expect(april).toEqual({
      campusId: EAST,
      campus: { id: EAST },
      campusName: '东院区',
      month: '2025-04',
      inventory: {
        ...nothing,
        consumptionFen: 17_000,
        openingValueFen: 0,
        closingValueFen: 28_000,
        averageValueFen: 14_000,
        inventoryTurnover: 17_000 / 14_000,
        annualizedTurnover: (17_000 * 12) / 14_000,
        trailingConsumptionFen: 17_000,
        daysOfCover: 28_000 / (17_000 / 90),
      },
    });

    const [may] = await kpis(admin, '2025-05', [EAST]);
    expect(may.inventory).toEqual({
      consumptionFen: 11_200,
      openingValueFen: 28_000,
      closingValueFen: 1_800,
      averageValueFen: 14_900,
      inventoryTurnover: 11_200 / 14_900,
      annualizedTurnover: (11_200 * 12) / 14_900,
      trailingConsumptionFen: 28_200,
      daysOfCover: 1_800 / (28_200 / 90),
      stockOuts: 5,
      stockOutShortages: 1,
      stockOutBackorderedLines: 1,
      stockOutDepletions: 3,
      stockOutItems: 4,
      expiredValueFen: 15_000,
      expiredLots: 1,
      writtenOffExpiredFen: 15_000,
    });
    // The ledger agrees with the lots: what is left at the end of May is what the lots hold now.
    const [{ held }] = await platform.query<{ held: string }>(
      'materials',
      `SELECT sum(quantity_remaining::bigint * unit_cost_fen)::text AS held FROM stock_lot WHERE warehouse_id = $1`,
      [eastWarehouse],
    );
    expect(Number(held)).toBe(may.inventory.closingValueFen);
  });

  it('follows a campus month by month, one row each, with nothing moving in June and nothing at all before April', async () => {
    const trend = (await data(eastOffice, TREND, { c: EAST, from: '2025-04', to: '2025-06' })).materialsKpiTrend;
    expect(trend.map((row: { month: string }) => row.month)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(trend[0].inventory).toEqual((await kpis(admin, '2025-04', [EAST]))[0].inventory);
    expect(trend[1].inventory).toEqual((await kpis(admin, '2025-05', [EAST]))[0].inventory);
    expect(trend[2]).toEqual({
      campusId: EAST,
      month: '2025-06',
      inventory: {
        ...nothing,
        openingValueFen: 1_800,
        closingValueFen: 1_800,
        averageValueFen: 1_800,
        inventoryTurnover: 0,
        annualizedTurnover: 0,
        // The issue of 04-01 has left the 90 days to 06-30.
        trailingConsumptionFen: 16_200,
        daysOfCover: 10,
      },
    });
    const [march] = await kpis(analyst, '2025-03', [EAST]);
    expect(march.inventory).toEqual(nothing);
  });

  it('shows group-wide readers every campus with a warehouse, campus readers their own, and refuses the rest', async () => {
    const west = {
      campusId: WEST,
      campusName: '西院区',
      month: '2025-05',
      inventory: expect.objectContaining({
        consumptionFen: 20_000,
        openingValueFen: 50_000,
        closingValueFen: 30_000,
        inventoryTurnover: 0.5,
        annualizedTurnover: 6,
        daysOfCover: 30_000 / (20_000 / 90),
        stockOuts: 0,
      }),
    };
    const both = await kpis(analyst, '2025-05');
    expect(both.map((row: { campusId: string }) => row.campusId)).toEqual([EAST, WEST]);
    expect(both[0].inventory.stockOuts).toBe(5);
    expect(both[1]).toMatchObject(west);
    expect(await kpis(westAdmin, '2025-05')).toEqual([expect.objectContaining(west)]);
    expect((await kpis(eastOffice, '2025-05')).map((row: { campusId: string }) => row.campusId)).toEqual([EAST]);
    // Named, a campus without a warehouse answers with nothing.
    expect((await kpis(admin, '2025-05', [SOUTH]))[0]).toMatchObject({ campusId: SOUTH, campusName: '南院区', inventory: nothing });

    expect(errorCode(await call(westAdmin, KPIS, { m: '2025-05', c: [EAST] }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, KPIS, { m: '2025-05', c: [WEST, EAST] }))).toBe('FORBIDDEN');
    expect(errorCode(await call(westAdmin, TREND, { c: EAST, from: '2025-04', to: '2025-05' }))).toBe('FORBIDDEN');
    expect(errorCode(await call(eastKeeper, KPIS, { m: '2025-05' }))).toBe('FORBIDDEN');
    expect(errorCode(await call(nurse, KPIS, { m: '2025-05' }))).toBe('FORBIDDEN');
    expect(errorCode(await call(admin, KPIS, { m: '2025-05', c: [randomUUID()] }))).toBe('NOT_FOUND');
    expect(errorCode(await call(admin, KPIS, { m: '2025-05', c: ['east'] }))).toBe('INVALID_ID');
  });

  it('costs the same few statements for one campus, every campus, or a run of months (one per family)', async () => {
    const statements = async () =>
      Number(/houqin_sql_statements_total (\d+)/.exec(await (await fetch(`${platform.process('materials').url}/metrics`)).text())?.[1]);
    /** Statements during one call; the outbox relay and the jobs share the counter, so the quietest of five tries. */
    const cost = async (ask: () => Promise<unknown>) => {
      const seen: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = await statements();
        await ask();
        seen.push((await statements()) - before);
      }
      return Math.min(...seen);
    };
    const one = await cost(() => kpis(analyst, '2025-05', [EAST]));
    expect(await cost(() => kpis(analyst, '2025-05'))).toBe(one);
    expect(await cost(() => data(analyst, TREND, { c: EAST, from: '2024-07', to: '2025-06' }))).toBe(one);
  });

  it('refuses months that are not YYYY-MM, and trends backwards or over two years, in the caller’s language', async () => {
    for (const month of ['2026-13', '2026/01']) {
      const zh = await call(analyst, KPIS, { m: month }, 'zh-CN');
      expect(errorCode(zh)).toBe('INVALID_MONTH');
      expect(zh.errors?.[0].message).toBe(`month 不是有效的月份（格式为 YYYY-MM，如 2026-01）：${month}`);
      const en = await call(analyst, KPIS, { m: month }, 'en');
      expect(en.errors?.[0].message).toBe(`month is not a valid month (YYYY-MM, e.g. 2026-01): ${month}`);
    }
    expect(errorCode(await call(analyst, TREND, { c: EAST, from: '2025/04', to: '2025-06' }))).toBe('INVALID_MONTH');
    expect(errorCode(await call(analyst, TREND, { c: EAST, from: '2025-06', to: '2025-04' }))).toBe('INVALID_DATE_RANGE');
    const tooLong = await call(analyst, TREND, { c: EAST, from: '2023-01', to: '2025-06' }, 'en');
    expect(errorCode(tooLong)).toBe('KPI_TREND_TOO_LONG');
    expect(tooLong.errors?.[0].message).toBe('A KPI trend covers at most 24 months (2023-01 to 2025-06 is longer)');
  });
});
