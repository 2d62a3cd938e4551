import { HygieneRole } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import type { ContractorComplaintRow } from './contractor.entity';
import { ComplaintStatus } from './complaint-status';

export enum ComplaintAction {
  ACCEPT = 'ACCEPT',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
}

/** 投诉即时处理: a complaint must be accepted within this time of being raised (or reopened). */
export const RESPONSE_HOURS = 2;

const S = ComplaintStatus;
const ADMINS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN];
/** Who raises complaints: clinical staff and heads, infection control, the admins. */
export const COMPLAINANTS = [Role.REQUESTER, Role.DEPARTMENT_HEAD, HygieneRole.INFECTION_CONTROL, ...ADMINS];
/** The logistics office and the contractor's supervisor take the complaint on and fix it. */
const HANDLERS = [...ADMINS, HygieneRole.HYGIENE_SUPERVISOR];

/** Only the person who complained, or an admin, says whether the fix holds. */
function complainantOrAdmin(identity: Identity, row: Pick<ContractorComplaintRow, 'raisedBySubject'>): void {
  if (identity.subject !== row.raisedBySubject && !hasAnyRole(identity, ADMINS)) throw forbidden();
}

/** OPEN → ACCEPTED → RESOLVED → CLOSED; a resolution that does not hold is REOPENED and accepted again. */
export const COMPLAINT_LIFECYCLE = defineLifecycle<ComplaintStatus, ComplaintAction, Pick<ContractorComplaintRow, 'number' | 'raisedBySubject'>>({
  entity: { type: 'ContractorComplaint', en: 'complaint', zh: '投诉', name: (row) => row.number },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: {
    OPEN: { en: 'open', zh: '待受理' },
    ACCEPTED: { en: 'accepted', zh: '处理中' },
    RESOLVED: { en: 'resolved', zh: '已处理' },
    CLOSED: { en: 'closed', zh: '已关闭' },
    REOPENED: { en: 'reopened', zh: '重新打开' },
  },
  actions: {
    ACCEPT: { from: [S.OPEN, S.REOPENED], to: S.ACCEPTED, en: 'accept', zh: '受理', roles: HANDLERS },
    RESOLVE: { from: [S.ACCEPTED], to: S.RESOLVED, en: 'resolve', zh: '办结', roles: HANDLERS },
    CLOSE: { from: [S.RESOLVED], to: S.CLOSED, en: 'close', zh: '关闭', roles: COMPLAINANTS, check: complainantOrAdmin },
    REOPEN: { from: [S.RESOLVED], to: S.REOPENED, en: 'reopen', zh: '重新打开', roles: COMPLAINANTS, check: complainantOrAdmin },
  },
  auditAction: (action) => `contractor_complaint.${action.toLowerCase()}`,
});

export const responseDueAfter = (at: Date): Date => new Date(at.getTime() + RESPONSE_HOURS * 3_600_000);
