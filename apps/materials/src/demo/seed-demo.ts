import { chinaToday } from '@houqin/platform-calendar';
import { onceReplicated, runSeed, SeedSend } from '@houqin/platform-local-infra';
import {
  DEMO_EAST_USE,
  DEMO_ITEMS,
  DEMO_PEOPLE,
  DEMO_REQUISITION_POLICIES,
  DEMO_REQUISITIONS,
  DemoPerson,
  DemoRequisition,
  DemoRequisitionStep,
  demoStock,
} from './demo-materials';
import { seedMovements } from './seed-movements';
import { seedPurchasing } from './seed-purchasing';
import { seedStocktakes } from './seed-stocktakes';

type People = Record<DemoPerson, SeedSend>;

type Stated = { id: string; number: string; status: string };

/** A requisition mutation by name: `approveRequisition(input: $input)`, or `rejectRequisition(id: $id, reason: $reason)`. */
async function requisitionMutation(actor: SeedSend, name: string, variables: { input: object } | { id: string; reason: string }): Promise<Stated> {
  const [params, args] =
    'input' in variables
      ? [`$input: ${name[0].toUpperCase()}${name.slice(1)}Input!`, 'input: $input']
      : ['$id: ID!, $reason: String!', 'id: $id, reason: $reason'];
  return (await actor<Record<string, Stated>>(`mutation(${params}) { ${name}(${args}) { id number status } }`, variables))[name];
}

/** The mutation that takes a step after submission, with its variables. */
function stepMutation(step: DemoRequisitionStep, id: string): [name: string, variables: { input: object } | { id: string; reason: string }] {
  switch (step.action) {
    case 'approve':
      return ['approveRequisition', { input: { id, comment: step.comment, lines: step.lines } }];
    case 'issue':
      return ['issueRequisition', { input: { id, lines: step.lines, returnedOld: step.returnedOld, note: step.note } }];
    case 'reject':
      return ['rejectRequisition', { id, reason: step.reason }];
    case 'cancel':
      return ['cancelRequisition', { id, reason: step.reason }];
  }
}

/** Submits one demo requisition and takes its steps, each as the person whose job it is; checks where it ends; returns its id. */
async function seedRequisition(requisition: DemoRequisition, people: People, warehouseId: string, staffIds: Map<string, string>): Promise<string> {
  const { submittedBy, requesterEmployeeNo, reason, lines } = requisition;
  // A paper form names whom it is for; the nurse asking for herself is the requester.
  const requesterStaffId = submittedBy === 'clerk' ? staffIds.get(requesterEmployeeNo) : undefined;
  if (submittedBy === 'clerk' && !requesterStaffId) throw new Error(`staff member ${requesterEmployeeNo} is missing: seed org first`);
  let state = await onceReplicated(() =>
    requisitionMutation(people[submittedBy], 'submitRequisition', { input: { warehouseId, reason, lines, requesterStaffId } }),
  );
  for (const step of requisition.steps) {
    const [name, variables] = stepMutation(step, state.id);
    const take = () => requisitionMutation(people[step.by], name, variables);
    // The head's staff record (their department) reaches materials by event, like the nurse's.
    state = await (step.action === 'approve' && step.by === 'head' ? onceReplicated(take, ['REQUISITION_APPROVER_NOT_ELIGIBLE']) : take());
  }
  if (state.status !== requisition.status) throw new Error(`requisition ${state.number} (${reason}) ended ${state.status}, not ${requisition.status}`);
  return state.id;
}

/**
 * Seeds the demo catalogue, one warehouse per campus with its deliveries, reorder points and approval policies,
 * then East's requisitions, submitted, approved, issued, rejected and cancelled by the demo's people, then
 * suppliers, contracts and East's purchasing (after the masks' use, so their reserve asks for an order), then
 * East's stocktakes (after everything whose stock the other demos check), and last stock on the move: transfers to
 * West, a department's return, a write-off and lots near their expiry (on items none of the above counts).
 */
