import { Identity } from '@houqin/platform-auth';

/** Who did it, as every hygiene contractor event names them. */
export const actorOf = (identity: Identity) => ({ subject: identity.subject, staffId: identity.staffId, name: identity.name });
