import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { eventually, graphqlData, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/** The gateway, query and pipeline benchmarks' one campus: a ward with its department, a plumbing crew, a valve in stock. */
export interface EastCampus {
  admin: Identity;
  valve: string;
  /** Runs `query` on `service` directly, as the bench's group admin (who is also the crew's technician). */
  call(service: 'org' | 'maintenance' | 'materials', query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
  /** Submits a repair request at the ward; returns the work order's id. */
  submit(): Promise<string>;
  /** Dispatches a submitted work order to the bench's technician, who accepts and starts it. */
  toInProgress(id: string): Promise<void>;
  /** Completes a work order in progress with one valve. */
  complete(id: string): Promise<void>;
}

const seeded = new WeakMap<TestPlatform, Promise<EastCampus>>();

/** The campus on `platform`, set up by the first benchmark that asks for it. */
export function eastCampus(platform: TestPlatform): Promise<EastCampus> {
  if (!seeded.has(platform)) seeded.set(platform, seed(platform));
  return seeded.get(platform)!;
}

async function seed(platform: TestPlatform): Promise<EastCampus> {
  const east = randomUUID();
  const admin: Identity = { subject: 'bench', staffId: randomUUID(), name: '压测', roles: [Role.GROUP_ADMIN, MaintenanceRole.TECHNICIAN], campusIds: [east] };
  const call: EastCampus['call'] = async (service, query, variables = {}) =>
    graphqlData<Record<string, any>>(platform.serviceUrl(service), { query, variables, identityToken: await platform.identityToken(admin) });

  await call('org', `mutation($id: ID!) { createCampus(input: { id: $id, code: "EAST", name: "东院" }) { id } }`, { id: east });
  const building = (await call('org', `mutation($c: ID!) { createBuilding(input: { campusId: $c, code: "ZY1", name: "1号住院楼" }) { id } }`, { c: east }))
    .createBuilding.id;
  const department = (
    await call('org', `mutation($c: ID!) { createDepartment(input: { campusId: $c, name: "心血管内科", costCentreCode: "CC-1001" }) { id } }`, { c: east })
  ).createDepartment.id;
  const ward = (
    await call(
      'org',
      `mutation($c: ID!, $b: ID!, $d: ID!) { createLocation(input: { campusId: $c, buildingId: $b, departmentId: $d, kind: WARD, code: "5W", name: "5病区" }) { id } }`,
      { c: east, b: building, d: department },
    )
  ).createLocation.id;
  const team = (await call('org', `mutation($c: ID!) { createTeam(input: { campusId: $c, name: "水电班", trade: PLUMBING }) { id } }`, { c: east })).createTeam
    .id;
  await call(
    'org',
    `mutation($id: ID!, $c: ID!, $t: ID!) { createStaff(input: { id: $id, campusId: $c, teamId: $t, employeeNo: "B0001", name: "压测技工" }) { id } }`,
    {
      id: admin.staffId,
      c: east,
      t: team,
    },
  );
  // Maintenance learns the directory from org's events.
  await eventually(
    async () => ((await platform.query('maintenance', `SELECT 1 FROM org_staff_replica WHERE id = $1`, [admin.staffId])).length ? true : undefined),
    60_000,
    'maintenance org replica',
  );
  const valve = (await call('materials', `mutation { createItem(input: { code: "VAL-DN20", name: "截止阀 DN20", unit: "个", category: SPARE_PART }) { id } }`))
    .createItem.id;
  const warehouse = (
    await call('materials', `mutation($c: ID!) { createWarehouse(input: { campusId: $c, code: "WH-EAST", name: "东院区总库" }) { id } }`, { c: east })
  ).createWarehouse.id;
  await call(
    'materials',
    `mutation($w: ID!, $i: ID!) { receiveGoods(input: { warehouseId: $w, lines: [{ itemId: $i, quantity: 100000, unitCostFen: 3500 }] }) { id } }`,
    {
      w: warehouse,
      i: valve,
    },
  );

  return {
    admin,
    valve,
    call,
    submit: async () =>
      (
        await call('maintenance', `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
          i: { campusId: east, locationId: ward, departmentId: department, category: 'PLUMBING', priority: 'NORMAL', title: '阀门漏水' },
        })
      ).submitRepairRequest.id,
    toInProgress: async (id) => {
      await call('maintenance', `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`, {
        i: { workOrderId: id, teamId: team, technicianId: admin.staffId },
      });
      await call('maintenance', `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id });
      await call('maintenance', `mutation($id: ID!) { startWorkOrder(workOrderId: $id) { status } }`, { id });
    },
    complete: async (id) => {
      await call('maintenance', `mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { status } }`, {
        i: { workOrderId: id, labourMinutes: 30, parts: [{ itemId: valve, quantity: 1 }] },
      });
    },
  };
}
