import { domainErrorOf } from '@houqin/platform-errors';
import {
  REQUISITION_LIFECYCLE,
  RequisitionAction,
  RequisitionStatus,
  RequisitionTransition,
  statusAfterApproval,
  statusAfterIssue,
} from './requisition-lifecycle';

const S = RequisitionStatus;
const A = RequisitionAction;
const at = (status: RequisitionStatus) => ({ number: 'SL-20250601-000001', status });

describe('requisition lifecycle', () => {
  const allowed = (action: RequisitionTransition) => Object.values(S).filter((status) => REQUISITION_LIFECYCLE.allows(status, action));

  it('allows each action only from its statuses', () => {
    expect(allowed(A.APPROVE_DEPARTMENT)).toEqual([S.SUBMITTED]);
    expect(allowed(A.APPROVE_MATERIALS_OFFICE)).toEqual([S.DEPT_APPROVED]);
    expect(allowed(A.REJECT)).toEqual([S.SUBMITTED, S.DEPT_APPROVED]);
    expect(allowed(A.CANCEL)).toEqual([S.SUBMITTED, S.DEPT_APPROVED, S.APPROVED]);
    expect(allowed(A.ISSUE)).toEqual([S.APPROVED, S.PARTIALLY_ISSUED]);
    expect(allowed(A.CLOSE_BACKORDER)).toEqual([S.PARTIALLY_ISSUED]);
    expect(allowed(A.GRANT_EXCHANGE_EXEMPTION)).toEqual([S.APPROVED, S.PARTIALLY_ISSUED]);
  });

  it('explains a refused action in both languages', () => {
    const error = domainErrorOf(() => REQUISITION_LIFECYCLE.next(S.ISSUED, A.CANCEL, at(S.ISSUED)));
    expect(error.code).toBe('REQUISITION_ILLEGAL_TRANSITION');
    expect(error.messages).toEqual({
      'zh-CN': '申领单 SL-20250601-000001：当前状态为“已发放”，不能取消',
      en: 'Cannot cancel requisition SL-20250601-000001 that is issued',
    });
  });

  it('skips the materials office only when the department approves a requisition the policy lets through', () => {
    expect(statusAfterApproval(A.APPROVE_DEPARTMENT, true)).toBe(S.DEPT_APPROVED);
    expect(statusAfterApproval(A.APPROVE_DEPARTMENT, false)).toBe(S.APPROVED);
    expect(statusAfterApproval(A.APPROVE_MATERIALS_OFFICE, true)).toBe(S.APPROVED);
  });

  it('is issued when nothing is outstanding, partly issued otherwise', () => {
    expect(statusAfterIssue(0)).toBe(S.ISSUED);
    expect(statusAfterIssue(3)).toBe(S.PARTIALLY_ISSUED);
  });
});
