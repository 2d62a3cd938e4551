import { HygieneRole } from '@houqin/contracts';
import { Role, STAFF_ROLES } from '@houqin/platform-auth';

/** Who may read the hygiene service's records: every signed-in member of staff (each within their campuses). */
export const HYGIENE_READERS: readonly Role[] = STAFF_ROLES;

/** Who may change them: the group's and the campuses' logistics administrators. */
export const HYGIENE_KEEPERS: readonly Role[] = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN];

/** Who counts linen out to the laundry and back in and sets departments' par levels: the admins and the hygiene supervisors. */
export const LINEN_KEEPERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, HygieneRole.HYGIENE_SUPERVISOR];

/** Who records pest control visits and their follow-ups: the admins, the hygiene supervisors and infection control (who re-checks). */
export const PEST_CONTROL_KEEPERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, HygieneRole.HYGIENE_SUPERVISOR, HygieneRole.INFECTION_CONTROL];

/** Who scans, weighs, stores and transfers medical waste: the admins and the waste collectors (医废收集员). */
export const WASTE_HANDLERS: readonly Role[] = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, HygieneRole.WASTE_COLLECTOR];

/** Who signs a ward's medical waste over to the collector: its nurses and its head (the service checks the ward is theirs). */
export const WARD_SIGNERS: readonly Role[] = [Role.REQUESTER, Role.DEPARTMENT_HEAD];

/** Who inspects zones (卫生检查) and sets the score sheets: the admins, the hygiene supervisors and infection control (院感科). */
export const HYGIENE_INSPECTORS: readonly Role[] = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, HygieneRole.HYGIENE_SUPERVISOR, HygieneRole.INFECTION_CONTROL];

/** Who scores a contractor for a month (科室月度考核): department heads (their own department), the admins entering a paper form. */
export const CONTRACTOR_CHECKERS: readonly Role[] = [Role.DEPARTMENT_HEAD, Role.CAMPUS_ADMIN, Role.GROUP_ADMIN];
