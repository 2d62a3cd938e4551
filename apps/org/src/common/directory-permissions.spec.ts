import { Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { canManageCampus, chosenId } from './directory-permissions';

const EAST = '0196a1e0-0001-7000-8000-000000001000';
const WEST = '0196a1e0-0001-7000-8000-000000002000';
const who = (roles: Role[], campusIds: string[] = [EAST]): Identity => ({ subject: 's', staffId: null, name: 'n', roles, campusIds });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};

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
    for (const role of [Role.DISPATCHER, Role.TECHNICIAN, Role.REQUESTER, Role.STOREKEEPER, Role.ANALYST])
      expect(canManageCampus(who([role]), EAST)).toBe(false);
  });
});

describe('chosenId', () => {
  it('lets a group admin keep an imported id, lower-cased', () => {
    expect(chosenId(who([Role.GROUP_ADMIN]), '0196A1E0-0001-7000-8000-000000001000')).toBe(EAST);
  });

  it('is null when no id is given, for anyone', () => {
    expect(chosenId(who([Role.CAMPUS_ADMIN]), undefined)).toBeNull();
    expect(chosenId(who([Role.CAMPUS_ADMIN]), null)).toBeNull();
  });

  it('refuses a chosen id from anyone else, and a malformed one', () => {
    expect(codeOf(() => chosenId(who([Role.CAMPUS_ADMIN]), EAST))).toBe('FORBIDDEN');
    expect(codeOf(() => chosenId(who([Role.GROUP_ADMIN]), 'ward-5'))).toBe('INVALID_ID');
  });
});
