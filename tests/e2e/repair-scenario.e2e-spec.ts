import { Identity, Role } from '@houqin/platform-auth';
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
  let place: { east: string; ward5: string; cardiology: string; plumbing: string; valve: string; warehouse: string };

  const as = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance', 'materials'], gateway: true });
    const seedToken = await platform.userToken(groupAdmin);
    for (const service of ['org', 'materials']) await runSeedScript(ROOT, service, platform.gatewayUrl, seedToken);

    // Find everyone and everything the way a client would: by codes and employee numbers, through the gateway.
    const { campuses } = await as<{ campuses: Edges<{ id: string; code: string }> }>(groupAdmin, `{ campuses(first: 10) { edges { node { id code } } } }`);
    const campus = (code: string) => campuses.edges.find((e) => e.node.code === code)!.node.id;
    const east = campus('EAST');
    const west = campus('WEST');
    const directory = await as<{
      staffMembers: Edges<{ id: string; employeeNo: string; name: string }>;
      locations: Edges<{ id: string; code: string; department: { id: string } | null }>;
      teams: Edges<{ id: string; name: string }>;
      items: Edges<{ id: string; code: string }>;
      warehouses: { id: string; campus: { id: string } }[];
    }>(
      groupAdmin,
      `query($east: ID!) {
        staffMembers(campusId: $east, first: 100) { edges { node { id employeeNo name } } }
        locations(campusId: $east, first: 100) { edges { node { id code department { id } } } }
        teams(campusId: $east, first: 50) { edges { node { id name } } }
        items(search: "VAL-DN20", first: 5) { edges { node { id code } } }
        warehouses(campusId: $east) { id campus { id } }
      }`,
      { east },
    );
    const staff = (employeeNo: string) => directory.staffMembers.edges.find((e) => e.node.employeeNo === employeeNo)!.node;
    const ward5 = directory.locations.edges.find((e) => e.node.code === 'E-ZY1-5W')!.node;
    const person = (employeeNo: string, roles: Role[], campusIds = [east]): Identity => ({
      subject: `e2e:${employeeNo}`,
      staffId: staff(employeeNo).id,
      name: staff(employeeNo).name,
      roles,
      campusIds,
    });
    people = {
      nurse: person('E3057', [Role.REQUESTER]),
      dispatcher: person('E1005', [Role.DISPATCHER]),
      technician: person('E1021', [Role.TECHNICIAN]),
      westAdmin: { subject: 'e2e:W1001', staffId: null, name: '高明', roles: [Role.CAMPUS_ADMIN], campusIds: [west] },
    };
    place = {
      east,
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

    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const charges = await as(groupAdmin, `query($d: ID!, $m: String!) { departmentCharges(departmentId: $d, month: $m) { totalCostFen } }`, {
      d: place.cardiology,
      m: month,
    });
    expect(charges.departmentCharges.totalCostFen).toBe(7000);

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
});
