import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { CollectDirtyLinen } from './collect-dirty-linen.use-case';
import { LinenKind } from './linen-kind';

const EAST = randomUUID();
const WEST = randomUUID();
const DEPT = randomUUID();
const LAUNDRY = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const now = new Date('2026-06-01T02:00:00Z');
const input = { campusId: EAST, departmentId: DEPT, contractorId: LAUNDRY, collectedOn: '2026-06-01', lines: [{ kind: LinenKind.BED_SHEET, quantity: 40 }] };

describe('collecting dirty linen', () => {
  it('takes a department, the laundry, a date up to today and the counts', () => {
    expect(CollectDirtyLinen.validate(eastAdmin, input, now)).toEqual({
      campusId: EAST,
      departmentId: DEPT,
      contractorId: LAUNDRY,
      collectedOn: '2026-06-01',
      counts: [{ kind: LinenKind.BED_SHEET, quantity: 40 }],
    });
  });

  it('refuses another campus, a future date, no lines and an id that is not one', () => {
    expect(domainErrorCode(() => CollectDirtyLinen.validate(eastAdmin, { ...input, campusId: WEST }, now))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => CollectDirtyLinen.validate(eastAdmin, { ...input, collectedOn: '2026-06-02' }, now))).toBe('DATE_IN_FUTURE');
    expect(domainErrorCode(() => CollectDirtyLinen.validate(eastAdmin, { ...input, lines: [] }, now))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => CollectDirtyLinen.validate(eastAdmin, { ...input, contractorId: 'laundry' }, now))).toBe('INVALID_ID');
  });
});
