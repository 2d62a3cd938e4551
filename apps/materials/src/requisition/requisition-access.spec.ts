import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import {
  ApprovalStep,
  Caller,
  readScope,
  requireApprover,
  requireMaterialsOffice,
  requireMayCancel,
  requireMayCloseBackorder,
  RequisitionParties,
  requisitionDepartment,
} from './requisition-access';
import { RequisitionStatus } from './requisition-lifecycle';

const EAST = 'campus-east';
const WEST = 'campus-west';
const CARDIOLOGY = 'dept-cardiology';
const ORTHOPAEDICS = 'dept-orthopaedics';

const person = (subject: string, roles: Role[], campusIds = [EAST], staffId: string | null = `staff-${subject}`): Identity => ({
  subject,
  staffId,
  name: subject,
  roles,
  campusIds,
});
const caller = (identity: Identity, departmentId: string | null = null): Caller => ({ identity, departmentId });

const nurse = caller(person('nurse', [Role.REQUESTER]), CARDIOLOGY);
const head = caller(person('head', [Role.DEPARTMENT_HEAD]), CARDIOLOGY);
const otherHead = caller(person('ortho-head', [Role.DEPARTMENT_HEAD]), ORTHOPAEDICS);
const office = caller(person('office', [MaterialsRole.MATERIALS_MANAGER]));
const westOffice = caller(person('west-office', [MaterialsRole.MATERIALS_MANAGER], [WEST]));
/** A head who also works for the materials office. */
const headAndOffice = caller(person('both', [Role.DEPARTMENT_HEAD, MaterialsRole.MATERIALS_MANAGER]), CARDIOLOGY);
const keeper = caller(person('keeper', [MaterialsRole.STOREKEEPER]));

const requisition = (overrides: Partial<RequisitionParties> = {}): RequisitionParties => ({
  number: 'SL-20250601-000007',
  status: RequisitionStatus.SUBMITTED,
  campusId: EAST,
  departmentId: CARDIOLOGY,
  departmentName: '心内科',
  requesterStaffId: 'staff-nurse',
  submittedBySubject: 'nurse',
  departmentApproverSubject: null,
  departmentApproverStaffId: null,
  ...overrides,
});
const approvedByHead = (by: Caller) =>
  requisition({ status: RequisitionStatus.DEPT_APPROVED, departmentApproverSubject: by.identity.subject, departmentApproverStaffId: by.identity.staffId });

describe('approval chain', () => {
  it('goes to the head of the requisition’s department, then the materials office of its campus', () => {
    expect(requireApprover(requisition(), head, 'approve')).toBe(ApprovalStep.DEPARTMENT);
    expect(requireApprover(approvedByHead(head), office, 'approve')).toBe(ApprovalStep.MATERIALS_OFFICE);
    expect(requireApprover(approvedByHead(head), office, 'reject')).toBe(ApprovalStep.MATERIALS_OFFICE);
  });

  it('refuses the head of another department, the office before the department, and the office of another campus', () => {
    const error = domainErrorOf(() => requireApprover(requisition(), otherHead, 'approve'));
    expect(error.code).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    expect(error.messages['zh-CN']).toBe('申领单 SL-20250601-000007 待心内科科室负责人审批，您无权审批');
    expect(codeOf(() => requireApprover(requisition(), office, 'approve'))).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    expect(codeOf(() => requireApprover(approvedByHead(head), westOffice, 'approve'))).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    expect(codeOf(() => requireApprover(approvedByHead(head), head, 'approve'))).toBe('REQUISITION_SAME_APPROVER');
    expect(codeOf(() => requireApprover(requisition(), keeper, 'reject'))).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
  });

  it('never lets anyone approve or reject a requisition submitted by or for them', () => {
    const own = requisition({ requesterStaffId: head.identity.staffId!, submittedBySubject: 'head' });
    expect(codeOf(() => requireApprover(own, head, 'approve'))).toBe('REQUISITION_SELF_APPROVAL');
    expect(codeOf(() => requireApprover(own, head, 'reject'))).toBe('REQUISITION_SELF_APPROVAL');
    // Entered by a clerk for the head: still the head's own requisition (same staff record, other login).
    const forHead = requisition({ requesterStaffId: head.identity.staffId!, submittedBySubject: 'clerk' });
    expect(codeOf(() => requireApprover(forHead, caller({ ...head.identity, subject: 'head-new-login' }, CARDIOLOGY), 'approve'))).toBe(
      'REQUISITION_SELF_APPROVAL',
    );
    // The clerk who entered it cannot approve it either, even in the materials office.
    const clerkOffice = caller(person('clerk', [MaterialsRole.MATERIALS_MANAGER]));
    expect(codeOf(() => requireApprover({ ...approvedByHead(otherHead), submittedBySubject: 'clerk' }, clerkOffice, 'approve'))).toBe(
      'REQUISITION_SELF_APPROVAL',
    );
  });

  it('never lets one person approve both steps', () => {
    expect(requireApprover(requisition(), headAndOffice, 'approve')).toBe(ApprovalStep.DEPARTMENT);
    const error = domainErrorOf(() => requireApprover(approvedByHead(headAndOffice), headAndOffice, 'approve'));
    expect(error.code).toBe('REQUISITION_SAME_APPROVER');
    expect(error.messages.en).toContain('must come from someone else');
  });

  it('refuses approving a requisition past its approvals', () => {
    for (const status of [RequisitionStatus.APPROVED, RequisitionStatus.REJECTED, RequisitionStatus.CANCELLED, RequisitionStatus.ISSUED]) {
      expect(codeOf(() => requireApprover(requisition({ status }), head, 'approve'))).toBe('REQUISITION_ILLEGAL_TRANSITION');
    }
  });

  it('lets only the materials office of the campus grant an exemption, not the requester nor the department’s approver', () => {
    expect(() => requireMaterialsOffice(requisition(), office.identity)).not.toThrow();
    expect(codeOf(() => requireMaterialsOffice(requisition(), westOffice.identity))).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    const officeOwn = requisition({ requesterStaffId: office.identity.staffId! });
    expect(codeOf(() => requireMaterialsOffice(officeOwn, office.identity))).toBe('REQUISITION_SELF_APPROVAL');
    expect(codeOf(() => requireMaterialsOffice(approvedByHead(headAndOffice), headAndOffice.identity))).toBe('REQUISITION_SAME_APPROVER');
  });
});

