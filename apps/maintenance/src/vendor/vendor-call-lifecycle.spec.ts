import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import { requireCallTime, VENDOR_CALL_LIFECYCLE, VendorCallAction } from './vendor-call-lifecycle';
import { VendorCallStatus } from './vendor-call-status';

const nextVendorCallStatus = (status: VendorCallStatus, action: VendorCallAction) => VENDOR_CALL_LIFECYCLE.next(status, action);

const { CALLED, ON_SITE, FINISHED, CANCELLED } = VendorCallStatus;
const { ARRIVE, FINISH, CANCEL } = VendorCallAction;

describe('vendor call lifecycle', () => {
  it('goes called → on site → finished, and may be cancelled until finished', () => {
    expect(nextVendorCallStatus(CALLED, ARRIVE)).toBe(ON_SITE);
    expect(nextVendorCallStatus(ON_SITE, FINISH)).toBe(FINISHED);
    expect(nextVendorCallStatus(CALLED, CANCEL)).toBe(CANCELLED);
    expect(nextVendorCallStatus(ON_SITE, CANCEL)).toBe(CANCELLED);
  });

  it('refuses anything else, saying so in both languages', () => {
    expect(codeOf(() => nextVendorCallStatus(CALLED, FINISH))).toBe('VENDOR_CALL_ILLEGAL_TRANSITION');
    expect(codeOf(() => nextVendorCallStatus(ON_SITE, ARRIVE))).toBe('VENDOR_CALL_ILLEGAL_TRANSITION');
    for (const done of [FINISHED, CANCELLED]) for (const action of [ARRIVE, FINISH, CANCEL]) expect(() => nextVendorCallStatus(done, action)).toThrow();
    expect(domainErrorOf(() => nextVendorCallStatus(FINISHED, CANCEL)).messages).toEqual({
      'zh-CN': '外请记录：当前状态为“已完工”，不能取消',
      en: 'Cannot cancel a vendor call that is finished',
    });
  });
});

describe('times entered for a call', () => {
  const calledAt = new Date('2026-06-01T01:15:00Z');
  const now = new Date('2026-06-01T02:00:00Z');

  it('accepts the past since the call, and a little clock skew', () => {
    expect(requireCallTime('arrivedAt', calledAt, calledAt, now)).toBe(calledAt);
    const skewed = new Date(now.getTime() + 4 * 60_000);
    expect(requireCallTime('arrivedAt', skewed, calledAt, now)).toBe(skewed);
  });

  it('refuses the future, a time before the call, and no time at all', () => {
    const future = domainErrorOf(() => requireCallTime('arrivedAt', new Date(now.getTime() + 6 * 60_000), calledAt, now));
    expect(future.code).toBe('TIME_IN_FUTURE');
    expect(future.messages['zh-CN']).toBe('arrivedAt 不能晚于当前时间：2026-06-01 10:06');
    const early = domainErrorOf(() => requireCallTime('arrivedAt', new Date(calledAt.getTime() - 60_000), calledAt, now));
    expect(early.messages.en).toBe('arrivedAt (2026-06-01 09:14) must be on or after calledAt (2026-06-01 09:15)');
    expect(codeOf(() => requireCallTime('arrivedAt', new Date('not a time'), calledAt, now))).toBe('INVALID_INPUT');
  });
});