runSeed('materials', async ({ send, as }) => {
  const existing = await send<{ items: { totalCount: number } }>(`{ items(first: 1) { totalCount } }`);
  if (existing.items.totalCount > 0) return 'already seeded';
  // Every token up front: a missing one fails the seed before it writes anything.
  const people = Object.fromEntries(Object.entries(DEMO_PEOPLE).map(([person, login]) => [person, as(login)])) as People;
  const campuses = await send<{ campuses: { edges: { node: { id: string; code: string } }[] } }>(`{ campuses(first: 20) { edges { node { id code } } } }`);
  const idOf = (code: string) => {
    const found = campuses.campuses.edges.find((e) => e.node.code === code);
    if (!found) throw new Error(`campus ${code} is missing: seed org first`);
    return found.node.id;
  };
  for (const item of DEMO_ITEMS) await send(`mutation($input: CreateItemInput!) { createItem(input: $input) { id } }`, { input: item });
  let lots = 0;
  const campusIds = { east: idOf('EAST'), west: idOf('WEST'), south: idOf('SOUTH') };
  const warehouseOf = new Map<string, string>();
  for (const stock of demoStock(campusIds)) {
    warehouseOf.set(stock.warehouse.campusId, stock.warehouse.id);
    await onceReplicated(() => send(`mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`, { input: stock.warehouse }));
    for (const receipt of stock.receipts) {
      await send(`mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, {
        input: { id: receipt.id, warehouseId: stock.warehouse.id, supplierName: receipt.supplierName, receivedAt: receipt.receivedAt, lines: receipt.lines },
      });
      lots += receipt.lines.length;
    }
    for (const point of stock.reorderPoints) {
      await send(`mutation($input: SetReorderPointInput!) { setReorderPoint(input: $input) { onHand } }`, {
        input: { warehouseId: stock.warehouse.id, ...point },
      });
    }
  }
  for (const { campus, ...policy } of DEMO_REQUISITION_POLICIES) {
    await send(`mutation($input: SetRequisitionPolicyInput!) { setRequisitionPolicy(input: $input) { campusId } }`, {
      input: { campusId: campusIds[campus], ...policy },
    });
  }
  const staffIds = new Map<string, string>();
  for (const campusId of Object.values(campusIds)) {
    const { staffMembers } = await send<{ staffMembers: { edges: { node: { id: string; employeeNo: string } }[] } }>(
      `query($c: ID!) { staffMembers(campusId: $c, first: 100) { edges { node { id employeeNo } } } }`,
      { c: campusId },
    );
    for (const { node } of staffMembers.edges) staffIds.set(node.employeeNo, node.id);
  }
  const requisitionIds = new Map<DemoRequisition, string>();
  for (const requisition of DEMO_REQUISITIONS) {
    requisitionIds.set(requisition, await seedRequisition(requisition, people, warehouseOf.get(campusIds[requisition.campus])!, staffIds));
  }
  const { departments } = await send<{ departments: { edges: { node: { id: string; name: string } }[] } }>(
    `query($c: ID!) { departments(campusId: $c, first: 100) { edges { node { id name } } } }`,
    { c: campusIds.east },
  );
  const emergency = departments.edges.find((e) => e.node.name === DEMO_EAST_USE.department)?.node.id;
  if (!emergency) throw new Error(`department ${DEMO_EAST_USE.department} is missing: seed org first`);
  await send(`mutation($input: IssueStockInput!) { issueStock(input: $input) { id } }`, {
    input: { warehouseId: warehouseOf.get(campusIds.east), departmentId: emergency, lines: DEMO_EAST_USE.lines },
  });
  const eastDepartments = new Map(departments.edges.map((e) => [e.node.name, e.node.id]));
  const purchasing = await seedPurchasing({
    send,
    people,
    eastCampusId: campusIds.east,
    eastWarehouseId: warehouseOf.get(campusIds.east)!,
    departments: eastDepartments,
    today: chinaToday(new Date()),
    onceReplicated,
  });
  const stocktakes = await seedStocktakes({ send, people, eastWarehouseId: warehouseOf.get(campusIds.east)! });
  const movements = await seedMovements({
    send,
    people,
    campusIds,
    warehouseIds: { east: warehouseOf.get(campusIds.east)!, west: warehouseOf.get(campusIds.west)!, south: warehouseOf.get(campusIds.south)! },
    requisitionIds,
    departments: eastDepartments,
    today: chinaToday(new Date()),
  });
  return `${DEMO_ITEMS.length} items, 3 warehouses, ${lots} stock lots, ${DEMO_REQUISITION_POLICIES.length} approval policies, ${DEMO_REQUISITIONS.length} requisitions in East (one in every state), masks below their 30-day reserve in East; ${purchasing}; ${stocktakes}; ${movements}`;
});
