import { SeedSend } from '@houqin/platform-local-infra';
import { DEMO_SUPPLIERS } from './demo-materials';
import { demoContractPrice, demoContracts, DemoDelivery, DemoDepartmentDemand, DemoPriceException, demoPurchasing } from './demo-purchasing';

type Actor = 'planner' | 'purchaser' | 'office' | 'storekeeper';

export interface PurchasingSeedContext {
  /** As the group admin: suppliers with the demo's fixed ids (only group admins choose ids). */
  send: SeedSend;
  people: Record<Actor, SeedSend>;
  eastCampusId: string;
  eastWarehouseId: string;
  /** East's departments by name (org demo). */
  departments: Map<string, string>;
  /** Beijing date of seeding. */
  today: string;
  /** Retries while materials has not yet learnt a department from org's events. */
  onceReplicated: <T>(send: () => Promise<T>) => Promise<T>;
}

interface RequestLine {
  id: string;
  item: { id: string };
  status: string;
  remaining: number;
  duplicate: { kind: string; documentNumber: string } | null;
  mergedIntoLineId: string | null;
}
interface Request {
  id: string;
  number: string;
  status: string;
  lines: RequestLine[];
}
interface OrderLine {
  id: string;
  item: { id: string };
  outstanding: number;
  priceExceptionId: string | null;
}
interface Order {
  id: string;
  number: string;
  status: string;
  lines: OrderLine[];
}
interface Exception {
  id: string;
  status: string;
}

const REQUEST = `id number status lines { id item { id } status remaining duplicate { kind documentNumber } mergedIntoLineId }`;
const ORDER = `id number status lines { id item { id } outstanding priceExceptionId }`;
const EXCEPTION = `id status`;

/** The seed stops, loudly, the moment a document is not where the story needs it. */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`purchasing demo: ${what}`);
}
const checkStatus = (document: { number?: string; id: string; status: string }, status: string, what: string) =>
  check(document.status === status, `${what} ${document.number ?? document.id} is ${document.status}, not ${status}`);

function lineOf<T extends { item: { id: string } }>(lines: T[], itemId: string, what: string): T {
  const line = lines.find((candidate) => candidate.item.id === itemId);
  check(line !== undefined, `${what} has no line for item ${itemId}`);
  return line!;
}

/**
 * East's purchasing, each step as the person whose job it is: the group admin enters the suppliers, the purchaser
 * (叶文斌) signs the contracts, asks for price exceptions and orders, the planner (邓晓峰) raises requests and settles
 * duplicates, the materials office (钱雅琴) approves, the storekeeper (孙红梅) receives.
 */
