import { Identity } from '@houqin/platform-auth';

/** How long a person's last sighting stays current: within it, a call that tells the directory nothing new writes nothing. */
export const SIGHTING_REFRESH_MS = 60 * 60_000;

/** What the directory holds of a person from their calls. */
export interface Sighting {
  subject: string | null;
  name: string;
  roles: readonly string[];
  campusIds: readonly string[];
  lastSeenAt: Date;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Whether a call by `identity` must be written to the directory: a person not known yet, a name, subject, role or
 * campus the IdP now says otherwise (the audience of the next alert depends on them), or a last sighting older than
 * the refresh time. Inbox reads come every few seconds from the console's badge: most of them change nothing.
 */
export function mustRecord(known: Sighting | undefined, identity: Identity, now: Date): boolean {
  if (!known) return true;
  return (
    known.subject !== identity.subject ||
    known.name !== identity.name ||
    !sameSet(known.roles, identity.roles) ||
    !sameSet(known.campusIds, identity.campusIds) ||
    now.getTime() - known.lastSeenAt.getTime() >= SIGHTING_REFRESH_MS
  );
}
