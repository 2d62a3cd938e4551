import { HisRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';

/** Who may see the feed's messages and review queue: group IT. Campus admins see the feed's effects, not its messages. */
export const FEED_WATCHERS: readonly Role[] = [Role.GROUP_ADMIN, HisRole.INTEGRATOR];
