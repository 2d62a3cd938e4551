import { MaintenanceRole, MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { canManageCampus } from './directory-permissions';

const EAST = '0196a1e0-0001-7000-8000-000000001000';
const WEST = '0196a1e0-0001-7000-8000-000000002000';
const who = (roles: Role[], campusIds: string[] = [EAST]): Identity => ({ subject: 's', staffId: null, name: 'n', roles, campusIds });

describe('canManageCampus', () => {
  it('lets a group admin keep every campus', () => {
    expect(canManageCampus(who([Role.GROUP_ADMIN], []), WEST)).toBe(true);
  });

  it('lets a campus admin keep only the campuses in their token', () => {
    expect(canManageCampus(who([Role.CAMPUS_ADMIN]), EAST)).toBe(true);
    expect(canManageCampus(who([Role.CAMPUS_ADMIN]), WEST)).toBe(false);
  });

  it('does not widen a campus admin who is also a (group-wide reading) analyst', () => {
    expect(canManageCampus(who([Role.CAMPUS_ADMIN, Role.ANALYST]), WEST)).toBe(false);
  });

  it('never lets other roles write, even on their own campus', () => {
    for (const role of [MaintenanceRole.DISPATCHER, MaintenanceRole.TECHNICIAN, Role.REQUESTER, MaterialsRole.STOREKEEPER, Role.ANALYST])
      expect(canManageCampus(who([role]), EAST)).toBe(false);
  });
});
