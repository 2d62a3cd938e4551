import { MaterialsRole } from '@houqin/contracts';
import { CampusScope, hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError, forbidden } from '@houqin/platform-errors';
import { approvalActionOf, REQUISITION_LIFECYCLE, RequisitionAction, RequisitionStatus } from './requisition-lifecycle';

/** The two approvals, in order: 科室负责人 of the requisition's department, then 物资科 of its campus. */
export enum ApprovalStep {
  DEPARTMENT = 'DEPARTMENT',
  MATERIALS_OFFICE = 'MATERIALS_OFFICE',
}

/** What the access rules need to know about a requisition. */
export interface RequisitionParties {
  number: string;
  status: RequisitionStatus;
  campusId: string;
  departmentId: string;
  departmentName: string;
  /** The staff member the requisition is for. */
  requesterStaffId: string;
  /** Who entered it: the requester, or a campus admin entering a paper form for them. */
  submittedBySubject: string;
  departmentApproverSubject: string | null;
  departmentApproverStaffId: string | null;
}

/** The caller, with the department their staff record is in (null without an active staff record or department). */
export interface Caller {
  identity: Identity;
  departmentId: string | null;
}

/** A person is the same whether recognised by login (subject) or by staff record: one may change without the other. */
const isPerson = (identity: Identity, subject: string | null, staffId: string | null) =>
  identity.subject === subject || (identity.staffId !== null && identity.staffId === staffId);

const isHeadOf = (caller: Caller, departmentId: string) => hasAnyRole(caller.identity, [Role.DEPARTMENT_HEAD]) && caller.departmentId === departmentId;

const isMaterialsOfficeOf = (identity: Identity, campusId: string) =>
  hasAnyRole(identity, [MaterialsRole.MATERIALS_MANAGER]) && CampusScope.of(identity).allows(campusId);

/**
 * Who may approve or reject a requisition now, and at which step. Segregation of duties comes first: nobody
 * decides on a requisition submitted by or for them, and the materials office approval never comes from the
 * person who approved for the department (a head who is also in the materials office approves once).
 */
export function requireApprover(requisition: RequisitionParties, caller: Caller, verb: 'approve' | 'reject'): ApprovalStep {
  const step =
    requisition.status === RequisitionStatus.SUBMITTED
      ? ApprovalStep.DEPARTMENT
      : requisition.status === RequisitionStatus.DEPT_APPROVED
        ? ApprovalStep.MATERIALS_OFFICE
        : null;
  if (!step)
    throw REQUISITION_LIFECYCLE.refusal(requisition.status, verb === 'approve' ? approvalActionOf(requisition) : RequisitionAction.REJECT, requisition);
  const { identity } = caller;
  if (isPerson(identity, requisition.submittedBySubject, requisition.requesterStaffId)) {
    throw new DomainError('REQUISITION_SELF_APPROVAL', { number: requisition.number });
  }
  if (step === ApprovalStep.MATERIALS_OFFICE && isPerson(identity, requisition.departmentApproverSubject, requisition.departmentApproverStaffId)) {
    throw new DomainError('REQUISITION_SAME_APPROVER', { number: requisition.number });
  }
  const eligible = step === ApprovalStep.DEPARTMENT ? isHeadOf(caller, requisition.departmentId) : isMaterialsOfficeOf(identity, requisition.campusId);
  if (!eligible) {
    throw new DomainError(
      'REQUISITION_APPROVER_NOT_ELIGIBLE',
      step === ApprovalStep.DEPARTMENT
        ? { number: requisition.number, approver: `the head of ${requisition.departmentName}`, approverZh: `${requisition.departmentName}科室负责人` }
        : { number: requisition.number, approver: 'the materials office', approverZh: '物资科' },
    );
  }
  return step;
}

/** The materials office of the campus, neither the requester nor the department's approver: who grants a 领新交旧 exemption. */
export function requireMaterialsOffice(requisition: RequisitionParties, identity: Identity): void {
  if (isPerson(identity, requisition.submittedBySubject, requisition.requesterStaffId)) {
    throw new DomainError('REQUISITION_SELF_APPROVAL', { number: requisition.number });
  }
  if (isPerson(identity, requisition.departmentApproverSubject, requisition.departmentApproverStaffId)) {
    throw new DomainError('REQUISITION_SAME_APPROVER', { number: requisition.number });
  }
  if (!isMaterialsOfficeOf(identity, requisition.campusId)) {
    throw new DomainError('REQUISITION_APPROVER_NOT_ELIGIBLE', { number: requisition.number, approver: 'the materials office', approverZh: '物资科' });
  }
}

/** The department's side: whoever submitted it, the staff member it is for, or the head of the department. */
function isDepartmentSide(requisition: RequisitionParties, caller: Caller): boolean {
  return isPerson(caller.identity, requisition.submittedBySubject, requisition.requesterStaffId) || isHeadOf(caller, requisition.departmentId);
}

/** Cancelling is the department's decision (it no longer needs the items). */
export function requireMayCancel(requisition: RequisitionParties, caller: Caller): void {
  if (!isDepartmentSide(requisition, caller)) throw forbidden();
}

/** Who issues stock on a campus, and the materials office that plans its supply. */
const STORE_SIDE = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER, MaterialsRole.MATERIALS_MANAGER];

/** A backorder is closed by the store (it will not be supplied) or by the department (it is no longer needed). */
export function requireMayCloseBackorder(requisition: RequisitionParties, caller: Caller): void {
  const storeSide = hasAnyRole(caller.identity, STORE_SIDE) && CampusScope.of(caller.identity).allows(requisition.campusId);
  if (!storeSide && !isDepartmentSide(requisition, caller)) throw forbidden();
}

/** Roles that read every requisition of their campuses (all campuses for group-wide roles). */
const CAMPUS_READERS = [Role.GROUP_ADMIN, Role.ANALYST, Role.CAMPUS_ADMIN, MaterialsRole.STOREKEEPER, MaterialsRole.MATERIALS_MANAGER, MaterialsRole.PLANNER];

/** Which requisitions a caller reads: a campus's (store and office), or only their own department's (clinical staff, heads). */
export type RequisitionReadScope = { kind: 'campuses'; campusIds: string[] | null } | { kind: 'department'; departmentId: string } | { kind: 'none' };

export function readScope(caller: Caller): RequisitionReadScope {
  if (hasAnyRole(caller.identity, CAMPUS_READERS)) return { kind: 'campuses', campusIds: CampusScope.of(caller.identity).filter() };
  if (hasAnyRole(caller.identity, [Role.REQUESTER, Role.DEPARTMENT_HEAD]) && caller.departmentId) {
    return { kind: 'department', departmentId: caller.departmentId };
  }
  return { kind: 'none' };
}

/** The staff member a requisition is for, as the directory knows them. */
export interface RequesterRecord {
  name: string;
  departmentId: string | null;
}

/**
 * The department a requisition is for: the requester's own. Naming another department is refused, so
 * nobody charges a department they do not work in. `departmentName` names the chosen one in the error.
 */
export function requisitionDepartment(requester: RequesterRecord, chosen: { id: string; name: string } | null): string {
  if (!requester.departmentId) throw new DomainError('REQUISITION_REQUESTER_HAS_NO_DEPARTMENT', { name: requester.name });
  if (chosen && chosen.id !== requester.departmentId) {
    throw new DomainError('REQUISITION_NOT_DEPARTMENT_STAFF', { name: requester.name, department: chosen.name });
  }
  return requester.departmentId;
}
