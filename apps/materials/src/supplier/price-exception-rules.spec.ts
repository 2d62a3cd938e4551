import { MaterialsRole } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { domainErrorOf } from '@houqin/platform-errors';
import {
  effectiveStatus,
  exceptionUnusableReason,
  PRICE_EXCEPTION_LIFECYCLE,
  PriceExceptionAction,
  PriceExceptionDecision,
  PriceExceptionFacts,
  PriceExceptionStatus,
  validUntilOf,
} from './price-exception-rules';

const S = PriceExceptionStatus;
const pending: PriceExceptionFacts = {
  id: 'ex-1',
  status: S.PENDING,
  supplierId: 'supplier',
  campusId: 'east',
  itemId: 'gloves',
  unitPriceFen: 80,
  maxQuantity: 1000,
  validUntil: null,
  requestedBySubject: 'buyer-zhang',
  requestedByStaffId: 'staff-zhang',
};
const approved: PriceExceptionFacts = { ...pending, status: S.APPROVED, validUntil: '2026-07-01' };
const person = (subject: string, staffId: string | null): Identity => ({
  subject,
  staffId,
  name: subject,
  roles: [MaterialsRole.MATERIALS_MANAGER],
  campusIds: ['east'],
});

describe('price exception status', () => {
  it('expires after the 30 days following the approval day', () => {
    expect(validUntilOf('2026-06-01')).toBe('2026-07-01');
    expect(effectiveStatus(approved, '2026-07-01')).toBe(S.APPROVED);
    expect(effectiveStatus(approved, '2026-07-02')).toBe(S.EXPIRED);
    expect(effectiveStatus(pending, '2027-01-01')).toBe(S.PENDING);
    expect(effectiveStatus({ status: S.USED, validUntil: '2026-07-01' }, '2026-08-01')).toBe(S.USED);
  });
});

describe('deciding a price exception', () => {
  /** The lifecycle's checks as the runner makes them: the state as people see it on `today`, then who decides. */
  const requireDecidable = (exception: PriceExceptionFacts, decider: Identity, decision: PriceExceptionDecision, today: string) => {
    const action = decision === 'APPROVED' ? PriceExceptionAction.APPROVE : PriceExceptionAction.REJECT;
    PRICE_EXCEPTION_LIFECYCLE.next(effectiveStatus(exception, today), action, exception);
    PRICE_EXCEPTION_LIFECYCLE.check(action, decider, exception);
  };

  it('is someone else’s: not the requester’s login, nor another login of the same staff member', () => {
    expect(() => requireDecidable(pending, person('office-liu', 'staff-liu'), 'APPROVED', '2026-06-01')).not.toThrow();
    for (const self of [person('buyer-zhang', null), person('buyer-zhang-2', 'staff-zhang')]) {
      const error = domainErrorOf(() => requireDecidable(pending, self, 'REJECTED', '2026-06-01'));
      expect(error.code).toBe('PRICE_EXCEPTION_SELF_APPROVAL');
      expect(error.messages).toEqual({
        'zh-CN': '超合同价例外 ex-1 由您申请，须由他人审批',
        en: 'You requested price exception ex-1; someone else must approve or reject it',
      });
    }
  });

  it('happens once, while pending', () => {
    const error = domainErrorOf(() => requireDecidable(approved, person('office-liu', null), 'REJECTED', '2026-06-02'));
    expect(error.code).toBe('PRICE_EXCEPTION_ILLEGAL_TRANSITION');
    expect(error.messages['zh-CN']).toBe('超合同价例外 ex-1：当前状态为“已批准”，不能驳回');
    expect(domainErrorOf(() => requireDecidable(approved, person('office-liu', null), 'APPROVED', '2026-08-01')).messages.en).toBe(
      'Cannot approve price exception ex-1 that is expired',
    );
  });
});

describe('using a price exception on an order line', () => {
  const line = { supplierId: 'supplier', campusId: 'east', itemId: 'gloves', quantity: 1000, unitPriceFen: 80, on: '2026-06-15' };

  it('covers a line of the same supplier, campus and item up to its price and quantity', () => {
    expect(exceptionUnusableReason(approved, line)).toBeNull();
    expect(exceptionUnusableReason(approved, { ...line, quantity: 10, unitPriceFen: 75 })).toBeNull();
  });

  it('says why it cannot', () => {
    const why = (facts: PriceExceptionFacts, changes: Partial<typeof line> = {}) => exceptionUnusableReason(facts, { ...line, ...changes })?.reason;
    expect(why(pending)).toBe('it is not approved yet');
    expect(why({ ...approved, status: S.REJECTED })).toBe('it was rejected');
    expect(why({ ...approved, status: S.USED })).toBe('it was already used by a purchase order');
    expect(why(approved, { on: '2026-07-02' })).toBe('it expired (valid until 2026-07-01)');
    expect(why(approved, { campusId: 'west' })).toBe('it is for another supplier, campus or item');
    expect(why(approved, { itemId: 'masks' })).toBe('it is for another supplier, campus or item');
    expect(why(approved, { unitPriceFen: 81 })).toBe('it allows at most ¥0.80, the line asks ¥0.81');
    expect(why(approved, { quantity: 1001 })).toBe('it covers at most 1000, the line orders 1001');
    expect(exceptionUnusableReason(approved, { ...line, quantity: 1001 })?.reasonZh).toBe('批准数量最多 1000，订单数量 1001');
  });
});
