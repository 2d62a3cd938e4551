import { CatalogueRole, isRoleSet, RoleSet, rolesOf } from './role-set';
import * as exported from './services';

type Exports = typeof exported;

/** Every role a service declares in its contracts folder (`<service>-roles.ts`), derived from the exports' types. */
export type ServiceRoleName = { [K in keyof Exports]: Exports[K] extends RoleSet<infer R> ? R : never }[keyof Exports];

/** The services' role sets, found among what the contracts folders export; nothing lists them by hand. */
export const SERVICE_ROLE_SETS: readonly RoleSet<string>[] = (Object.values(exported) as unknown[]).filter(isRoleSet);

/** The services' roles, by owner and name; the platform's own roles are added by @houqin/platform-auth. */
export const SERVICE_ROLES: readonly CatalogueRole[] = rolesOf(SERVICE_ROLE_SETS);
