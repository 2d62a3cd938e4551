import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';

export enum PurchaseRequestStatus {
  /** Waiting for the materials office. */
  SUBMITTED = 'SUBMITTED',
  /** May be ordered. */
  APPROVED = 'APPROVED',
  /** Every open line is on purchase orders. */
  ORDERED = 'ORDERED',
  /** Every line was merged into other open requests: nothing left of its own. */
  MERGED = 'MERGED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

export const PURCHASE_REQUEST_STATUS_ZH: Record<PurchaseRequestStatus, string> = {
  [PurchaseRequestStatus.SUBMITTED]: '待审批',
  [PurchaseRequestStatus.APPROVED]: '已审批',
  [PurchaseRequestStatus.ORDERED]: '已下单',
  [PurchaseRequestStatus.MERGED]: '已合并',
  [PurchaseRequestStatus.REJECTED]: '已驳回',
  [PurchaseRequestStatus.CANCELLED]: '已取消',
};

export enum PurchaseLineStatus {
  OPEN = 'OPEN',
  /** Already requested or on order elsewhere: the planner drops or keeps it before the request can be approved. */
  FLAGGED = 'FLAGGED',
  MERGED = 'MERGED',
  DROPPED = 'DROPPED',
}

export enum DuplicateKind {
  /** Another request of the campus, not yet approved, asks for the item: the line is merged into it. */
  OPEN_REQUEST = 'OPEN_REQUEST',
  /** Another approved request of the campus still has the item to order. */
  APPROVED_REQUEST = 'APPROVED_REQUEST',
  /** A purchase order of the campus still has the item coming. */
  ON_ORDER = 'ON_ORDER',
}

export const DUPLICATE_KIND_ZH: Record<DuplicateKind, string> = {
  [DuplicateKind.OPEN_REQUEST]: '已在待审批的采购申请中',
  [DuplicateKind.APPROVED_REQUEST]: '已在已审批待下单的采购申请中',
  [DuplicateKind.ON_ORDER]: '已在途（采购订单未到货）',
};

export enum DemandSourceKind {
  DEPARTMENT = 'DEPARTMENT',
  REQUISITION_BACKORDER = 'REQUISITION_BACKORDER',
  REPLENISHMENT = 'REPLENISHMENT',
}

/**
 * How far back a pending request or order counts as the same purchase: a month covers the seeds' case (two
 * departments ordering the same gloves within weeks) without flagging next month's regular order.
 */
export const DUPLICATE_WINDOW_DAYS = 30;

export interface DemandSource {
  kind: DemandSourceKind;
  departmentId: string | null;
  requisitionId: string | null;
  quantity: number;
  note: string | null;
}

export interface ConsolidatedLine {
  itemId: string;
  quantity: number;
  sources: DemandSource[];
}

/** 需求汇总: one line per item, in the order items first appear, carrying every department's and suggestion's share. */
export function consolidateDemand(demands: { itemId: string; source: DemandSource }[]): ConsolidatedLine[] {
  const lines = new Map<string, ConsolidatedLine>();
  for (const { itemId, source } of demands) {
    const line = lines.get(itemId) ?? { itemId, quantity: 0, sources: [] };
    line.quantity += source.quantity;
    line.sources.push(source);
    lines.set(itemId, line);
  }
  return [...lines.values()];
}

/** A purchase of the same item already under way at the campus. */
export interface PendingPurchase {
  kind: DuplicateKind;
  /** Where it is to be delivered: only a request for the same warehouse can absorb a line. */
  warehouseId: string;
  documentId: string;
  documentNumber: string;
  lineId: string;
  itemId: string;
  /** Still to order (requests) or still coming (orders). */
  quantity: number;
}

export type DuplicateVerdict = { action: 'MERGE'; into: PendingPurchase } | { action: 'FLAG'; of: PendingPurchase } | null;

/**
 * 重复采购识别: a request still waiting for approval absorbs the new demand (merging cannot buy twice, and the
 * office approves the sum once). Anything further along — approved, or ordered and not yet delivered — cannot
 * change underneath its approver (nor can another warehouse's request take it), so the new line is flagged for
 * the planner to drop or justify. The largest
 * pending quantity is named, as the likeliest twin.
 */
export function duplicateVerdict(itemId: string, warehouseId: string, pending: PendingPurchase[]): DuplicateVerdict {
  const same = pending.filter((p) => p.itemId === itemId).sort((a, b) => b.quantity - a.quantity || a.documentNumber.localeCompare(b.documentNumber));
  const open = same.find((p) => p.kind === DuplicateKind.OPEN_REQUEST && p.warehouseId === warehouseId);
  if (open) return { action: 'MERGE', into: open };
  return same.length ? { action: 'FLAG', of: same[0] } : null;
}

/** 计划、采购两条线: whoever raised a request neither approves it nor orders it. */
export function requireNotPlanner(identity: Identity, request: { number: string; createdBySubject: string }, step: 'approve' | 'order'): void {
  if (identity.subject !== request.createdBySubject) return;
  throw new DomainError(step === 'approve' ? 'PURCHASE_SELF_APPROVAL' : 'PURCHASE_ORDER_BY_PLANNER', { number: request.number });
}

export type PurchaseRequestAction = 'approve' | 'reject' | 'cancel' | 'resolve' | 'order';

const ACTION_ZH: Record<PurchaseRequestAction, string> = { approve: '审批', reject: '驳回', cancel: '取消', resolve: '处理重复项', order: '下单' };

const ALLOWED: Record<PurchaseRequestAction, PurchaseRequestStatus[]> = {
  approve: [PurchaseRequestStatus.SUBMITTED],
  reject: [PurchaseRequestStatus.SUBMITTED],
  resolve: [PurchaseRequestStatus.SUBMITTED],
  cancel: [PurchaseRequestStatus.SUBMITTED, PurchaseRequestStatus.APPROVED],
  order: [PurchaseRequestStatus.APPROVED],
};

export function requireRequestStatus(request: { number: string; status: PurchaseRequestStatus }, action: PurchaseRequestAction): void {
  if (ALLOWED[action].includes(request.status)) return;
  throw new DomainError('PURCHASE_REQUEST_STATE', {
    number: request.number,
    status: request.status,
    statusZh: PURCHASE_REQUEST_STATUS_ZH[request.status],
    action,
    actionZh: ACTION_ZH[action],
  });
}

/** The office approves a request whose duplicates are settled and which still has something to buy. */
export function requireApprovable(
  request: { number: string },
  lines: { status: PurchaseLineStatus; itemLabel: string; duplicateOfNumber: string | null }[],
): void {
  const flagged = lines.find((line) => line.status === PurchaseLineStatus.FLAGGED);
  if (flagged)
    throw new DomainError('PURCHASE_DUPLICATE_UNRESOLVED', { number: request.number, item: flagged.itemLabel, other: flagged.duplicateOfNumber ?? '' });
  if (!lines.some((line) => line.status === PurchaseLineStatus.OPEN)) throw new DomainError('PURCHASE_REQUEST_EMPTY', { number: request.number });
}

/** Ordered in full once every open line is on orders; back to approved when an order gave quantities back. */
export function statusAfterOrdering(lines: { status: PurchaseLineStatus; quantity: number; quantityOrdered: number }[]): PurchaseRequestStatus {
  const open = lines.filter((line) => line.status === PurchaseLineStatus.OPEN);
  return open.every((line) => line.quantityOrdered >= line.quantity) ? PurchaseRequestStatus.ORDERED : PurchaseRequestStatus.APPROVED;
}
