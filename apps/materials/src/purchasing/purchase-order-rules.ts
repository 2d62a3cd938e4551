import { DomainError } from '@houqin/platform-errors';
import { chinaToday } from '@houqin/platform-calendar';

export enum PurchaseOrderStatus {
  ORDERED = 'ORDERED',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  /** Closed short: what was not delivered is no longer expected and goes back to its request to order again. */
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export const PURCHASE_ORDER_STATUS_ZH: Record<PurchaseOrderStatus, string> = {
  [PurchaseOrderStatus.ORDERED]: '已下单',
  [PurchaseOrderStatus.PARTIALLY_RECEIVED]: '部分到货',
  [PurchaseOrderStatus.RECEIVED]: '已到货',
  [PurchaseOrderStatus.CLOSED]: '已关闭',
  [PurchaseOrderStatus.CANCELLED]: '已取消',
};

/** 拒收原因 at inspection (验收). */
export enum RejectionReason {
  /** 破损 */
  DAMAGED = 'DAMAGED',
  /** 质量不合格 (wrong spec, no certificate, failed inspection) */
  QUALITY = 'QUALITY',
  /** 近效期或过期 */
  SHORT_DATED = 'SHORT_DATED',
  /** 货品不符 */
  WRONG_ITEM = 'WRONG_ITEM',
  /** 超量: more than is still owed */
  EXCESS = 'EXCESS',
  OTHER = 'OTHER',
}

export type PurchaseOrderAction = 'receive' | 'close' | 'cancel';
const ACTION_ZH: Record<PurchaseOrderAction, string> = { receive: '验收', close: '关闭', cancel: '取消' };
const ALLOWED: Record<PurchaseOrderAction, PurchaseOrderStatus[]> = {
  receive: [PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED],
  close: [PurchaseOrderStatus.PARTIALLY_RECEIVED],
  cancel: [PurchaseOrderStatus.ORDERED],
};

/** An order that has had nothing accepted is cancelled, one partly delivered is closed short; a full one is done. */
export function requireOrderStatus(order: { number: string; status: PurchaseOrderStatus }, action: PurchaseOrderAction): void {
  if (ALLOWED[action].includes(order.status)) return;
  throw new DomainError('PURCHASE_ORDER_STATE', {
    number: order.number,
    status: order.status,
    statusZh: PURCHASE_ORDER_STATUS_ZH[order.status],
    action,
    actionZh: ACTION_ZH[action],
  });
}

/** 验收与采购分离: the purchaser who placed an order does not inspect its delivery. */
export function requireNotPurchaser(identity: { subject: string }, order: { number: string; orderedBySubject: string }): void {
  if (identity.subject === order.orderedBySubject) throw new DomainError('RECEIPT_BY_PURCHASER', { number: order.number });
}

/** One inspected batch as entered: delivered = accepted + rejected; a rejection says why. */
export interface InspectedBatch {
  orderLineId: string;
  item: string;
  delivered: number;
  accepted: number;
  rejected: number;
  rejectionReason: RejectionReason | null;
}

export function checkInspectedBatch(batch: InspectedBatch): void {
  if (batch.accepted + batch.rejected !== batch.delivered || batch.delivered === 0) {
    throw new DomainError('RECEIPT_QUANTITIES_MISMATCH', { item: batch.item, delivered: batch.delivered, accepted: batch.accepted, rejected: batch.rejected });
  }
  if (batch.rejected > 0 && !batch.rejectionReason) throw new DomainError('RECEIPT_REJECTION_REASON_REQUIRED', { item: batch.item, rejected: batch.rejected });
}

/** Accepted units never exceed what the order still owes: an over-delivery's excess is rejected as EXCESS. */
export function checkAcceptedAgainstOrder(order: { number: string }, line: { item: string; ordered: number; accepted: number }, acceptedNow: number): void {
  const outstanding = line.ordered - line.accepted;
  if (acceptedNow > outstanding) throw new DomainError('RECEIPT_EXCEEDS_ORDER', { number: order.number, item: line.item, accepted: acceptedNow, outstanding });
}

export function statusAfterReceipt(lines: { quantityOrdered: number; quantityAccepted: number }[]): PurchaseOrderStatus {
  if (lines.every((line) => line.quantityAccepted >= line.quantityOrdered)) return PurchaseOrderStatus.RECEIVED;
  return lines.some((line) => line.quantityAccepted > 0) ? PurchaseOrderStatus.PARTIALLY_RECEIVED : PurchaseOrderStatus.ORDERED;
}

/** 按时到货: a line accepted in full on or before the agreed date (Beijing calendar); null while it is not complete. */
export function deliveredOnTime(expectedOn: string, receivedInFullAt: Date | null): boolean | null {
  return receivedInFullAt ? chinaToday(receivedInFullAt) <= expectedOn : null;
}