describe('who else acts on a requisition', () => {
  it('lets the department cancel: the requester or its head', () => {
    expect(() => requireMayCancel(requisition(), nurse)).not.toThrow();
    expect(() => requireMayCancel(requisition(), head)).not.toThrow();
    expect(codeOf(() => requireMayCancel(requisition(), otherHead))).toBe('FORBIDDEN');
    expect(codeOf(() => requireMayCancel(requisition(), caller(person('colleague', [Role.REQUESTER]), CARDIOLOGY)))).toBe('FORBIDDEN');
  });

  it('lets the store of the campus or the department close a backorder', () => {
    expect(() => requireMayCloseBackorder(requisition(), keeper)).not.toThrow();
    expect(() => requireMayCloseBackorder(requisition(), office)).not.toThrow();
    expect(() => requireMayCloseBackorder(requisition(), nurse)).not.toThrow();
    expect(codeOf(() => requireMayCloseBackorder(requisition(), caller(person('west-keeper', [MaterialsRole.STOREKEEPER], [WEST]))))).toBe('FORBIDDEN');
  });

  it('shows clinical staff their own department, the store and office their campuses, everyone else nothing', () => {
    expect(readScope(nurse)).toEqual({ kind: 'department', departmentId: CARDIOLOGY });
    expect(readScope(head)).toEqual({ kind: 'department', departmentId: CARDIOLOGY });
    expect(readScope(keeper)).toEqual({ kind: 'campuses', campusIds: [EAST] });
    expect(readScope(caller(person('group', [Role.GROUP_ADMIN], [])))).toEqual({ kind: 'campuses', campusIds: null });
    expect(readScope(caller(person('nobody', [Role.REQUESTER])))).toEqual({ kind: 'none' });
    expect(readScope(caller(person('tech', [MaintenanceRole.TECHNICIAN]), CARDIOLOGY))).toEqual({ kind: 'none' });
  });
});

describe('requisitionDepartment', () => {
  it('is the requester’s own department, named or not', () => {
    expect(requisitionDepartment({ name: '王丽', departmentId: CARDIOLOGY }, null)).toBe(CARDIOLOGY);
    expect(requisitionDepartment({ name: '王丽', departmentId: CARDIOLOGY }, { id: CARDIOLOGY, name: '心内科' })).toBe(CARDIOLOGY);
  });

  it('refuses another department and staff without one', () => {
    const error = domainErrorOf(() => requisitionDepartment({ name: '王丽', departmentId: CARDIOLOGY }, { id: ORTHOPAEDICS, name: '骨科' }));
    expect(error.code).toBe('REQUISITION_NOT_DEPARTMENT_STAFF');
    expect(error.messages['zh-CN']).toBe('王丽 不是“骨科”的人员，不能为该科室申领');
    expect(codeOf(() => requisitionDepartment({ name: '张三', departmentId: null }, null))).toBe('REQUISITION_REQUESTER_HAS_NO_DEPARTMENT');
  });
});
