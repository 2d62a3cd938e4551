import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';
import { WorkOrderStatus } from '../work-order/work-order-lifecycle';

/** 外请 → 到场 → 完工, or 取消 before it is finished. */
export enum VendorCallStatus {
  CALLED = 'CALLED',
  ON_SITE = 'ON_SITE',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

export enum VendorCallAction {
  ARRIVE = 'ARRIVE',
  FINISH = 'FINISH',
  CANCEL = 'CANCEL',
}

export const VENDOR_CALL_STATUS_LABELS_ZH: Record<VendorCallStatus, string> = { CALLED: '已外请', ON_SITE: '已到场', FINISHED: '已完工', CANCELLED: '已取消' };

const S = VendorCallStatus;

/** A call still waiting for the vendor or with the vendor at work: at most one per work order. */
export const OPEN_VENDOR_CALL: readonly VendorCallStatus[] = [S.CALLED, S.ON_SITE];

/** Vendors are called for orders someone has been dispatched to and that are not yet completed. */
export const VENDOR_CALLABLE: readonly WorkOrderStatus[] = [WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS];

const TRANSITIONS: Record<VendorCallAction, { from: VendorCallStatus[]; to: VendorCallStatus; en: string; zh: string }> = {
  // Finishing needs the arrival first, so every finished call has its on-site time for the SLA.
  ARRIVE: { from: [S.CALLED], to: S.ON_SITE, en: 'record the arrival of', zh: '登记到场' },
  FINISH: { from: [S.ON_SITE], to: S.FINISHED, en: 'finish', zh: '登记完工' },
  CANCEL: { from: [S.CALLED, S.ON_SITE], to: S.CANCELLED, en: 'cancel', zh: '取消' },
};

export function nextVendorCallStatus(current: VendorCallStatus, action: VendorCallAction): VendorCallStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current))
    throw new DomainError('VENDOR_CALL_ILLEGAL_TRANSITION', {
      from: current,
      fromZh: VENDOR_CALL_STATUS_LABELS_ZH[current],
      action: rule.en,
      actionZh: rule.zh,
    });
  return rule.to;
}

/** Clock skew tolerated between the caller's device and the server. */
const SKEW_MS = 5 * 60_000;

/** A moment of the call entered after the fact (the vendor's arrival): not in the future, not before the call. */
export function requireCallTime(field: string, value: Date, calledAt: Date, now: Date): Date {
  if (Number.isNaN(value.getTime())) throw new DomainError('INVALID_INPUT', { detail: `${field} is not a time` });
  if (value.getTime() > now.getTime() + SKEW_MS) throw new DomainError('TIME_IN_FUTURE', { field, value: chinaDateTime(value) });
  if (value < calledAt) {
    throw new DomainError('INVALID_DATE_RANGE', {
      field,
      value: chinaDateTime(value),
      relation: 'on or after',
      relationZh: '不早于',
      other: 'calledAt',
      otherValue: chinaDateTime(calledAt),
    });
  }
  return value;
}
