import { GROUP_WIDE_ROLES, Role } from './role';

/** The verified caller, as every service sees it. */
export interface Identity {
  /** Stable subject from the identity provider. */
  subject: string;
  /** The caller's staff record in the org directory, when they have one. */
  staffId: string | null;
  name: string;
  roles: Role[];
  /** Campuses the caller works on; ignored for group-wide roles. */
  campusIds: string[];
  /** A repair-portal session's label (role PORTAL_REPORTER): the one place it may report at. */
  portalLabelId?: string;
}

/**
 * Which campuses a caller may read and change. Services apply it in their data access (a WHERE clause),
 * so a campus admin of East never loads West's rows, whatever the gateway let through.
 */
export class CampusScope {
  private constructor(
    readonly allCampuses: boolean,
    private readonly campusIds: ReadonlySet<string>,
  ) {}

  static of(identity: Identity): CampusScope {
    const groupWide = identity.roles.some((role) => GROUP_WIDE_ROLES.includes(role));
    return new CampusScope(groupWide, new Set(identity.campusIds));
  }

  static everything(): CampusScope {
    return new CampusScope(true, new Set());
  }

  allows(campusId: string): boolean {
    return this.allCampuses || this.campusIds.has(campusId);
  }

  /** The campus ids to filter by, or null when the caller may see every campus. */
  filter(): string[] | null {
    return this.allCampuses ? null : [...this.campusIds];
  }
}

export function hasAnyRole(identity: Identity, roles: readonly Role[]): boolean {
  return identity.roles.some((role) => roles.includes(role));
}
