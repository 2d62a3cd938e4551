import { SeedSend } from '@houqin/platform-local-infra';
import { LotExpiry } from '../expiry/lot-expiry';
import { StockTransferStatus } from '../stock-transfer/stock-transfer.entity';
import { CampusKey, DemoRequisition } from './demo-materials';
import { demoMovements, DemoTransfer } from './demo-movements';

type Actor = 'storekeeper' | 'clerk' | 'westAdmin';

export interface MovementsSeedContext {
  /** As the group admin: the receipts with the demo's fixed ids, and reading back where everything ended. */
  send: SeedSend;
  people: Record<Actor, SeedSend>;
  campusIds: Record<CampusKey, string>;
  warehouseIds: Record<CampusKey, string>;
  /** The id the service gave each demo requisition. */
  requisitionIds: Map<DemoRequisition, string>;
  /** East's departments by name (org demo). */
  departments: Map<string, string>;
  /** Beijing date of seeding. */
  today: string;
}

interface Transfer {
  id: string;
  status: string;
  fromCampusId: string;
  toCampusId: string;
  dispatchedByName: string;
  receivedByName: string | null;
  lines: { item: { id: string }; quantity: number; destinationLotId: string | null }[];
}

const TRANSFER = `id status fromCampusId toCampusId dispatchedByName receivedByName lines { item { id } quantity destinationLotId }`;

/** The seed stops, loudly, the moment stock is not where the story needs it. */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`stock movements demo: ${what}`);
}

const quantityOf = (lines: { item?: { id: string }; itemId?: string; quantity: number }[], itemId: string) =>
  lines.reduce((sum, line) => sum + ((line.item?.id ?? line.itemId) === itemId ? line.quantity : 0), 0);

/**
 * East's stock on the move, each step as the person whose job it is: 孙红梅 (`east-storekeeper`) sends N95s to West
 * twice and books cardiology's return of gowns, 高明 (`west-admin`) receives the first transfer, 周涛 (`east-admin`)
 * writes off damaged alcohol; the alcohol's other lots are left near their expiry for the expiry job.
 */
