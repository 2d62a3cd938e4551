import { DomainError } from '@houqin/platform-errors';

/**
 * 提交 → 科室审批 → 物资科审批 → 发放 (in one go or in parts). The materials office step is skipped when the
 * campus policy allows it; rejection ends the requisition before it is approved; the department may cancel
 * it until something is issued; a backorder that will not be met is closed.
 */
export enum RequisitionStatus {
  /** 待科室审批: waits for the head of the department. */
  SUBMITTED = 'SUBMITTED',
  /** 待物资科审批: the department approved; the materials office has not. */
  DEPT_APPROVED = 'DEPT_APPROVED',
  /** 已批准: nothing issued yet. */
  APPROVED = 'APPROVED',
  /** 部分发放: some approved units issued, the rest on backorder. */
  PARTIALLY_ISSUED = 'PARTIALLY_ISSUED',
  /** 已发放: every approved unit issued. */
  ISSUED = 'ISSUED',
  /** 已结案: the backorder was closed; what was issued stays issued. */
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

export enum RequisitionAction {
  SUBMIT = 'SUBMIT',
  APPROVE_DEPARTMENT = 'APPROVE_DEPARTMENT',
  APPROVE_MATERIALS_OFFICE = 'APPROVE_MATERIALS_OFFICE',
  REJECT = 'REJECT',
  CANCEL = 'CANCEL',
  ISSUE = 'ISSUE',
  CLOSE_BACKORDER = 'CLOSE_BACKORDER',
  /** The materials office lets units of a durable line go out without an old one; the status does not change. */
  GRANT_EXCHANGE_EXEMPTION = 'GRANT_EXCHANGE_EXEMPTION',
}

export const REQUISITION_STATUS_LABELS_ZH: Record<RequisitionStatus, string> = {
  SUBMITTED: '待科室审批',
  DEPT_APPROVED: '待物资科审批',
  APPROVED: '已批准',
  PARTIALLY_ISSUED: '部分发放',
  ISSUED: '已发放',
  CLOSED: '已结案',
  REJECTED: '已驳回',
  CANCELLED: '已取消',
};

const S = RequisitionStatus;

type Transition = Exclude<RequisitionAction, RequisitionAction.SUBMIT>;

/** Where each action may start. Approval and issue decide their own target (policy skip, what is left outstanding). */
const FROM: Record<Transition, { from: RequisitionStatus[]; en: string; zh: string }> = {
  APPROVE_DEPARTMENT: { from: [S.SUBMITTED], en: 'approve for the department', zh: '科室审批' },
  APPROVE_MATERIALS_OFFICE: { from: [S.DEPT_APPROVED], en: 'approve for the materials office', zh: '物资科审批' },
  REJECT: { from: [S.SUBMITTED, S.DEPT_APPROVED], en: 'reject', zh: '驳回' },
  // Once stock has gone out the requisition is settled by closing its backorder, not by cancelling.
  CANCEL: { from: [S.SUBMITTED, S.DEPT_APPROVED, S.APPROVED], en: 'cancel', zh: '取消' },
  ISSUE: { from: [S.APPROVED, S.PARTIALLY_ISSUED], en: 'issue', zh: '发放' },
  CLOSE_BACKORDER: { from: [S.PARTIALLY_ISSUED], en: 'close the backorder of', zh: '结案（关闭欠发）' },
  GRANT_EXCHANGE_EXEMPTION: { from: [S.APPROVED, S.PARTIALLY_ISSUED], en: 'grant an exchange exemption on', zh: '批准免交旧品' },
};

type Stated = { number: string; status: RequisitionStatus };

/** REQUISITION_ILLEGAL_TRANSITION: `action` (in both languages) is not possible in the requisition's status. */
export function illegalTransition(requisition: Stated, action: { en: string; zh: string }): DomainError {
  return new DomainError('REQUISITION_ILLEGAL_TRANSITION', {
    number: requisition.number,
    from: requisition.status,
    fromZh: REQUISITION_STATUS_LABELS_ZH[requisition.status],
    action: action.en,
    actionZh: action.zh,
  });
}

/** Refuses an action the requisition's status does not allow. */
export function requireActionAllowed(requisition: Stated, action: Transition): void {
  if (!FROM[action].from.includes(requisition.status)) throw illegalTransition(requisition, FROM[action]);
}

/** The status after an approval: the department's approval ends the chain when the policy skips the materials office. */
export function statusAfterApproval(action: RequisitionAction.APPROVE_DEPARTMENT | RequisitionAction.APPROVE_MATERIALS_OFFICE, materialsOfficeNeeded: boolean) {
  return action === RequisitionAction.APPROVE_DEPARTMENT && materialsOfficeNeeded ? S.DEPT_APPROVED : S.APPROVED;
}

/** The status after an issue: done when nothing approved is left outstanding, else partly issued with a backorder. */
export function statusAfterIssue(outstanding: number): RequisitionStatus {
  return outstanding === 0 ? S.ISSUED : S.PARTIALLY_ISSUED;
}

/** Statuses in which approved units are owed to the department (the backorder, 欠发). */
export const AWAITING_ISSUE: readonly RequisitionStatus[] = [S.APPROVED, S.PARTIALLY_ISSUED];
