import { MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import { STOCK_KEEPERS } from '../materials.roles';

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

const S = RequisitionStatus;
const { GROUP_ADMIN, CAMPUS_ADMIN, DEPARTMENT_HEAD, REQUESTER } = Role;
const { MATERIALS_MANAGER } = MaterialsRole;

/** Submission creates the requisition (SubmitRequisition); every other action is a transition. */
export type RequisitionTransition = Exclude<RequisitionAction, RequisitionAction.SUBMIT>;

/** Approval and issue decide their own target (policy skip, what is left outstanding). */
export const REQUISITION_LIFECYCLE = defineLifecycle<RequisitionStatus, RequisitionTransition, { number: string }>({
  entity: { type: 'Requisition', en: 'requisition', zh: '申领单', name: (row) => row.number },
  illegalTransition: 'REQUISITION_ILLEGAL_TRANSITION',
  states: {
    SUBMITTED: { en: 'awaiting the department', zh: '待科室审批' },
    DEPT_APPROVED: { en: 'awaiting the materials office', zh: '待物资科审批' },
    APPROVED: { en: 'approved', zh: '已批准' },
    PARTIALLY_ISSUED: { en: 'partly issued', zh: '部分发放' },
    ISSUED: { en: 'issued', zh: '已发放' },
    CLOSED: { en: 'closed', zh: '已结案' },
    REJECTED: { en: 'rejected', zh: '已驳回' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    APPROVE_DEPARTMENT: { from: [S.SUBMITTED], to: [S.DEPT_APPROVED, S.APPROVED], en: 'approve for the department', zh: '科室审批', roles: [DEPARTMENT_HEAD] },
    APPROVE_MATERIALS_OFFICE: { from: [S.DEPT_APPROVED], to: S.APPROVED, en: 'approve for the materials office', zh: '物资科审批', roles: [MATERIALS_MANAGER] },
    REJECT: { from: [S.SUBMITTED, S.DEPT_APPROVED], to: S.REJECTED, en: 'reject', zh: '驳回', roles: [DEPARTMENT_HEAD, MATERIALS_MANAGER] },
    // Once stock has gone out the requisition is settled by closing its backorder, not by cancelling.
    CANCEL: {
      from: [S.SUBMITTED, S.DEPT_APPROVED, S.APPROVED],
      to: S.CANCELLED,
      en: 'cancel',
      zh: '取消',
      roles: [REQUESTER, DEPARTMENT_HEAD, CAMPUS_ADMIN, GROUP_ADMIN],
    },
    ISSUE: { from: [S.APPROVED, S.PARTIALLY_ISSUED], to: [S.ISSUED, S.PARTIALLY_ISSUED], en: 'issue', zh: '发放', roles: STOCK_KEEPERS },
    // The store (it will not be supplied) or the department (it is no longer needed).
    CLOSE_BACKORDER: {
      from: [S.PARTIALLY_ISSUED],
      to: S.CLOSED,
      en: 'close the backorder of',
      zh: '结案（关闭欠发）',
      roles: [...STOCK_KEEPERS, MATERIALS_MANAGER, DEPARTMENT_HEAD, REQUESTER],
    },
    GRANT_EXCHANGE_EXEMPTION: {
      from: [S.APPROVED, S.PARTIALLY_ISSUED],
      to: 'stays',
      en: 'grant an exchange exemption on',
      zh: '批准免交旧品',
      roles: [MATERIALS_MANAGER],
    },
  },
  auditAction: (action) => `requisition.${action.toLowerCase().replace(/_/g, '-')}`,
});

export const REQUISITION_STATUS_LABELS_ZH = REQUISITION_LIFECYCLE.stateLabelsZh();

/** The approval step the requisition waits for: the department's first, then the materials office's. */
export const approvalActionOf = (requisition: { status: RequisitionStatus }) =>
  requisition.status === S.DEPT_APPROVED ? RequisitionAction.APPROVE_MATERIALS_OFFICE : RequisitionAction.APPROVE_DEPARTMENT;

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
