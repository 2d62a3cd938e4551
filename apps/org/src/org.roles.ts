import { STAFF_ROLES, Role } from '@houqin/platform-auth';

/** Everyone reads the directory (of their own campuses): it is how requests name places and people. */
export const DIRECTORY_READERS = STAFF_ROLES;

/** Who keeps a campus's directory (院区后勤管理科) or any campus's (集团后勤). */
export const DIRECTORY_KEEPERS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN];

/** Campuses themselves and the group are the group's business. */
export const GROUP_KEEPERS = [Role.GROUP_ADMIN];
