import { CatalogueRole, defineRoles, RoleNames, rolesOf, SERVICE_ROLE_SETS, ServiceRoleName } from '@houqin/contracts';

/**
 * The roles every service may meet: the group's and campuses' administrators, clinical staff, analysts and the repair
 * portal's sessions. A service's own roles (a technician, a storekeeper) live beside its contracts
 * (`libs/contracts/src/<service>/<service>-roles.ts`) and are imported from there: `MaintenanceRole.TECHNICIAN`.
 */
export const Role = defineRoles('platform', {
  GROUP_ADMIN: { zh: '集团后勤管理员', en: 'Group logistics administrator', description: 'Runs logistics for every campus of the group.', groupWide: true },
  CAMPUS_ADMIN: { zh: '院区后勤管理科', en: 'Campus logistics administrator', description: 'Runs logistics for their campuses only.' },
  REQUESTER: {
    zh: '临床科室人员',
    en: 'Clinical staff',
    description: 'Nurses and doctors: raise repair requests and requisitions for their department and sign them off.',
  },
  DEPARTMENT_HEAD: { zh: '科室负责人', en: 'Head of department', description: "科主任, 护士长: approves their department's requisitions first." },
  ANALYST: { zh: '数据分析', en: 'Analyst', description: 'Reads across campuses, changes nothing.', groupWide: true },
  PORTAL_REPORTER: {
    zh: '扫码报修',
    en: 'Repair portal reporter',
    description:
      "Whoever scanned a repair label (patients, visitors, staff without a console login). Never issued by the IdP: the maintenance service grants it for one label's place, for half an hour, and it reaches only the operations that name it.",
  },
});

/** A role's name as tokens carry it: the platform's or one a service declares. */
export type Role = RoleNames<typeof Role> | ServiceRoleName;

/** Every role, the platform's and the services', one entry each (docs/roles.md is generated from it). */
export const ROLE_CATALOGUE: readonly CatalogueRole[] = rolesOf([Role, ...SERVICE_ROLE_SETS]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLE_CATALOGUE.some((role) => role.name === value);
}

/** Roles of signed-in staff, as the IdP issues them: "everyone" on an operation means these, never a portal session. */
export const STAFF_ROLES: readonly Role[] = ROLE_CATALOGUE.map((role) => role.name as Role).filter((role) => role !== Role.PORTAL_REPORTER);

/** Roles whose reach is the whole group rather than the campuses listed in the token. */
export const GROUP_WIDE_ROLES: readonly Role[] = ROLE_CATALOGUE.filter((role) => role.groupWide).map((role) => role.name as Role);
