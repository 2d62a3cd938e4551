import { defineRoles } from '../role-set';

/**
 * The roles the notification service introduces beside the platform's (docs/roles.md): none yet, its operations admit the
 * platform's roles.
 */
export const NotificationRole = defineRoles('notification', {});