export async function seedMovements(context: MovementsSeedContext): Promise<string> {
  const { send, people, campusIds, warehouseIds, requisitionIds, departments, today } = context;
  const plan = demoMovements(today);

  for (const receipt of plan.receipts) {
    await send(`mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, { input: { ...receipt, warehouseId: warehouseIds.east } });
  }

  // 1. 调拨: sent by East's storekeeper, in transit until West's admin receives it (the second is left on its way).
  const transfers: [Transfer, DemoTransfer][] = [];
  for (const planned of plan.transfers) {
    const { dispatchStockTransfer: sent } = await people[planned.dispatchedBy]<{ dispatchStockTransfer: Transfer }>(
      `mutation($input: DispatchStockTransferInput!) { dispatchStockTransfer(input: $input) { ${TRANSFER} } }`,
      { input: { fromWarehouseId: warehouseIds[planned.from], toWarehouseId: warehouseIds[planned.to], lines: planned.lines, note: planned.note } },
    );
    check(sent.status === StockTransferStatus.IN_TRANSIT, `transfer ${sent.id} is ${sent.status} once dispatched, not IN_TRANSIT`);
    for (const line of planned.lines) {
      check(quantityOf(sent.lines, line.itemId) === line.quantity, `transfer ${sent.id} sends ${quantityOf(sent.lines, line.itemId)} of item ${line.itemId}`);
    }
    let ended = sent;
    if (planned.receivedBy) {
      ended = (
        await people[planned.receivedBy]<{ receiveStockTransfer: Transfer }>(`mutation($id: ID!) { receiveStockTransfer(id: $id) { ${TRANSFER} } }`, {
          id: sent.id,
        })
      ).receiveStockTransfer;
      check(
        ended.status === StockTransferStatus.RECEIVED && ended.lines.every((line) => line.destinationLotId !== null),
        `transfer ${sent.id} is ${ended.status} after its receipt, with ${ended.lines.filter((line) => !line.destinationLotId).length} lines not received`,
      );
    }
    transfers.push([ended, planned]);
  }
  for (const [transfer, planned] of transfers) {
    const { stockTransfer: read } = await send<{ stockTransfer: Transfer }>(`query($id: ID!) { stockTransfer(id: $id) { ${TRANSFER} } }`, { id: transfer.id });
    check(read.status === planned.status, `transfer ${read.id} is ${read.status}, not ${planned.status}`);
    check(
      read.fromCampusId === campusIds[planned.from] && read.toCampusId === campusIds[planned.to],
      `transfer ${read.id} goes from ${read.fromCampusId} to ${read.toCampusId}, not ${planned.from} to ${planned.to}`,
    );
  }
  // West holds what it received and shows the rest in transit (在途).
  const { stockLevels: west } = await send<{ stockLevels: { item: { id: string }; onHand: number; inTransit: number }[] }>(
    `query($w: ID!) { stockLevels(warehouseId: $w) { item { id } onHand inTransit } }`,
    { w: warehouseIds.west },
  );
  for (const itemId of new Set(plan.transfers.flatMap((t) => t.lines.map((line) => line.itemId)))) {
    const toWest = (status: StockTransferStatus) => plan.transfers.filter((t) => t.to === 'west' && t.status === status).flatMap((t) => t.lines);
    const level = west.find((l) => l.item.id === itemId);
    const expected = {
      onHand: quantityOf(toWest(StockTransferStatus.RECEIVED), itemId),
      inTransit: quantityOf(toWest(StockTransferStatus.IN_TRANSIT), itemId),
    };
    check(
      level?.onHand === expected.onHand && level.inTransit === expected.inTransit,
      `West holds ${level?.onHand} of item ${itemId} with ${level?.inTransit} in transit, not ${expected.onHand} and ${expected.inTransit}`,
    );
  }

  // 2. 退库: part of a requisition's issue comes back into its lots, credited to the department charged for it.
  const { stockReturn: returned } = plan;
  const requisitionId = requisitionIds.get(returned.requisition);
  check(requisitionId !== undefined, `requisition ${returned.requisition.reason} was not seeded`);
  const { requisition } = await send<{ requisition: { number: string; departmentId: string; issues: { stockIssueId: string }[] } }>(
    `query($id: ID!) { requisition(id: $id) { number departmentId issues { stockIssueId } } }`,
    { id: requisitionId },
  );
  check(requisition.issues.length === 1, `requisition ${requisition.number} has ${requisition.issues.length} issues, not one`);
  const department = departments.get(returned.department);
  check(requisition.departmentId === department, `requisition ${requisition.number} is not ${returned.department}'s`);
  const { returnStock: stockReturn } = await people[returned.by]<{
    returnStock: { id: string; departmentId: string; totalCostFen: number; lines: { item: { id: string }; quantity: number }[] };
  }>(`mutation($input: ReturnStockInput!) { returnStock(input: $input) { id departmentId totalCostFen lines { item { id } quantity } } }`, {
    input: { stockIssueId: requisition.issues[0].stockIssueId, lines: returned.lines, reason: returned.reason },
  });
  check(
    stockReturn.departmentId === department && stockReturn.totalCostFen === returned.creditFen,
    `return ${stockReturn.id} credits department ${stockReturn.departmentId} ${stockReturn.totalCostFen} fen, not ${returned.department} ${returned.creditFen}`,
  );

  // 3. 报损 by the campus admin.
  const { writeOff } = plan;
  const { adjustStock: adjusted } = await people[writeOff.by]<{
    adjustStock: { id: string; reason: string; lines: { lotId: string; quantityDelta: number }[] };
  }>(`mutation($input: AdjustStockInput!) { adjustStock(input: $input) { id reason lines { lotId quantityDelta } } }`, {
    input: { warehouseId: warehouseIds.east, reason: writeOff.reason, note: writeOff.note, lines: writeOff.lines },
  });
  check(
    adjusted.reason === writeOff.reason && JSON.stringify(adjusted.lines) === JSON.stringify(writeOff.lines),
    `adjustment ${adjusted.id} is ${adjusted.reason} ${JSON.stringify(adjusted.lines)}, not ${writeOff.reason} ${JSON.stringify(writeOff.lines)}`,
  );

  // 4. 近效期: the alcohol's lots in the 7-, 30- and 90-day bands, none expired yet.
  const { expiringLots } = await send<{
    expiringLots: { edges: { node: { lotId: string; expiresOn: string; daysLeft: number; quantity: number; expired: boolean; quarantined: boolean } }[] };
  }>(`query($c: ID!) { expiringLots(campusId: $c, withinDays: 90, first: 100) { edges { node { lotId expiresOn daysLeft quantity expired quarantined } } } }`, {
    c: campusIds.east,
  });
  const received = new Map(plan.receipts.flatMap((r) => r.lines.map((line) => [line.lotId, line.quantity])));
  // Today again: a seed running past midnight (Beijing) moves every lot a day nearer, in the same band.
  const expiry = new LotExpiry(new Date());
  for (const lot of plan.expiring) {
    const shown = expiringLots.edges.find((e) => e.node.lotId === lot.lotId)?.node;
    check(shown !== undefined, `lot ${lot.lotId} (${lot.daysLeft} days left) is not among East's expiring lots`);
    const step = expiry.step(shown!.expiresOn);
    const quantity = writeOff.lines.reduce((sum, line) => sum + (line.lotId === lot.lotId ? line.quantityDelta : 0), received.get(lot.lotId)!);
    check(
      shown!.daysLeft === expiry.daysLeft(shown!.expiresOn) && step.kind === 'alert' && step.announce === lot.threshold,
      `lot ${lot.lotId} has ${shown!.daysLeft} days left, not in the ${lot.threshold} band`,
    );
    check(!shown!.expired && !shown!.quarantined && shown!.quantity === quantity, `lot ${lot.lotId} holds ${shown!.quantity}, not ${quantity}, or is expired`);
  }

  const inTransit = transfers.filter(([, planned]) => planned.status === StockTransferStatus.IN_TRANSIT).length;
  return (
    `${transfers.length} transfers East → West (${transfers.length - inTransit} received, ${inTransit} in transit), ` +
    `a return of ${requisition.number} credited to ${returned.department}, a ${writeOff.reason} write-off, ` +
    `${plan.expiring.length} lots expiring within 90 days in East`
  );
}
