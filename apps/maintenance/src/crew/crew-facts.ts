import { Identity } from '@houqin/platform-auth';
import { DutyShiftRow } from './crew.entity';

/** Who made a change, as crew events carry it. */
export const actorOf = (identity: Identity) => ({ subject: identity.subject, staffId: identity.staffId, name: identity.name });

/** One shift as the roster events carry it. */
export const dutyShiftFacts = (row: DutyShiftRow) => ({
  shiftId: row.id,
  staffId: row.staffId,
  teamId: row.teamId,
  kind: row.kind,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
});
