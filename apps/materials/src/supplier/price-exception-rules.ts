import { Identity } from '@houqin/platform-auth';
import { addDays } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import { PRICE_EXCEPTION_APPROVERS } from './supplier-roles';
import { yuan } from './supplier-contract-rules';

/** 超合同价例外 status. EXPIRED is derived: an APPROVED exception past its last valid day. */
export enum PriceExceptionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
}

/** Who asked for an exception, as the rule that they may not decide it sees them. */
type PriceExceptionParties = Pick<PriceExceptionFacts, 'id' | 'requestedBySubject' | 'requestedByStaffId'>;

function requireNotRequester(decider: Identity, exception: PriceExceptionParties): void {
  const sameStaff = exception.requestedByStaffId !== null && exception.requestedByStaffId === decider.staffId;
  if (exception.requestedBySubject === decider.subject || sameStaff) throw new DomainError('PRICE_EXCEPTION_SELF_APPROVAL', { id: exception.id });
}

export enum PriceExceptionAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

/**
 * Only a PENDING exception is decided, once, and never by whoever asked for it (matched by login or by staff
 * record, so a second login of the same person does not help): the purchaser who wants to pay more is not the
 * one who allows it. The state the rules see is the effective one (an approval past its day has EXPIRED).
 */
export const PRICE_EXCEPTION_LIFECYCLE = defineLifecycle<PriceExceptionStatus, PriceExceptionAction, PriceExceptionParties>({
  entity: { type: 'PriceException', en: 'price exception', zh: '超合同价例外', name: (row) => row.id },
  illegalTransition: 'PRICE_EXCEPTION_ILLEGAL_TRANSITION',
  states: {
    PENDING: { en: 'pending', zh: '待审批' },
    APPROVED: { en: 'approved', zh: '已批准' },
    REJECTED: { en: 'rejected', zh: '已驳回' },
    USED: { en: 'used', zh: '已使用' },
    EXPIRED: { en: 'expired', zh: '已过期' },
  },
  actions: {
    APPROVE: {
      from: [PriceExceptionStatus.PENDING],
      to: PriceExceptionStatus.APPROVED,
      en: 'approve',
      zh: '批准',
      roles: PRICE_EXCEPTION_APPROVERS,
      check: requireNotRequester,
    },
    REJECT: {
      from: [PriceExceptionStatus.PENDING],
      to: PriceExceptionStatus.REJECTED,
      en: 'reject',
      zh: '驳回',
      roles: PRICE_EXCEPTION_APPROVERS,
      check: requireNotRequester,
    },
  },
  auditAction: (action) => `price-exception.${action.toLowerCase()}`,
});

/** An approval holds for the day it is given and the 30 days after (China dates): long enough to place the order. */
export const PRICE_EXCEPTION_VALID_DAYS = 30;

export type PriceExceptionDecision = 'APPROVED' | 'REJECTED';

/** What the rules look at in an exception. */
export interface PriceExceptionFacts {
  id: string;
  status: Exclude<PriceExceptionStatus, PriceExceptionStatus.EXPIRED>;
  supplierId: string;
  campusId: string;
  itemId: string;
  unitPriceFen: number;
  maxQuantity: number;
  validUntil: string | null;
  requestedBySubject: string;
  requestedByStaffId: string | null;
}

/** The status as people see it on `day`: an approval past its last valid day has EXPIRED. */
export function effectiveStatus(exception: Pick<PriceExceptionFacts, 'status' | 'validUntil'>, day: string): PriceExceptionStatus {
  if (exception.status === PriceExceptionStatus.APPROVED && exception.validUntil !== null && exception.validUntil < day) return PriceExceptionStatus.EXPIRED;
  return exception.status as PriceExceptionStatus;
}

/** The last day an exception approved on `approvedOn` may be used. */
export const validUntilOf = (approvedOn: string): string => addDays(approvedOn, PRICE_EXCEPTION_VALID_DAYS);

/** One order line as the exception rules see it. */
export interface OrderLineFacts {
  supplierId: string;
  campusId: string;
  itemId: string;
  quantity: number;
  unitPriceFen: number;
  on: string;
}

/** Why an exception cannot cover the line, in both languages; null when it can. */
export function exceptionUnusableReason(exception: PriceExceptionFacts, line: OrderLineFacts): { reason: string; reasonZh: string } | null {
  const status = effectiveStatus(exception, line.on);
  switch (status) {
    case PriceExceptionStatus.PENDING:
      return { reason: 'it is not approved yet', reasonZh: '尚未审批' };
    case PriceExceptionStatus.REJECTED:
      return { reason: 'it was rejected', reasonZh: '已被驳回' };
    case PriceExceptionStatus.USED:
      return { reason: 'it was already used by a purchase order', reasonZh: '已被其他采购订单使用' };
    case PriceExceptionStatus.EXPIRED:
      return { reason: `it expired (valid until ${exception.validUntil})`, reasonZh: `已过期（有效期至 ${exception.validUntil}）` };
    default:
      break;
  }
  if (exception.supplierId !== line.supplierId || exception.campusId !== line.campusId || exception.itemId !== line.itemId) {
    return { reason: 'it is for another supplier, campus or item', reasonZh: '其供应商、院区或物资与订单行不符' };
  }
  if (line.unitPriceFen > exception.unitPriceFen) {
    return {
      reason: `it allows at most ¥${yuan(exception.unitPriceFen)}, the line asks ¥${yuan(line.unitPriceFen)}`,
      reasonZh: `批准单价最高 ${yuan(exception.unitPriceFen)} 元，订单单价 ${yuan(line.unitPriceFen)} 元`,
    };
  }
  if (line.quantity > exception.maxQuantity) {
    return {
      reason: `it covers at most ${exception.maxQuantity}, the line orders ${line.quantity}`,
      reasonZh: `批准数量最多 ${exception.maxQuantity}，订单数量 ${line.quantity}`,
    };
  }
  return null;
}
