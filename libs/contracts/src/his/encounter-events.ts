import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';

const TOPIC = 'his.encounter.v1';

/**
 * An encounter as the HIS feed announces it: the minimum logistics acts on (PIPL). No name, patient or visit number,
 * address or diagnosis: the encounter is houqin's own id, the places org's location ids.
 */
const encounter = z.object({
  encounterId: uuid.describe("houqin's id for the encounter; the HIS's visit number stays in the his service."),
  campusId: uuid.nullable(),
  status: z.enum(['REGISTERED', 'ADMITTED', 'DISCHARGED']).describe('After this change.'),
  locationId: uuid.nullable().describe('Where the patient is (or was, once discharged): a bed, room or ward.'),
  wardId: uuid.nullable(),
  departmentId: uuid.nullable(),
  admittedAt: isoDateTime.nullable(),
  dischargedAt: isoDateTime.nullable(),
  precautions: z.array(z.enum(['CONTACT', 'DROPLET', 'AIRBORNE', 'PROTECTIVE'])).describe('Isolation precautions (hygiene raises the clean).'),
  dietCode: z.string().describe("The HIS's diet type code (PV1-38), for the canteen; empty when none."),
  occurredAt: isoDateTime.describe('When the event behind this change happened (EVN), not when it arrived.'),
});

const moved = encounter.extend({ previousLocationId: uuid.nullable().describe('The bed, room or ward left.') });

const encounterEvent = <S extends z.ZodType>(verb: string, description: string, schema: S) =>
  defineEvent({ type: `his.encounter.${verb}.v1`, topic: TOPIC, producer: 'his', description: `${description} Key: the encounter id.`, schema });

export const EncounterRegisteredV1 = encounterEvent('registered', 'An outpatient or pre-admission encounter was registered (A04).', encounter);
export const EncounterAdmittedV1 = encounterEvent('admitted', 'A patient was admitted to a bed (A01, or a transfer for an encounter not yet admitted).', encounter);
export const EncounterTransferredV1 = encounterEvent(
  'transferred',
  'A patient moved (A02, or a cancelled transfer moving them back, A12): the previous place needs cleaning.',
  moved,
);
export const EncounterDischargedV1 = encounterEvent('discharged', 'A patient was discharged (A03): the bed needs its terminal clean.', encounter);
export const EncounterDischargeCancelledV1 = encounterEvent(
  'discharge-cancelled',
  'A discharge was cancelled (A13): the patient is in the bed again; an unstarted terminal clean is no longer wanted.',
  encounter,
);
export const EncounterAdmissionCancelledV1 = encounterEvent(
  'admission-cancelled',
  'An admission was cancelled (A11): the encounter no longer holds its bed.',
  moved,
);
export const EncounterUpdatedV1 = encounterEvent('updated', 'Precautions, diet, department or times changed (A08, or a late event).', encounter);
