import { defineRoles } from '../role-set';

/** The roles the his service introduces (医院信息系统接口); the hospital's IdP maps its directory groups onto them. */
export const HisRole = defineRoles('his', {
  INTEGRATOR: {
    zh: '接口管理员',
    en: 'HIS integration administrator',
    description: "Group IT staff who watch the HIS feed: the messages received, and the review queue of those it could not apply.",
  },
});
