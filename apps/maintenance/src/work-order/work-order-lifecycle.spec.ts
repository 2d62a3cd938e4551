import { DomainError } from '@houqin/platform-errors';
import { allowedActions, reopenableUntil, TransitionAction, WORK_ORDER_LIFECYCLE, WorkOrderAction as A } from './work-order-lifecycle';
import { WorkOrderStatus as S } from './work-order-status';

const nextStatus = (status: S, action: TransitionAction) => WORK_ORDER_LIFECYCLE.next(status, action);

describe('work-order lifecycle', () => {
  it('follows 报修 → 派工 → 接单 → 开工 → 完工 → 签单 → 关闭', () => {
    let status = S.SUBMITTED;
    for (const [action, expected] of [
      [A.DISPATCH, S.DISPATCHED],
      [A.ACCEPT, S.ACCEPTED],
      [A.START, S.IN_PROGRESS],
      [A.COMPLETE, S.COMPLETED],
      [A.SIGN_OFF, S.SIGNED_OFF],
      [A.CLOSE, S.CLOSED],
    ] as const) {
      status = nextStatus(status, action);
      expect(status).toBe(expected);
    }
  });

  it('rejects skipping steps with ILLEGAL_TRANSITION naming the current status', () => {
    expect(() => nextStatus(S.SUBMITTED, A.START)).toThrow(DomainError);
    try {
      nextStatus(S.SUBMITTED, A.COMPLETE);
    } catch (error) {
      expect((error as DomainError).code).toBe('ILLEGAL_TRANSITION');
      expect((error as DomainError).messages).toEqual({
        'zh-CN': '工单：当前状态为“已报修”，不能完工',
        en: 'Cannot complete a work order that is submitted',
      });
    }
  });

  it('allows re-dispatch before work starts, but not after', () => {
    expect(nextStatus(S.ACCEPTED, A.DISPATCH)).toBe(S.DISPATCHED);
    expect(() => nextStatus(S.IN_PROGRESS, A.DISPATCH)).toThrow(DomainError);
  });

  it('cancels only unfinished work and reopens only finished work', () => {
    for (const s of [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS]) expect(nextStatus(s, A.CANCEL)).toBe(S.CANCELLED);
    for (const s of [S.COMPLETED, S.SIGNED_OFF, S.CLOSED, S.CANCELLED]) expect(() => nextStatus(s, A.CANCEL)).toThrow(DomainError);
    for (const s of [S.COMPLETED, S.SIGNED_OFF, S.CLOSED]) expect(nextStatus(s, A.REOPEN)).toBe(S.SUBMITTED);
    expect(() => nextStatus(S.CANCELLED, A.REOPEN)).toThrow(DomainError);
  });

  it('lists the next actions for the console', () => {
    expect(allowedActions(S.SUBMITTED).sort()).toEqual([A.CANCEL, A.DISPATCH].sort());
    expect(allowedActions(S.CANCELLED)).toEqual([]);
    expect(allowedActions(S.COMPLETED).sort()).toEqual([A.REOPEN, A.SIGN_OFF].sort());
    expect(allowedActions(S.IN_PROGRESS)).toContain(A.PAUSE_CLOCK);
    expect(allowedActions(S.IN_PROGRESS)).not.toContain(A.RESUME_CLOCK);
    expect(allowedActions(S.IN_PROGRESS, true)).toContain(A.RESUME_CLOCK);
    expect(allowedActions(S.IN_PROGRESS, true)).not.toContain(A.PAUSE_CLOCK);
  });

  it('pauses the clock only on accepted or started work, and keeps the status', () => {
    expect(nextStatus(S.IN_PROGRESS, A.PAUSE_CLOCK)).toBe(S.IN_PROGRESS);
    expect(nextStatus(S.ACCEPTED, A.RESUME_CLOCK)).toBe(S.ACCEPTED);
    for (const s of [S.SUBMITTED, S.DISPATCHED, S.COMPLETED, S.CLOSED]) expect(() => nextStatus(s, A.PAUSE_CLOCK)).toThrow(DomainError);
  });
});

describe('reopen window', () => {
  const completedAt = new Date('2026-11-01T08:00:00Z');
  it('runs 7 days from sign-off, or from completion when not signed off', () => {
    expect(reopenableUntil({ status: S.COMPLETED, completedAt, signedOffAt: null })).toEqual(new Date('2026-11-08T08:00:00Z'));
    expect(reopenableUntil({ status: S.CLOSED, completedAt, signedOffAt: new Date('2026-11-02T09:00:00Z') })).toEqual(new Date('2026-11-09T09:00:00Z'));
  });
  it('does not apply to unfinished or cancelled work', () => {
    expect(reopenableUntil({ status: S.IN_PROGRESS, completedAt: null, signedOffAt: null })).toBeNull();
    expect(reopenableUntil({ status: S.CANCELLED, completedAt: null, signedOffAt: null })).toBeNull();
  });
});
