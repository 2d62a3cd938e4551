import { runSeed } from '@houqin/platform-local-infra';
import { DEMO_EAST_USE, DEMO_ITEMS, DEMO_REQUISITION_POLICIES, DEMO_REQUISITIONS, demoStock } from './demo-materials';

/** Materials learns the campuses from org's events; right after org's seed they may still be on their way. */
async function onceReplicated<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 60 || !String(error).includes('NOT_FOUND')) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Seeds the demo catalogue, one warehouse per campus with its deliveries, reorder points, approval policies and requisitions. */
runSeed('materials', async ({ send }) => {
  const existing = await send<{ items: { totalCount: number } }>(`{ items(first: 1) { totalCount } }`);
  if (existing.items.totalCount > 0) return 'already seeded';
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
  // The seed has only the group admin's token, so requisitions are entered as paper forms (补录) for the demo
  // nurse: approving them needs the head of her department and the materials office, which the seed cannot be.
  const staffIds = new Map<string, string>();
  for (const campusId of Object.values(campusIds)) {
    const { staffMembers } = await send<{ staffMembers: { edges: { node: { id: string; employeeNo: string } }[] } }>(
      `query($c: ID!) { staffMembers(campusId: $c, first: 100) { edges { node { id employeeNo } } } }`,
      { c: campusId },
    );
    for (const { node } of staffMembers.edges) staffIds.set(node.employeeNo, node.id);
  }
  for (const { campus, requesterEmployeeNo, reason, lines, cancelReason } of DEMO_REQUISITIONS) {
    const requesterStaffId = staffIds.get(requesterEmployeeNo);
    if (!requesterStaffId) throw new Error(`staff member ${requesterEmployeeNo} is missing: seed org first`);
    const { submitRequisition } = await onceReplicated(() =>
      send<{ submitRequisition: { id: string } }>(`mutation($input: SubmitRequisitionInput!) { submitRequisition(input: $input) { id } }`, {
        input: { warehouseId: warehouseOf.get(campusIds[campus]), requesterStaffId, reason, lines },
      }),
    );
    if (cancelReason) {
      await send(`mutation($id: ID!, $reason: String!) { cancelRequisition(id: $id, reason: $reason) { id } }`, {
        id: submitRequisition.id,
        reason: cancelReason,
      });
    }
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
  return `${DEMO_ITEMS.length} items, 3 warehouses, ${lots} stock lots, ${DEMO_REQUISITION_POLICIES.length} approval policies, ${DEMO_REQUISITIONS.length} requisitions, masks below their 30-day reserve in East`;
});
