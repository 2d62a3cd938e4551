import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';

/**
 * Who keeps a campus's directory: the group admin everywhere, a campus admin on the campuses in their
 * token. Deliberately not CampusScope: an ANALYST is group-wide for reading, which must not widen what a
 * campus admin who is also an analyst may change.
 */
export function canManageCampus(identity: Identity, campusId: string): boolean {
  if (hasAnyRole(identity, [Role.GROUP_ADMIN])) return true;
  return hasAnyRole(identity, [Role.CAMPUS_ADMIN]) && identity.campusIds.includes(campusId);
}

export function assertCanManageCampus(identity: Identity, campusId: string): void {
  if (!canManageCampus(identity, campusId)) throw forbidden();
}
