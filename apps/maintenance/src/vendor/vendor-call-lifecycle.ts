import { MaintenanceRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { VendorCallStatus } from './vendor-call-status';
import type { VendorCallRow } from './vendor.entity';

export enum VendorCallAction {
  ARRIVE = 'ARRIVE',
  FINISH = 'FINISH',
  CANCEL = 'CANCEL',
}

const S = VendorCallStatus;
const SUPERVISORS = [MaintenanceRole.DISPATCHER, Role.CAMPUS_ADMIN, Role.GROUP_ADMIN];

/** A call still waiting for the vendor or with the vendor at work: at most one per work order. */
export const OPEN_VENDOR_CALL: readonly VendorCallStatus[] = [S.CALLED, S.ON_SITE];

/** Vendors are called for orders someone has been dispatched to and that are not yet completed. */
export const VENDOR_CALLABLE: readonly WorkOrderStatus[] = [WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS];

export const VENDOR_CALL_LIFECYCLE = defineLifecycle<VendorCallStatus, VendorCallAction, VendorCallRow>({
  entity: { type: 'VendorCall', en: 'vendor call', zh: '外请记录' },
  illegalTransition: 'VENDOR_CALL_ILLEGAL_TRANSITION',
  states: {
    CALLED: { en: 'called', zh: '已外请' },
    ON_SITE: { en: 'on site', zh: '已到场' },
    FINISHED: { en: 'finished', zh: '已完工' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    // Finishing needs the arrival first, so every finished call has its on-site time for the SLA. The technician
    // the order is assigned to meets the vendor at the equipment and may record the arrival.
    ARRIVE: { from: [S.CALLED], to: S.ON_SITE, en: 'record the arrival of', zh: '登记到场', roles: [...SUPERVISORS, MaintenanceRole.TECHNICIAN] },
    FINISH: { from: [S.ON_SITE], to: S.FINISHED, en: 'finish', zh: '登记完工', roles: SUPERVISORS },
    CANCEL: { from: [S.CALLED, S.ON_SITE], to: S.CANCELLED, en: 'cancel', zh: '取消', roles: SUPERVISORS },
  },
  auditAction: (action) => `vendor_call.${action.toLowerCase()}`,
});

export const VENDOR_CALL_STATUS_LABELS_ZH = VENDOR_CALL_LIFECYCLE.stateLabelsZh();

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
