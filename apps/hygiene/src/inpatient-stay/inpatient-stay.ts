import { EncounterAdmittedV1, EventData } from '@houqin/contracts';

type Encounter = EventData<typeof EncounterAdmittedV1>;

/** An inpatient stay as the census needs it: on which campus (and ward), from admission to discharge. */
export interface InpatientStay {
  encounterId: string;
  campusId: string;
  wardId: string | null;
  admittedAt: Date;
  /** Null while the patient is in hospital. */
  dischargedAt: Date | null;
}

/**
 * What an encounter event means for its stay. Every event carries the encounter's whole state after the change, and
 * events of one encounter arrive in the order his announced them, so the latest state is the stay: an admitted or
 * discharged inpatient has one (a discharge cancelled reopens it), a cancelled admission or an outpatient has none.
 */
export function stayChange(admissionCancelled: boolean, encounter: Encounter): { stay: InpatientStay } | { remove: string } {
  const inpatient = encounter.status === 'ADMITTED' || encounter.status === 'DISCHARGED';
  if (admissionCancelled || !inpatient || !encounter.campusId || !encounter.admittedAt) return { remove: encounter.encounterId };
  const discharged = encounter.status === 'DISCHARGED' ? (encounter.dischargedAt ?? encounter.occurredAt) : null;
  return {
    stay: {
      encounterId: encounter.encounterId,
      campusId: encounter.campusId,
      wardId: encounter.wardId,
      admittedAt: new Date(encounter.admittedAt),
      dischargedAt: discharged ? new Date(discharged) : null,
    },
  };
}
