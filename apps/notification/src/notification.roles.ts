import { Role, STAFF_ROLES } from '@houqin/platform-auth';

/** Who may read the notification service's records: every signed-in member of staff (each within their campuses). */
export const NOTIFICATION_READERS: readonly Role[] = STAFF_ROLES;

/** Who may change them: the group's and the campuses' logistics administrators. */
export const NOTIFICATION_KEEPERS: readonly Role[] = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN];
