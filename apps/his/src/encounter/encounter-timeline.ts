import { AdtTrigger, IsolationPrecaution } from '../hl7/adt-message';

/** Where the patient is (a bed, room or ward, and its ward), and what the stay asks of logistics. */
export interface EncounterDetails {
  campusId: string | null;
  locationId: string | null;
  wardId: string | null;
  departmentId: string | null;
  admittedAt: Date | null;
  dischargedAt: Date | null;
  precautions: IsolationPrecaution[];
  dietCode: string;
}

/** One accepted ADT event of an encounter, with its places already mapped onto org's locations. */
export interface EncounterEvent extends EncounterDetails {
  /** The his_message it came in (ties order when two events share a time). */
  messageId: string;
  trigger: AdtTrigger;
  occurredAt: Date;
  patientClass: string;
}

export type EncounterStatus = 'REGISTERED' | 'ADMITTED' | 'DISCHARGED';

/** An encounter as logistics sees it: where the patient is (or was), since when, and what that asks of the bed and meals. */
export interface EncounterState extends EncounterDetails {
  status: EncounterStatus;
}

/** What cancels what: A11 an admission, A12 a transfer, A13 a discharge. */
const CANCELS: Partial<Record<AdtTrigger, AdtTrigger>> = { A11: 'A01', A12: 'A02', A13: 'A03' };

const byEventTime = (a: EncounterEvent, b: EncounterEvent) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.messageId < b.messageId ? -1 : 1);

/**
 * The encounter's state from all its events, replayed in the order they happened (EVN times), not the order they
 * arrived: a transfer that arrives after the discharge still moved the patient before it. A cancel undoes the latest
 * event it cancels at or before its own time, and both then count for nothing; a cancel whose event has not arrived
 * yet is held, and pairs with that event when it comes. Returns the state (null while nothing, or nothing left
 * uncancelled, opens an encounter) and the cancels still held.
 */
export function replayEncounter(events: readonly EncounterEvent[]): { state: EncounterState | null; held: EncounterEvent[] } {
  const ordered = [...events].sort(byEventTime);
  const skipped = new Set<EncounterEvent>();
  const held: EncounterEvent[] = [];
  for (const cancel of ordered) {
    const target = CANCELS[cancel.trigger];
    if (!target) continue;
    skipped.add(cancel);
    const undone = ordered.filter((e) => e.trigger === target && e.occurredAt <= cancel.occurredAt && !skipped.has(e)).pop();
    if (undone) skipped.add(undone);
    else held.push(cancel);
  }
  let state: EncounterState | null = null;
  for (const event of ordered) if (!skipped.has(event)) state = apply(state, event);
  return { state, held };
}

/** The state after one event that is not a cancel. */
function apply(state: EncounterState | null, event: EncounterEvent): EncounterState | null {
  const details = {
    campusId: event.campusId ?? state?.campusId ?? null,
    departmentId: event.departmentId ?? state?.departmentId ?? null,
    precautions: event.precautions.length || !state ? event.precautions : state.precautions,
    dietCode: event.dietCode || state?.dietCode || '',
  };
  const place = event.locationId ? { locationId: event.locationId, wardId: event.wardId } : { locationId: state?.locationId ?? null, wardId: state?.wardId ?? null };
  switch (event.trigger) {
    case 'A01':
      return { ...details, ...place, status: 'ADMITTED', admittedAt: event.admittedAt ?? event.occurredAt, dischargedAt: null };
    case 'A02':
      // A move of someone admitted; one for an encounter not (yet) admitted admits it there.
      return { ...details, ...place, status: 'ADMITTED', admittedAt: state?.admittedAt ?? event.admittedAt ?? event.occurredAt, dischargedAt: null };
    case 'A03':
      return { ...details, ...place, status: 'DISCHARGED', admittedAt: state?.admittedAt ?? event.admittedAt, dischargedAt: event.dischargedAt ?? event.occurredAt };
    case 'A04':
      return state ? { ...state, ...details } : { ...details, ...place, status: 'REGISTERED', admittedAt: null, dischargedAt: null };
    case 'A08':
      return state ? { ...state, ...details, ...place } : null;
    default:
      return state;
  }
}

/** What happened to an encounter, as the his.encounter.*.v1 events name it. */
export type EncounterChange = 'REGISTERED' | 'ADMITTED' | 'TRANSFERRED' | 'DISCHARGED' | 'DISCHARGE_CANCELLED' | 'ADMISSION_CANCELLED' | 'UPDATED';

const sameDetails = (a: EncounterState, b: EncounterState) =>
  a.departmentId === b.departmentId && a.dietCode === b.dietCode && a.precautions.join() === b.precautions.join() && a.campusId === b.campusId;

/**
 * The changes between the state before a message and after it (each replay's result), in the order consumers act on
 * them: a cancelled discharge before the move it restores, a transfer before a discharge from the new place.
 */
export function encounterChanges(before: EncounterState | null, after: EncounterState | null): EncounterChange[] {
  if (!after) return before ? ['ADMISSION_CANCELLED'] : [];
  if (!before) return after.status === 'REGISTERED' ? ['REGISTERED'] : after.status === 'DISCHARGED' ? ['DISCHARGED'] : ['ADMITTED'];
  const changes: EncounterChange[] = [];
  if (before.status === 'REGISTERED' && after.status !== 'REGISTERED') changes.push('ADMITTED');
  if (before.status === 'DISCHARGED' && after.status === 'ADMITTED') changes.push('DISCHARGE_CANCELLED');
  if (before.locationId !== after.locationId && before.status !== 'REGISTERED') changes.push('TRANSFERRED');
  if (after.status === 'DISCHARGED' && before.status !== 'DISCHARGED') changes.push('DISCHARGED');
  if (!changes.length && (!sameDetails(before, after) || before.admittedAt?.getTime() !== after.admittedAt?.getTime() || before.dischargedAt?.getTime() !== after.dischargedAt?.getTime()))
    changes.push('UPDATED');
  return changes;
}
