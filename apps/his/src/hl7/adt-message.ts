import { Hl7Message } from './hl7-message';
import { parseHl7Time } from './hl7-time';

/** The ADT triggers the feed applies; any other message is acknowledged and ignored. */
export const ADT_TRIGGERS = ['A01', 'A02', 'A03', 'A04', 'A08', 'A11', 'A12', 'A13'] as const;
export type AdtTrigger = (typeof ADT_TRIGGERS)[number];

/** Isolation precautions (HL7 v3 / FHIR's precaution concepts), as hygiene and the canteen act on them. */
export const ISOLATION_PRECAUTIONS = ['CONTACT', 'DROPLET', 'AIRBORNE', 'PROTECTIVE'] as const;
export type IsolationPrecaution = (typeof ISOLATION_PRECAUTIONS)[number];

/** The words Chinese HIS products send for each precaution, besides the codes themselves. */
const PRECAUTION_WORDS: Record<string, IsolationPrecaution> = {
  接触隔离: 'CONTACT',
  飞沫隔离: 'DROPLET',
  空气隔离: 'AIRBORNE',
  呼吸道隔离: 'AIRBORNE',
  保护性隔离: 'PROTECTIVE',
};

/** Where a message gave a place's ward, room and bed, to name the one the directory does not map. */
export interface PlaceFields {
  ward: string;
  room: string;
  bed: string;
}

/** An HL7 place field's components: PV1-3.1 ward (point of care), PV1-3.2 room, PV1-3.3 bed. */
export const hl7PlaceFields = (field: string): PlaceFields => ({ ward: `${field}.1`, room: `${field}.2`, bed: `${field}.3` });

/** The precaution a code or word names (CONTACT, 接触隔离, …), or null. */
export function precautionOf(value: string): IsolationPrecaution | null {
  const word = value.trim();
  return (ISOLATION_PRECAUTIONS as readonly string[]).includes(word.toUpperCase()) ? (word.toUpperCase() as IsolationPrecaution) : (PRECAUTION_WORDS[word] ?? null);
}

/** A place in the HIS's own codes (PV1-3 / PV1-6: point of care, room, bed; or FHIR Locations of those kinds). */
export interface HisPlace {
  ward: string;
  room: string;
  bed: string;
  /** Where each code came from when not PV1-3/PV1-6 components (a FHIR Encounter's location elements). */
  fields?: PlaceFields;
}

/**
 * What houqin takes from an ADT message, and nothing more (PIPL): no name, identifier, address or diagnosis of the
 * patient. The visit number identifies the encounter only inside the his service.
 */
export interface AdtMessage {
  trigger: AdtTrigger;
  controlId: string;
  sendingApplication: string;
  sendingFacility: string;
  /** When the event happened (EVN-6, else EVN-2, else MSH-7): the order events are applied in. */
  occurredAt: Date;
  visitNumber: string;
  /** PV1-2: I inpatient, O outpatient, E emergency, … */
  patientClass: string;
  place: HisPlace | null;
  priorPlace: HisPlace | null;
  /** PV1-10, the hospital service (department) code. */
  departmentCode: string;
  admittedAt: Date | null;
  dischargedAt: Date | null;
  precautions: IsolationPrecaution[];
  /** PV1-38, the diet type code, for the canteen. */
  dietCode: string;
}

/** A message the feed cannot apply, with its HL7 table 0357 code: answered AE (or AR) with an ERR segment. */
export class AdtRejection extends Error {
  constructor(
    readonly hl7Code: 100 | 101 | 102 | 103 | 200 | 201 | 207,
    /** Where, as an HL7 path (PV1-19), when a field is at fault. */
    readonly location: string,
    message: string,
  ) {
    super(message);
  }
}

/** Settings a deployment gives the reader. */
export interface AdtReading {
  /** The hospital's offset for times without one ("+0800"). */
  timeOffset: string;
  /** OBX-3.1 codes whose OBX-5 carries an isolation precaution (the HIS's observation for it). */
  precautionObservations: string[];
}

function placeOf(message: Hl7Message, field: 'PV1-3' | 'PV1-6'): HisPlace | null {
  const ward = message.get(`${field}.1`);
  return ward ? { ward, room: message.get(`${field}.2`), bed: message.get(`${field}.3`) } : null;
}

function precautionsOf(message: Hl7Message, observations: string[]): IsolationPrecaution[] {
  const found = new Set<IsolationPrecaution>();
  for (const obx of message.each('OBX')) {
    if (!observations.includes(obx.get('OBX-3.1'))) continue;
    for (let r = 0; r < obx.repetitions('OBX-5'); r++) {
      for (const value of [obx.get('OBX-5.1', r), obx.get('OBX-5.2', r)]) {
        const precaution = precautionOf(value);
        if (precaution) found.add(precaution);
      }
    }
  }
  return [...found].sort();
}

/** The trigger of an ADT message (MSH-9.2, else EVN-1), or null for any other message. */
export function adtTriggerOf(message: Hl7Message): AdtTrigger | null {
  if (message.get('MSH-9.1') !== 'ADT') return null;
  const trigger = message.get('MSH-9.2') || message.get('EVN-1');
  return (ADT_TRIGGERS as readonly string[]).includes(trigger) ? (trigger as AdtTrigger) : null;
}

/** Reads an ADT message the feed applies; throws AdtRejection when it lacks what that takes. */
export function readAdt(message: Hl7Message, reading: AdtReading): AdtMessage {
  const trigger = adtTriggerOf(message);
  if (!trigger) throw new AdtRejection(201, 'MSH-9', `not an ADT event the feed applies: ${message.get('MSH-9.1')}^${message.get('MSH-9.2')}`);
  if (!message.has('PV1')) throw new AdtRejection(100, 'PV1', `ADT^${trigger} without a PV1 segment`);
  const time = (path: string) => {
    const value = message.get(path);
    const parsed = value ? parseHl7Time(value, reading.timeOffset) : null;
    if (value && !parsed) throw new AdtRejection(102, path, `${path} is not an HL7 time: ${value}`);
    return parsed;
  };
  const occurredAt = time('EVN-6') ?? time('EVN-2') ?? time('MSH-7');
  if (!occurredAt) throw new AdtRejection(101, 'EVN-2', 'the event has no time (EVN-2, EVN-6 or MSH-7)');
  const visitNumber = message.get('PV1-19.1');
  if (!visitNumber) throw new AdtRejection(101, 'PV1-19', `ADT^${trigger} without a visit number (PV1-19)`);
  const place = placeOf(message, 'PV1-3');
  // Admissions and transfers say where the patient now is; a discharge or a cancel may leave it out.
  if (!place && (trigger === 'A01' || trigger === 'A02')) throw new AdtRejection(101, 'PV1-3', `ADT^${trigger} without the patient's location (PV1-3)`);
  return {
    trigger,
    controlId: message.get('MSH-10'),
    sendingApplication: message.get('MSH-3'),
    sendingFacility: message.get('MSH-4'),
    occurredAt,
    visitNumber,
    patientClass: message.get('PV1-2'),
    place,
    priorPlace: placeOf(message, 'PV1-6'),
    departmentCode: message.get('PV1-10'),
    admittedAt: time('PV1-44'),
    dischargedAt: time('PV1-45'),
    precautions: precautionsOf(message, reading.precautionObservations),
    dietCode: message.get('PV1-38'),
  };
}