export async function seedPurchasing(context: PurchasingSeedContext): Promise<string> {
  const { send, people, eastCampusId, eastWarehouseId, departments, today, onceReplicated } = context;
  const plan = demoPurchasing(today);
  const contracts = demoContracts(today);

  for (const supplier of DEMO_SUPPLIERS) await send(`mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`, { input: supplier });
  for (const contract of contracts) {
    const { createSupplierContract: signed } = await people.purchaser<{ createSupplierContract: { contractNo: string; status: string } }>(
      `mutation($input: CreateSupplierContractInput!) { createSupplierContract(input: $input) { contractNo status } }`,
      { input: contract },
    );
    check(signed.status === 'IN_FORCE', `contract ${signed.contractNo} is ${signed.status}, not IN_FORCE`);
  }

  const departmentDemand = (demand: DemoDepartmentDemand) => {
    const departmentId = departments.get(demand.department);
    if (!departmentId) throw new Error(`department ${demand.department} is missing: seed org first`);
    return { itemId: demand.itemId, quantity: demand.quantity, source: 'DEPARTMENT', departmentId, note: demand.note };
  };
  const raise = async (demands: object[], note: string) =>
    (
      await onceReplicated(() =>
        people.planner<{ createPurchaseRequest: Request }>(
          `mutation($input: CreatePurchaseRequestInput!) { createPurchaseRequest(input: $input) { ${REQUEST} } }`,
          {
            input: { warehouseId: eastWarehouseId, demands, note },
          },
        ),
      )
    ).createPurchaseRequest;
  const approve = async (request: Request, comment: string) => {
    const { approvePurchaseRequest: approved } = await people.office<{ approvePurchaseRequest: Request }>(
      `mutation($id: ID!, $comment: String) { approvePurchaseRequest(id: $id, comment: $comment) { ${REQUEST} } }`,
      { id: request.id, comment },
    );
    checkStatus(approved, 'APPROVED', 'purchase request');
    return approved;
  };
  /** Every open line of the request, in full, at `price` (the contract price, or the exception's). */
  const order = async (
    request: Request,
    { supplierId, expectedOn, note }: { supplierId: string; expectedOn: string; note: string },
    price: (itemId: string) => { unitPriceFen: number; priceExceptionId?: string },
  ) => {
    const lines = request.lines
      .filter((line) => line.status === 'OPEN')
      .map((line) => ({ purchaseRequestLineId: line.id, quantity: line.remaining, ...price(line.item.id) }));
    const { createPurchaseOrder: placed } = await people.purchaser<{ createPurchaseOrder: Order }>(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { ${ORDER} } }`,
      { input: { supplierId, expectedOn, note, lines } },
    );
    checkStatus(placed, 'ORDERED', 'purchase order');
    return placed;
  };
  const receive = async (placed: Order, delivery: DemoDelivery) => {
    const batches = delivery.batches.map(({ itemId, ...batch }) => ({ purchaseOrderLineId: lineOf(placed.lines, itemId, placed.number).id, ...batch }));
    return (
      await people.storekeeper<{ receivePurchaseOrder: Order }>(
        `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { ${ORDER} } }`,
        { input: { purchaseOrderId: placed.id, deliveryNoteNo: delivery.deliveryNoteNo, invoiceNo: delivery.invoiceNo, batches } },
      )
    ).receivePurchaseOrder;
  };
  const askException = async (exception: DemoPriceException) =>
    (
      await people.purchaser<{ requestPriceException: Exception }>(
        `mutation($input: RequestPriceExceptionInput!) { requestPriceException(input: $input) { ${EXCEPTION} } }`,
        { input: { ...exception, campusId: eastCampusId } },
      )
    ).requestPriceException;
  const contractPrice = (supplierId: string) => (itemId: string) => {
    const unitPriceFen = demoContractPrice(contracts, supplierId, itemId);
    if (unitPriceFen === undefined) throw new Error(`purchasing demo: no contract price of supplier ${supplierId} for item ${itemId}`);
    return { unitPriceFen };
  };

  // 1. 集中采购: two departments' gloves and the mask reserve's suggestion, in the quantity the service suggests.
  const { consolidated } = plan;
  const { purchaseDemand } = await people.planner<{ purchaseDemand: { item: { id: string }; quantity: number }[] }>(
    `query($w: ID!) { purchaseDemand(warehouseId: $w) { item { id } quantity } }`,
    { w: eastWarehouseId },
  );
  const suggested = consolidated.replenish.map((itemId) => {
    const suggestion = purchaseDemand.find((demand) => demand.item.id === itemId);
    check(suggestion !== undefined, `purchaseDemand suggests nothing for item ${itemId} (the mask reserve demo should)`);
    return { itemId, quantity: suggestion!.quantity, source: 'REPLENISHMENT' };
  });
  const pooled = await raise([...consolidated.demands.map(departmentDemand), ...suggested], consolidated.note);
  checkStatus(pooled, 'SUBMITTED', 'purchase request');
  check(
    pooled.lines.every((line) => line.status === 'OPEN'),
    `purchase request ${pooled.number} has lines ${pooled.lines.map((l) => l.status).join(', ')}, not all OPEN`,
  );
  const pooledOrder = await order(await approve(pooled, consolidated.approvalComment), consolidated.order, contractPrice(consolidated.order.supplierId));
  const [firstDelivery, ...laterDeliveries] = consolidated.deliveries;
  let delivered = await receive(pooledOrder, firstDelivery);
  checkStatus(delivered, 'PARTIALLY_RECEIVED', 'purchase order');

  // 2. 重复采购识别: gloves again while the order still owes some → flagged ON_ORDER and dropped ...
  const { duplicate, merged } = plan;
  const again = await raise(duplicate.demands.map(departmentDemand), duplicate.note);
  const flagged = lineOf(again.lines, duplicate.drop.itemId, again.number);
  check(
    flagged.status === 'FLAGGED' && flagged.duplicate?.kind === 'ON_ORDER' && flagged.duplicate.documentNumber === pooledOrder.number,
    `line of ${again.number} is ${flagged.status} (${JSON.stringify(flagged.duplicate)}), not FLAGGED as on order on ${pooledOrder.number}`,
  );
  check(
    again.lines.every((line) => line === flagged || line.status === 'OPEN'),
    `purchase request ${again.number} has other lines that are not OPEN: the office could not approve it`,
  );
  const { resolvePurchaseDuplicate: settled } = await people.planner<{ resolvePurchaseDuplicate: Request }>(
    `mutation($input: ResolvePurchaseDuplicateInput!) { resolvePurchaseDuplicate(input: $input) { ${REQUEST} } }`,
    { input: { purchaseRequestLineId: flagged.id, keep: false, reason: duplicate.drop.reason } },
  );
  check(lineOf(settled.lines, duplicate.drop.itemId, settled.number).status === 'DROPPED', `the duplicate line of ${settled.number} was not dropped`);
  // ... and gowns while that request still waits for the office → merged into it.
  const mergedRequest = await raise(merged.demands.map(departmentDemand), merged.note);
  checkStatus(mergedRequest, 'MERGED', 'purchase request');
  const mergedInto = lineOf(settled.lines, merged.demands[0].itemId, settled.number).id;
  check(
    mergedRequest.lines.every((line) => line.status === 'MERGED' && line.mergedIntoLineId === mergedInto),
    `purchase request ${mergedRequest.number} did not merge into ${settled.number}`,
  );
  for (const delivery of laterDeliveries) delivered = await receive(pooledOrder, delivery);
  for (const line of delivered.lines) {
    const replenished = consolidated.replenish.includes(line.item.id);
    check(
      replenished ? line.outstanding > 0 : line.outstanding === 0,
      `${pooledOrder.number}: item ${line.item.id} has ${line.outstanding} outstanding (${replenished ? 'masks stay on order' : 'gloves are complete'})`,
    );
  }

  // 3. 超合同价例外, asked for by the purchaser, approved by the office, used on one order line.
  const { aboveContract } = plan;
  const filters = await approve(await raise(aboveContract.demands.map(departmentDemand), aboveContract.note), aboveContract.approvalComment);
  const exception = await askException(aboveContract.exception);
  checkStatus(exception, 'PENDING', 'price exception');
  const { approvePriceException: allowed } = await people.office<{ approvePriceException: Exception }>(
    `mutation($id: ID!, $comment: String) { approvePriceException(id: $id, comment: $comment) { ${EXCEPTION} } }`,
    { id: exception.id, comment: aboveContract.exceptionComment },
  );
  checkStatus(allowed, 'APPROVED', 'price exception');
  const filterOrder = await order(filters, aboveContract.order, () => ({ unitPriceFen: aboveContract.exception.unitPriceFen, priceExceptionId: exception.id }));
  check(
    filterOrder.lines.every((line) => line.priceExceptionId === exception.id),
    `purchase order ${filterOrder.number} does not use price exception ${exception.id}`,
  );

  // 4. 合同外采购 left to the office.
  const offContract = await askException(plan.offContract);

  // Where everything ends, read back as the console shows it.
  const ends: [field: 'purchaseRequest' | 'purchaseOrder' | 'priceException', id: string, status: string][] = [
    ['purchaseRequest', pooled.id, 'ORDERED'],
    ['purchaseRequest', settled.id, 'SUBMITTED'],
    ['purchaseRequest', mergedRequest.id, 'MERGED'],
    ['purchaseRequest', filters.id, 'ORDERED'],
    ['purchaseOrder', pooledOrder.id, 'PARTIALLY_RECEIVED'],
    ['purchaseOrder', filterOrder.id, 'ORDERED'],
    ['priceException', exception.id, 'USED'],
    ['priceException', offContract.id, 'PENDING'],
  ];
  for (const [field, id, status] of ends) {
    const fields = field === 'priceException' ? 'id status' : 'id number status';
    const document = (
      await send<Record<string, { id: string; number?: string; status: string }>>(`query($id: ID!) { ${field}(id: $id) { ${fields} } }`, { id })
    )[field];
    checkStatus(document, status, field);
  }
  // Masks stay short of their reserve (the reserve demo) with the rest of the order on its way.
  const { stockLevels } = await send<{ stockLevels: { item: { id: string }; onOrder: number; belowReserve: boolean }[] }>(
    `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onOrder belowReserve } }`,
    { w: eastWarehouseId },
  );
  for (const itemId of consolidated.replenish) {
    const level = lineOf(stockLevels, itemId, "East's stock levels");
    check(level.onOrder > 0 && level.belowReserve, `item ${itemId} in East: onOrder ${level.onOrder}, belowReserve ${level.belowReserve}`);
  }
  return (
    `${DEMO_SUPPLIERS.length} suppliers on annual contracts; in East ${pooled.number} pools two departments' gloves and the mask suggestion into ` +
    `${pooledOrder.number} (gloves received with a rejection, masks still owed), a duplicate dropped, a request merged and one waiting for the office, ` +
    `${filterOrder.number} above contract on an approved exception, an off-contract exception pending`
  );
}
