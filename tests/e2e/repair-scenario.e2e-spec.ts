import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth } from '@houqin/platform-calendar';
import { runSeedScript } from '@houqin/platform-local-infra';
import { eventually, graphql, graphqlData, ROOT, TestPlatform } from '@houqin/platform-testing';

/**
 * The issue's scenario, through the gateway, with every service in its own process on real Postgres and
 * Kafka and the demo hospital group seeded through the public API:
 * a nurse on ward 5 of campus East reports a leaking valve; the dispatcher assigns the plumbing team; a
 * technician accepts, starts and completes it with 2 valves and 45 minutes; the nurse signs off. The East
 * warehouse then holds 2 valves fewer, from the oldest lot; the ward's department is charged the lots'
 * cost; one query joins the order across three subgraphs; West's admin cannot see it.
 */
type Edges<T> = { edges: { node: T }[] };

describe('repair scenario through the gateway', () => {
  let platform: TestPlatform;
  const groupAdmin: Identity = { subject: 'e2e:group-admin', staffId: null, name: '集团管理员', roles: [Role.GROUP_ADMIN], campusIds: [] };
  let people: Record<'nurse' | 'dispatcher' | 'technician' | 'westAdmin', Identity>;
  let place: { east: string; west: string; ward5: string; cardiology: string; plumbing: string; valve: string; warehouse: string };

  const as = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance', 'materials'], gateway: true });
    const seedToken = await platform.userToken(groupAdmin);
    await runSeedScript(ROOT, 'org', platform.gatewayUrl, seedToken);

    // Find everyone and everything the way a client would: by codes and employee numbers, through the gateway.
    const { campuses } = await as<{ campuses: Edges<{ id: string; code: string }> }>(groupAdmin, `{ campuses(first: 10) { edges { node { id code } } } }`);
    const campus = (code: string) => campuses.edges.find((e) => e.node.code === code)!.node.id;
    const east = campus('EAST');
    const west = campus('WEST');
    const everyCampus = campuses.edges.map((e) => e.node.id);
    const { staffMembers } = await as<{ staffMembers: Edges<{ id: string; employeeNo: string; name: string }> }>(
      groupAdmin,
      `query($east: ID!) { staffMembers(campusId: $east, first: 100) { edges { node { id employeeNo name } } } }`,
      { east },
    );
    const staff = (employeeNo: string) => staffMembers.edges.find((e) => e.node.employeeNo === employeeNo)!.node;
    const person = (employeeNo: string, roles: Role[], campusIds = [east]): Identity => ({
      subject: `e2e:${employeeNo}`,
      staffId: staff(employeeNo).id,
      name: staff(employeeNo).name,
      roles,
      campusIds,
    });
    people = {
      nurse: person('E3057', [Role.REQUESTER]),
      dispatcher: person('E1005', [MaintenanceRole.DISPATCHER]),
      technician: person('E1021', [MaintenanceRole.TECHNICIAN]),
      westAdmin: { subject: 'e2e:W1001', staffId: null, name: '高明', roles: [Role.CAMPUS_ADMIN], campusIds: [west] },
    };
    // The materials demo takes each requisition, purchasing and transfer step as the demo login whose job it is, as
    // npm start lets it; the group's planner and purchaser hold every campus, as their demo logins do.
    await runSeedScript(ROOT, 'materials', platform.gatewayUrl, seedToken, {
      'east-nurse': await platform.userToken(people.nurse),
      'east-head': await platform.userToken(person('E3001', [Role.DEPARTMENT_HEAD])),
      'east-materials': await platform.userToken(person('E1041', [MaterialsRole.MATERIALS_MANAGER])),
      'east-storekeeper': await platform.userToken(person('E1031', [MaterialsRole.STOREKEEPER])),
      'east-admin': await platform.userToken(person('E1001', [Role.CAMPUS_ADMIN])),
      'group-planner': await platform.userToken(person('G0002', [MaterialsRole.PLANNER], everyCampus)),
      'group-purchaser': await platform.userToken(person('G0003', [MaterialsRole.PURCHASER], everyCampus)),
      'west-admin': await platform.userToken(people.westAdmin),
    });

    const directory = await as<{
      locations: Edges<{ id: string; code: string; department: { id: string } | null }>;
      teams: Edges<{ id: string; name: string }>;
      items: Edges<{ id: string; code: string }>;
      warehouses: { id: string; campus: { id: string } }[];
    }>(
      groupAdmin,
      `query($east: ID!) {
        locations(campusId: $east, first: 100) { edges { node { id code department { id } } } }
        teams(campusId: $east, first: 50) { edges { node { id name } } }
        items(search: "VAL-DN20", first: 5) { edges { node { id code } } }
        warehouses(campusId: $east) { id campus { id } }
      }`,
      { east },
    );
    const ward5 = directory.locations.edges.find((e) => e.node.code === 'E-ZY1-5W')!.node;
    place = {
      east,
      west,
      ward5: ward5.id,
      cardiology: ward5.department!.id,
      plumbing: directory.teams.edges.find((e) => e.node.name === '水电班')!.node.id,
      valve: directory.items.edges.find((e) => e.node.code === 'VAL-DN20')!.node.id,
      warehouse: directory.warehouses[0].id,
    };
    // Maintenance knows the directory from org's events: wait until its replica has what the scenario uses.
    await eventually(
      async () => {
        const [{ n }] = await platform.query<{ n: number }>(
          'maintenance',
          `SELECT (SELECT count(*) FROM org_location_replica WHERE id = $1) + (SELECT count(*) FROM org_team_replica WHERE id = $2)
             + (SELECT count(*) FROM org_staff_replica WHERE id = $3) AS n`,
          [place.ward5, place.plumbing, people.technician.staffId],
        );
        return Number(n) === 3 ? true : undefined;
      },
      60_000,
      'maintenance org replica',
    );
    // So does materials, which charges the parts to the ward's department only once it knows it.
    await eventually(
      async () => {
        const [{ n }] = await platform.query<{ n: number }>('materials', `SELECT count(*)::int AS n FROM org_department_replica WHERE id = $1`, [
          place.cardiology,
        ]);
        return n === 1 ? true : undefined;
      },
      60_000,
      'materials org replica',
    );
  });
  afterAll(() => platform?.stop());
  /** This month on the hospital's (Beijing) calendar, as the KPIs and charges count it. */
  const beijingMonth = () => chinaMonth(new Date());

  it('repairs the leaking valve, issues 2 valves FIFO, charges cardiology and joins the order across three subgraphs', async () => {
    // Clinical staff report faults but do not read the warehouse.
    const nurseReadsStock = await graphql(platform.gatewayUrl, {
      query: `query($w: ID!) { stockLevels(warehouseId: $w) { onHand } }`,
      variables: { w: place.warehouse },
      token: await platform.userToken(people.nurse),
    });
    expect(nurseReadsStock.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { submitRepairRequest: order } = await as(
      people.nurse,
      `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id number status } }`,
      {
        i: {
          campusId: place.east,
          locationId: place.ward5,
          departmentId: place.cardiology,
          category: 'PLUMBING',
          priority: 'HIGH',
          title: '5病区卫生间截止阀漏水',
        },
      },
    );
    expect(order.status).toBe('SUBMITTED');
    const levels = async () =>
      (
        await as<{ stockLevels: { item: { id: string }; onHand: number; lots: { id: string; quantityRemaining: number; unitCostFen: number }[] }[] }>(
          groupAdmin,
          `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onHand lots { id quantityRemaining unitCostFen } } }`,
          { w: place.warehouse },
        )
      ).stockLevels.find((l) => l.item.id === place.valve)!;
    const valvesBefore = await levels();
    // The demo's requisitions have charged cardiology already this month; the repair adds its parts.
    const month = beijingMonth();
    const cardiologyCharged = async () =>
      (
        await as<{ departmentCharges: { totalCostFen: number } }>(
          groupAdmin,
          `query($d: ID!, $m: String!) { departmentCharges(departmentId: $d, month: $m) { totalCostFen } }`,
          { d: place.cardiology, m: month },
        )
      ).departmentCharges.totalCostFen;
    const chargedBefore = await cardiologyCharged();
    expect(valvesBefore.onHand).toBe(32);

    await as(people.dispatcher, `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: order.id, teamId: place.plumbing, technicianId: people.technician.staffId },
    });
    await as(people.technician, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id: order.id });
    await as(people.technician, `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id: order.id });
    await as(people.technician, `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: order.id, labourMinutes: 45, parts: [{ itemId: place.valve, quantity: 2 }] },
    });
    const signed = await as(people.nurse, `mutation($i: SignOffWorkOrderInput!) { signOffWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: order.id, rating: 5, comment: '已修好，谢谢' },
    });
    expect(signed.signOffWorkOrder.status).toBe('SIGNED_OFF');

    const valvesAfter = await eventually(
      async () => {
        const level = await levels();
        return level.onHand === 30 ? level : undefined;
      },
      60_000,
      'parts issued from the East warehouse',
    );
    // Oldest lot first: the 3500-fen lot received in March gives both valves, the May lot is untouched.
    const oldest = valvesBefore.lots.find((l) => l.unitCostFen === 3500)!;
    const newer = valvesBefore.lots.find((l) => l.unitCostFen === 3800)!;
    expect(valvesAfter.lots.find((l) => l.id === oldest.id)!.quantityRemaining).toBe(oldest.quantityRemaining - 2);
    expect(valvesAfter.lots.find((l) => l.id === newer.id)!.quantityRemaining).toBe(newer.quantityRemaining);

    expect(await cardiologyCharged()).toBe(chargedBefore + 7000);

    const joined = await as(
      people.dispatcher,
      `query($id: ID!) { workOrder(id: $id) {
        number status labourMinutes
        location { name } department { name } technician { name } team { name }
        parts { quantity item { name } }
        partsCostFen
        stockIssues { totalCostFen lines { quantity costFen item { name } } }
      } }`,
      { id: order.id },
    );
    expect(joined.workOrder).toEqual({
      number: order.number,
      status: 'SIGNED_OFF',
      labourMinutes: 45,
      location: { name: '5病区' },
      department: { name: '心血管内科' },
      technician: { name: '张建国' },
      team: { name: '水电班' },
      parts: [{ quantity: 2, item: { name: '截止阀 DN20' } }],
      partsCostFen: 7000,
      stockIssues: [{ totalCostFen: 7000, lines: [{ quantity: 2, costFen: 7000, item: { name: '截止阀 DN20' } }] }],
    });

    // Maintenance learns the parts cost from materials' stock-issued event; no labour rate is set here, so labour is 0 fen.
    const cost = await eventually(async () => {
      const { workOrder } = await as(people.dispatcher, `query($id: ID!) { workOrder(id: $id) { cost { labourFen partsFen vendorFen totalFen } } }`, {
        id: order.id,
      });
      return workOrder.cost.partsFen > 0 ? workOrder.cost : undefined;
    });
    expect(cost).toEqual({ labourFen: 0, partsFen: 7000, vendorFen: 0, totalFen: 7000 });
  });

  it("seeds East's requisitions in every state, each step taken by the demo person whose job it is", async () => {
    const { requisitions } = await as<{
      requisitions: Edges<{
        status: string;
        history: { action: string; actorName: string }[];
        issues: { oldUnits: { quantity: number; condition: string }[] }[];
      }>;
    }>(
      groupAdmin,
      `query($c: ID!) { requisitions(campusId: $c, first: 50) { edges { node { status history { action actorName } issues { oldUnits { quantity condition } } } } } }`,
      {
        c: place.east,
      },
    );
    const nodes = requisitions.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.status))).toEqual(
      new Set(['SUBMITTED', 'DEPT_APPROVED', 'APPROVED', 'PARTIALLY_ISSUED', 'ISSUED', 'REJECTED', 'CANCELLED']),
    );
    const actors = new Map<string, Set<string>>();
    for (const { action, actorName } of nodes.flatMap((n) => n.history)) actors.set(action, (actors.get(action) ?? new Set()).add(actorName));
    // 王丽 asks (周涛 entered one paper form for her), 陈秀兰 approves for the ward, 钱雅琴 for 物资科, 孙红梅 issues.
    expect(Object.fromEntries([...actors].map(([action, names]) => [action, [...names].sort()]))).toEqual({
      SUBMIT: ['周涛', '王丽'].sort(),
      APPROVE_DEPARTMENT: ['陈秀兰'],
      APPROVE_MATERIALS_OFFICE: ['钱雅琴'],
      REJECT: ['钱雅琴'],
      ISSUE: ['孙红梅'],
      CANCEL: ['王丽'],
    });
    const oldUnits = nodes.flatMap((n) => n.issues.flatMap((i) => i.oldUnits));
    expect(oldUnits.map((u) => u.condition).sort()).toEqual(['BROKEN', 'WORN_OUT']);
  });

  it("seeds East's purchasing: pooled, approved, ordered and received by four people, a duplicate dropped, one merged, exceptions", async () => {
    type Line = { item: { code: string }; status: string; quantity: number; duplicate: { kind: string; documentNumber: string } | null };
    type Order = {
      number: string;
      status: string;
      orderedByName: string;
      supplier: { name: string };
      lines: {
        item: { code: string };
        quantityOrdered: number;
        quantityAccepted: number;
        quantityRejected: number;
        unitPriceFen: number;
        contractPriceFen: number;
      }[];
      receipts: { receivedByName: string; batches: { item: { code: string }; rejected: number; rejectionReason: string | null }[] }[];
    };
    const seeded = await as<{
      suppliers: Edges<{ name: string }>;
      supplierContracts: Edges<{
        status: string;
        signedByName: string;
        supplier: { name: string };
        prices: { unitPriceFen: number; marketPriceFen: number }[];
      }>;
      purchaseRequests: Edges<{ number: string; status: string; createdByName: string; decidedByName: string | null; lines: Line[] }>;
      purchaseOrders: Edges<Order>;
      priceExceptions: Edges<{ status: string; requestedByName: string; decidedByName: string | null; item: { code: string }; supplier: { name: string } }>;
      stockLevels: { item: { code: string }; onOrder: number; belowReserve: boolean }[];
    }>(
      groupAdmin,
      `query($c: ID!, $w: ID!) {
        suppliers(first: 20) { edges { node { name } } }
        supplierContracts(first: 20) { edges { node { status signedByName supplier { name } prices { unitPriceFen marketPriceFen } } } }
        purchaseRequests(campusId: $c, first: 50) { edges { node { number status createdByName decidedByName
          lines { item { code } status quantity duplicate { kind documentNumber } } } } }
        purchaseOrders(campusId: $c, first: 50) { edges { node { number status orderedByName supplier { name }
          lines { item { code } quantityOrdered quantityAccepted quantityRejected unitPriceFen contractPriceFen }
          receipts { receivedByName batches { item { code } rejected rejectionReason } } } } }
        priceExceptions(campusId: $c, first: 50) { edges { node { status requestedByName decidedByName item { code } supplier { name } } } }
        stockLevels(warehouseId: $w) { item { code } onOrder belowReserve }
      }`,
      { c: place.east, w: place.warehouse },
    );
    const nodes = <T>(connection: Edges<T>) => connection.edges.map((e) => e.node);
    const suppliers = ['华东五金机电有限公司', '康护医用防护用品有限公司', '洁康保洁用品有限公司'];
    expect(
      nodes(seeded.suppliers)
        .map((s) => s.name)
        .sort(),
    ).toEqual([...suppliers].sort());
    const contracts = nodes(seeded.supplierContracts);
    expect(contracts.map((c) => [c.supplier.name, c.status, c.signedByName]).sort()).toEqual(suppliers.map((name) => [name, 'IN_FORCE', '叶文斌']).sort());
    for (const price of contracts.flatMap((c) => c.prices)) expect(price.unitPriceFen).toBeLessThanOrEqual(price.marketPriceFen);

    // Oldest first: the pooled request, the duplicate left for the office, the merged one, the filters bought above contract.
    const requests = nodes(seeded.purchaseRequests);
    expect(requests.map((r) => [r.status, r.createdByName, r.decidedByName])).toEqual([
      ['ORDERED', '邓晓峰', '钱雅琴'],
      ['SUBMITTED', '邓晓峰', null],
      ['MERGED', '邓晓峰', null],
      ['ORDERED', '邓晓峰', '钱雅琴'],
    ]);
    const [pooled, waiting, merged] = requests;
    expect(pooled.lines.map((l) => [l.item.code, l.status])).toEqual([
      ['PPE-GLOVE-NBR', 'OPEN'],
      ['PPE-MASK-SURG', 'OPEN'],
    ]);
    expect(pooled.lines[0].quantity).toBe(1200);
    const orders = nodes(seeded.purchaseOrders);
    expect(orders.map((o) => [o.status, o.orderedByName, o.supplier.name])).toEqual([
      ['PARTIALLY_RECEIVED', '叶文斌', '康护医用防护用品有限公司'],
      ['ORDERED', '叶文斌', '华东五金机电有限公司'],
    ]);
    // The gloves bought twice are avoided: flagged as on order on the pooled order, dropped; gowns merged and waiting.
    expect(waiting.lines.map((l) => [l.item.code, l.status, l.duplicate?.kind ?? null, l.duplicate?.documentNumber ?? null])).toEqual([
      ['PPE-GLOVE-NBR', 'DROPPED', 'ON_ORDER', orders[0].number],
      ['PPE-GOWN-ISO', 'OPEN', null, null],
    ]);
    expect(merged.lines.map((l) => [l.item.code, l.status, l.duplicate?.documentNumber])).toEqual([['PPE-GOWN-ISO', 'MERGED', waiting.number]]);

    const [pooledOrder, filterOrder] = orders;
    const gloves = pooledOrder.lines.find((l) => l.item.code === 'PPE-GLOVE-NBR')!;
    const masks = pooledOrder.lines.find((l) => l.item.code === 'PPE-MASK-SURG')!;
    expect(gloves).toMatchObject({ quantityOrdered: 1200, quantityAccepted: 1200, quantityRejected: 40 });
    expect(masks.quantityAccepted).toBeLessThan(masks.quantityOrdered);
    for (const line of pooledOrder.lines) expect(line.unitPriceFen).toBe(line.contractPriceFen);
    expect(pooledOrder.receipts.map((r) => r.receivedByName)).toEqual(['孙红梅', '孙红梅']);
    expect(pooledOrder.receipts[0].batches.filter((b) => b.rejected > 0).map((b) => [b.item.code, b.rejected, b.rejectionReason])).toEqual([
      ['PPE-GLOVE-NBR', 40, 'DAMAGED'],
    ]);
    expect(filterOrder.lines[0].unitPriceFen).toBeGreaterThan(filterOrder.lines[0].contractPriceFen);

    expect(nodes(seeded.priceExceptions).map((e) => [e.status, e.requestedByName, e.decidedByName, e.item.code, e.supplier.name])).toEqual([
      ['USED', '叶文斌', '钱雅琴', 'AC-FILTER', '华东五金机电有限公司'],
      ['PENDING', '叶文斌', null, 'CLN-CL-TAB', '洁康保洁用品有限公司'],
    ]);
    // The masks' reserve is still short, with the rest of the order on its way.
    const maskLevel = seeded.stockLevels.find((l) => l.item.code === 'PPE-MASK-SURG')!;
    expect(maskLevel).toEqual({ item: { code: 'PPE-MASK-SURG' }, onOrder: masks.quantityOrdered - masks.quantityAccepted, belowReserve: true });
  });

  it("seeds East's stocktakes: a month-end count approved into one adjustment, this month's accuracy below 100%, a count in progress", async () => {
    type Line = {
      item: { code: string };
      batchNo: string | null;
      countedQuantity: number | null;
      countedByName: string | null;
      varianceQuantity: number | null;
      varianceValueFen: number | null;
    };
    type Accuracy = {
      itemsCounted: number;
      itemsMatched: number;
      itemAccuracy: number | null;
      bookValueFen: number;
      varianceValueFen: number;
      valueAccuracy: number | null;
    };
    const seeded = await as<{
      stocktakes: Edges<{
        number: string;
        status: string;
        startedByName: string;
        finishedByName: string | null;
        approvedByName: string | null;
        stockAdjustmentId: string | null;
        lineCount: number;
        countedLineCount: number;
        booksVisible: boolean;
        lines: Line[];
        accuracy: Accuracy | null;
      }>;
      stockLevels: { item: { code: string }; onHand: number }[];
      materialsKpis: {
        campusId: string;
        stocktake: Accuracy & { stocktakes: number };
        inventory: { consumptionFen: number; inventoryTurnover: number | null };
        purchasing: { duplicatesAvoided: number; aboveContractLines: number; priceVarianceVsContract: number | null };
      }[];
    }>(
      groupAdmin,
      `query($w: ID!, $m: String!, $c: [ID!]) {
        stocktakes(warehouseId: $w, first: 20) { edges { node { number status startedByName finishedByName approvedByName stockAdjustmentId
          lineCount countedLineCount booksVisible
          lines { item { code } batchNo countedQuantity countedByName varianceQuantity varianceValueFen }
          accuracy { itemsCounted itemsMatched itemAccuracy bookValueFen varianceValueFen valueAccuracy } } } }
        stockLevels(warehouseId: $w) { item { code } onHand }
        materialsKpis(month: $m, campusIds: $c) { campusId
          stocktake { stocktakes itemsCounted itemsMatched itemAccuracy bookValueFen varianceValueFen valueAccuracy }
          inventory { consumptionFen inventoryTurnover }
          purchasing { duplicatesAvoided aboveContractLines priceVarianceVsContract } }
      }`,
      { w: place.warehouse, m: beijingMonth(), c: [place.east] },
    );
    // 周涛 starts the month-end count, 孙红梅 counts it blind and finishes, 钱雅琴 (neither) approves; 钱雅琴 starts the spare parts'.
    const [approved, counting] = seeded.stocktakes.edges.map((e) => e.node);
    expect(seeded.stocktakes.edges).toHaveLength(2);
    expect([approved, counting].map((s) => [s.status, s.startedByName, s.finishedByName, s.approvedByName])).toEqual([
      ['APPROVED', '周涛', '孙红梅', '钱雅琴'],
      ['COUNTING', '钱雅琴', null, null],
    ]);
    // Disinfectant counted by its lot, two bottles short; a box of paper over; the mops as the books say.
    expect(approved.lines.map((l) => [l.item.code, l.batchNo, l.countedQuantity, l.countedByName, l.varianceQuantity, l.varianceValueFen])).toEqual([
      ['CLN-CL-TAB', 'CL-2502', 54, '孙红梅', -2, -2 * 1500],
      ['CLN-MOP', null, 38, '孙红梅', 0, 0],
      ['OFF-A4', null, 19, '孙红梅', 1, 13_500],
    ]);
    // Expected at cost: disinfectant 56 × 15.00, mops 38 × 28.00, paper 18 × 135.00 (demo-materials.spec.ts replays it).
    const accuracy = {
      itemsCounted: 3,
      itemsMatched: 1,
      itemAccuracy: 1 / 3,
      bookValueFen: 433_400,
      varianceValueFen: 16_500,
      valueAccuracy: 1 - 16_500 / 433_400,
    };
    expect(approved.accuracy).toEqual(accuracy);

    // One adjustment (COUNT_DIFFERENCE) by the approver; the shelves and the books now agree.
    const adjustment = await platform.query(
      'materials',
      `SELECT reason, note, adjusted_by_name AS "adjustedByName" FROM stock_adjustment WHERE id = $1 AND warehouse_id = $2`,
      [approved.stockAdjustmentId, place.warehouse],
    );
    expect(adjustment).toEqual([{ reason: 'COUNT_DIFFERENCE', note: `盘点单 ${approved.number}`, adjustedByName: '钱雅琴' }]);
    expect(
      await platform.query(
        'materials',
        `SELECT item.code, line.quantity_delta AS delta, line.unit_cost_fen AS "unitCostFen"
           FROM stock_adjustment_line line JOIN item ON item.id = line.item_id WHERE line.stock_adjustment_id = $1 ORDER BY item.code`,
        [approved.stockAdjustmentId],
      ),
    ).toEqual([
      { code: 'CLN-CL-TAB', delta: -2, unitCostFen: 1500 },
      { code: 'OFF-A4', delta: 1, unitCostFen: 13_500 },
    ]);
    const onHand = (code: string) => seeded.stockLevels.find((l) => l.item.code === code)?.onHand;
    expect(['CLN-CL-TAB', 'CLN-MOP', 'OFF-A4'].map(onHand)).toEqual([54, 38, 19]);

    // The spare parts' count is in progress: two of three lines counted, the books hidden from everyone.
    expect(counting).toMatchObject({ lineCount: 3, countedLineCount: 2, booksVisible: false, accuracy: null, stockAdjustmentId: null });
    expect(counting.lines.map((l) => [l.item.code, l.countedQuantity, l.countedByName, l.varianceQuantity])).toEqual([
      ['AC-FILTER', null, null, null],
      ['LED-T8-12', 80, '孙红梅', null],
      ['TAP-STD', 30, '孙红梅', null],
    ]);

    // This month's KPIs for East: 账物相符率 is the approved count's; turnover and the purchasing figures are there too.
    expect(seeded.materialsKpis).toHaveLength(1);
    const [kpis] = seeded.materialsKpis;
    expect(kpis.campusId).toBe(place.east);
    expect(kpis.stocktake).toEqual({ stocktakes: 1, ...accuracy });
    expect(kpis.inventory.consumptionFen).toBeGreaterThan(0);
    expect(kpis.inventory.inventoryTurnover).toBeGreaterThan(0);
    // The gowns merged and the gloves dropped; the filters bought above contract.
    expect(kpis.purchasing).toMatchObject({ duplicatesAvoided: 2, aboveContractLines: 1 });
    expect(kpis.purchasing.priceVarianceVsContract).toBeGreaterThan(0);
  });

  it("seeds stock on the move: N95s from East to West, cardiology's gowns returned, damaged alcohol written off, lots near expiry", async () => {
    const { warehouses } = await as<{ warehouses: { id: string; code: string }[] }>(groupAdmin, `query($c: ID!) { warehouses(campusId: $c) { id code } }`, {
      c: place.west,
    });
    const westWarehouse = warehouses.find((w) => w.code === 'WH-WEST')!.id;
    type Level = { item: { code: string }; onHand: number; inTransit: number };
    const seeded = await as<{
      stockTransfers: Edges<{
        status: string;
        fromWarehouseId: string;
        fromCampusId: string;
        toCampusId: string;
        dispatchedByName: string;
        receivedByName: string | null;
        lines: { item: { code: string }; quantity: number; destinationLotId: string | null }[];
      }>;
      west: Level[];
      east: Level[];
      departmentCharges: {
        returnedCostFen: number;
        returns: {
          totalCostFen: number;
          reason: string;
          department: { name: string };
          lines: { item: { code: string }; quantity: number; costFen: number }[];
        }[];
      };
      expiringLots: Edges<{ item: { code: string }; daysLeft: number; quantity: number; expired: boolean; quarantined: boolean }>;
    }>(
      groupAdmin,
      `query($w: ID!, $e: ID!, $c: ID!, $d: ID!, $m: String!) {
        stockTransfers(warehouseId: $w, first: 20) { edges { node { status fromWarehouseId fromCampusId toCampusId dispatchedByName receivedByName
          lines { item { code } quantity destinationLotId } } } }
        west: stockLevels(warehouseId: $w) { item { code } onHand inTransit }
        east: stockLevels(warehouseId: $e) { item { code } onHand inTransit }
        departmentCharges(departmentId: $d, month: $m) { returnedCostFen
          returns { totalCostFen reason department { name } lines { item { code } quantity costFen } } }
        expiringLots(campusId: $c, withinDays: 90, first: 100) { edges { node { item { code } daysLeft quantity expired quarantined } } }
      }`,
      { w: westWarehouse, e: place.warehouse, c: place.east, d: place.cardiology, m: beijingMonth() },
    );

    // 孙红梅 sent East's N95s twice; 高明 received the first, the second is on its way.
    const transfers = seeded.stockTransfers.edges.map((e) => e.node);
    expect(
      transfers.map((t) => [
        t.status,
        t.fromWarehouseId,
        t.fromCampusId,
        t.toCampusId,
        t.dispatchedByName,
        t.receivedByName,
        t.lines.map((l) => [l.item.code, l.quantity]),
      ]),
    ).toEqual([
      ['RECEIVED', place.warehouse, place.east, place.west, '孙红梅', '高明', [['PPE-N95', 200]]],
      ['IN_TRANSIT', place.warehouse, place.east, place.west, '孙红梅', null, [['PPE-N95', 100]]],
    ]);
    expect(transfers.map((t) => t.lines.every((l) => l.destinationLotId !== null))).toEqual([true, false]);
    const level = (levels: Level[], code: string) => levels.find((l) => l.item.code === code);
    expect(level(seeded.west, 'PPE-N95')).toEqual({ item: { code: 'PPE-N95' }, onHand: 200, inTransit: 100 });
    expect(level(seeded.east, 'PPE-N95')).toEqual({ item: { code: 'PPE-N95' }, onHand: 300, inTransit: 0 });

    // 4 gowns of the protective-gear issue back on the shelf, credited to cardiology at the 12.00 they were drawn at.
    expect(seeded.departmentCharges.returns).toEqual([
      {
        totalCostFen: 4800,
        reason: '隔离衣尺码偏大（L 码），4 件未拆封退库',
        department: { name: '心血管内科' },
        lines: [{ item: { code: 'PPE-GOWN-ISO' }, quantity: 4, costFen: 4800 }],
      },
    ]);
    expect(seeded.departmentCharges.returnedCostFen).toBe(4800);
    expect(await platform.query('materials', `SELECT returned_by_name AS "returnedByName" FROM stock_return`)).toEqual([{ returnedByName: '孙红梅' }]);

    // 周涛 wrote off 2 broken bottles (报损) from the alcohol lot furthest from its date.
    expect(
      await platform.query(
        'materials',
        `SELECT adjustment.adjusted_by_name AS "adjustedByName", item.code, line.quantity_delta AS delta
           FROM stock_adjustment adjustment JOIN stock_adjustment_line line ON line.stock_adjustment_id = adjustment.id
           JOIN item ON item.id = line.item_id WHERE adjustment.reason = 'DAMAGED'`,
      ),
    ).toEqual([{ adjustedByName: '周涛', code: 'CON-ALC-75', delta: -2 }]);

    // The alcohol's four lots in the 7-, 30- and 90-day bands (近效期), none expired or quarantined yet.
    const band = (daysLeft: number) => (daysLeft <= 7 ? 7 : daysLeft <= 30 ? 30 : 90);
    const alcohol = seeded.expiringLots.edges.map((e) => e.node).filter((lot) => lot.item.code === 'CON-ALC-75');
    expect(alcohol.map((lot) => [band(lot.daysLeft), lot.quantity, lot.expired, lot.quarantined])).toEqual([
      [7, 6, false, false],
      [7, 24, false, false],
      [30, 60, false, false],
      [90, 118, false, false],
    ]);
  });

  it("keeps the work order from campus West's admin", async () => {
    const { workOrders } = await as(groupAdmin, `{ workOrders(first: 1) { edges { node { id } } } }`);
    const id = workOrders.edges[0].node.id;
    const result = await graphql(platform.gatewayUrl, {
      query: `query($id: ID!) { workOrder(id: $id) { id title location { name } } }`,
      variables: { id },
      token: await platform.userToken(people.westAdmin),
      locale: 'zh-CN',
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0].message).toBe(`未找到工单：${id}`);
  });

  it('refuses anonymous callers and forged tokens at the gateway, and over-deep queries', async () => {
    const anonymous = await graphql(platform.gatewayUrl, { query: '{ workOrders { totalCount } }' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const forged = await graphql(platform.gatewayUrl, { query: '{ workOrders { totalCount } }', token: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' });
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const deep = await graphql(platform.gatewayUrl, {
      query:
        '{ workOrders { edges { node { location { building { campus { buildings { edges { node { campus { buildings { edges { node { id } } } } } } } } } } } } } }',
      token: await platform.userToken(groupAdmin),
    });
    expect(deep.errors?.[0].extensions?.code).toMatch(/QUERY_TOO_COMPLEX|INVALID_INPUT/);
  });

  it('does not say what it runs on: no X-Powered-By from the gateway or a service', async () => {
    const responses = await Promise.all([
      fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      fetch(`${platform.process('gateway').url}/health/live`),
      fetch(`${platform.process('org').url}/health/ready`),
      fetch(platform.serviceUrl('maintenance'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
    ]);
    for (const response of responses) {
      await response.arrayBuffer();
      expect({ url: response.url, poweredBy: response.headers.get('x-powered-by') }).toEqual({ url: response.url, poweredBy: null });
    }
  });
});
