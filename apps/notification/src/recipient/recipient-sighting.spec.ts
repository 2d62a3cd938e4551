import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { mustRecord, Sighting, SIGHTING_REFRESH_MS } from './recipient-sighting';

const now = new Date('2026-12-07T02:00:00Z');
const zhou: Identity = { subject: 'east-admin', staffId: 'staff-1', name: '周涛', roles: [Role.CAMPUS_ADMIN, MaintenanceRole.DISPATCHER], campusIds: ['east', 'north'] };
const known: Sighting = {
  subject: 'east-admin',
  name: '周涛',
  roles: [MaintenanceRole.DISPATCHER, Role.CAMPUS_ADMIN],
  campusIds: ['north', 'east'],
  lastSeenAt: new Date(now.getTime() - 60_000),
};

describe('recording who calls', () => {
  it('records a person the directory does not know yet', () => {
    expect(mustRecord(undefined, zhou, now)).toBe(true);
  });

  it('writes nothing for a call that changes nothing, whatever order the token lists roles and campuses in', () => {
    expect(mustRecord(known, zhou, now)).toBe(false);
  });

  it('records roles, campuses, name and subject the IdP now says otherwise, however recent the last sighting', () => {
    expect(mustRecord(known, { ...zhou, roles: [Role.CAMPUS_ADMIN] }, now)).toBe(true);
    expect(mustRecord(known, { ...zhou, roles: [...zhou.roles, Role.GROUP_ADMIN] }, now)).toBe(true);
    expect(mustRecord(known, { ...zhou, campusIds: ['east'] }, now)).toBe(true);
    expect(mustRecord(known, { ...zhou, name: '周涛（东院）' }, now)).toBe(true);
    expect(mustRecord(known, { ...zhou, subject: 'east-admin-2' }, now)).toBe(true);
  });

  it('refreshes the last sighting once it is older than the refresh time', () => {
    expect(mustRecord({ ...known, lastSeenAt: new Date(now.getTime() - SIGHTING_REFRESH_MS + 1) }, zhou, now)).toBe(false);
    expect(mustRecord({ ...known, lastSeenAt: new Date(now.getTime() - SIGHTING_REFRESH_MS) }, zhou, now)).toBe(true);
  });
});
