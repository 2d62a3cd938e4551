import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { forbidden, optionalUuid } from '@houqin/platform-errors';

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

/**
 * Caller-chosen ids keep demo data and HIS imports stable across environments; only a group admin may
 * choose one, so nobody else can squat on an id an import is about to use.
 */
export function chosenId(identity: Identity, value: string | null | undefined): string | null {
  const id = optionalUuid('id', value);
  if (id && !hasAnyRole(identity, [Role.GROUP_ADMIN])) throw forbidden();
  return id;
}
