import { defineRoles } from '../role-set';

/**
 * The roles the org service introduces beside the platform's (docs/roles.md): none yet, its operations admit the
 * platform's roles.
 */
export const OrgRole = defineRoles('org', {});
