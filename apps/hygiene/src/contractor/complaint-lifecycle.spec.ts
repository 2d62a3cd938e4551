import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { COMPLAINT_LIFECYCLE, ComplaintAction, responseDueAfter } from './complaint-lifecycle';
import { ComplaintStatus } from './complaint-status';

const nurse: Identity = { subject: 'nurse', staffId: null, name: '护士', roles: [Role.REQUESTER], campusIds: ['east'] };
const otherNurse: Identity = { ...nurse, subject: 'other-nurse' };
const admin: Identity = { subject: 'admin', staffId: null, name: '后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: ['east'] };
const complaint = { number: 'TS-20261207-000001', raisedBySubject: 'nurse' };

describe('a complaint’s lifecycle', () => {
  it('goes OPEN → ACCEPTED → RESOLVED → CLOSED, or back through REOPENED', () => {
    expect(COMPLAINT_LIFECYCLE.next(ComplaintStatus.OPEN, ComplaintAction.ACCEPT)).toBe(ComplaintStatus.ACCEPTED);
    expect(COMPLAINT_LIFECYCLE.next(ComplaintStatus.ACCEPTED, ComplaintAction.RESOLVE)).toBe(ComplaintStatus.RESOLVED);
    expect(COMPLAINT_LIFECYCLE.next(ComplaintStatus.RESOLVED, ComplaintAction.CLOSE)).toBe(ComplaintStatus.CLOSED);
    expect(COMPLAINT_LIFECYCLE.next(ComplaintStatus.RESOLVED, ComplaintAction.REOPEN)).toBe(ComplaintStatus.REOPENED);
    expect(COMPLAINT_LIFECYCLE.next(ComplaintStatus.REOPENED, ComplaintAction.ACCEPT)).toBe(ComplaintStatus.ACCEPTED);
    expect(domainErrorCode(() => COMPLAINT_LIFECYCLE.next(ComplaintStatus.OPEN, ComplaintAction.CLOSE, complaint))).toBe('ILLEGAL_TRANSITION');
    expect(domainErrorCode(() => COMPLAINT_LIFECYCLE.next(ComplaintStatus.CLOSED, ComplaintAction.REOPEN, complaint))).toBe('ILLEGAL_TRANSITION');
  });

  it('lets the supervisor handle it, and only the complainant or an admin close or reopen it', () => {
    expect(COMPLAINT_LIFECYCLE.roles(ComplaintAction.ACCEPT)).toContain(HygieneRole.HYGIENE_SUPERVISOR);
    expect(COMPLAINT_LIFECYCLE.roles(ComplaintAction.ACCEPT)).not.toContain(Role.REQUESTER);
    expect(() => COMPLAINT_LIFECYCLE.check(ComplaintAction.CLOSE, nurse, complaint)).not.toThrow();
    expect(() => COMPLAINT_LIFECYCLE.check(ComplaintAction.REOPEN, admin, complaint)).not.toThrow();
    expect(domainErrorCode(() => COMPLAINT_LIFECYCLE.check(ComplaintAction.CLOSE, otherNurse, complaint))).toBe('FORBIDDEN');
  });

  it('must be accepted within 2 hours', () => {
    expect(responseDueAfter(new Date('2026-12-07T01:30:00Z'))).toEqual(new Date('2026-12-07T03:30:00Z'));
  });
});
