import type { CodeableConcept, Encounter, EncounterLocation, Location, Organization, Reference } from '@medplum/fhirtypes';
import { AdtMessage, AdtTrigger, HisPlace, IsolationPrecaution, precautionOf } from '../hl7/adt-message';

/**
 * How a HIS states isolation precautions on an Encounter (R4 has no element for them): extensions with this URL on the
 * Encounter, each a valueCodeableConcept whose coding codes or text name one (CONTACT, DROPLET, AIRBORNE, PROTECTIVE,
 * or 接触隔离, 飞沫隔离, 空气隔离/呼吸道隔离, 保护性隔离, as OBX-5 may).
 */
export const ISOLATION_PRECAUTION_EXTENSION = 'https://houqin.example.cn/fhir/StructureDefinition/isolation-precaution';

/** v3 ActCode classes of a stay in a bed: inpatient, acute and non-acute inpatient. Others are acknowledged and ignored. */
export const INPATIENT_CLASSES = ['IMP', 'ACUTE', 'NONAC'];

const STATUSES = ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'] as const;
type EncounterStatus = (typeof STATUSES)[number];

/** An Encounter the feed cannot apply: the element at fault and the HL7 table 0357 equivalent (101 missing, 102 invalid). */
export class FhirEncounterRejection extends Error {
  constructor(
    readonly hl7Code: 101 | 102,
    readonly expression: string,
    message: string,
  ) {
    super(message);
  }
}

/** What houqin takes from an inpatient Encounter, and nothing more (PIPL): no subject, diagnosis or participant. */
export interface FhirVisit {
  visitNumber: string;
  status: EncounterStatus;
  /** Where the patient is: the active ward/room/bed Locations (or, when none is active, the last ones left). */
  place: HisPlace | null;
  /** Since when the patient is there (the place's Location periods), the time of a transfer. */
  placeSince: Date | null;
  departmentCode: string;
  start: Date | null;
  end: Date | null;
  precautions: IsolationPrecaution[];
  dietCode: string;
  lastUpdated: Date | null;
}

/** Location.physicalType codes (http://terminology.hl7.org/CodeSystem/location-physical-type) the directory's levels have. */
const LEVELS = { wa: 'ward', ro: 'room', bd: 'bed' } as const;
type Level = (typeof LEVELS)[keyof typeof LEVELS];

const dateOf = (value: string | undefined): Date | null => (value ? new Date(value) : null);
const codeOf = (concept: CodeableConcept | undefined): string => concept?.coding?.find((c) => c.code)?.code ?? '';

function contained<T extends Location | Organization>(
  encounter: Encounter,
  reference: Reference | undefined,
  type: T['resourceType'],
): { resource: T; index: number } | null {
  if (!reference?.reference?.startsWith('#')) return null;
  const index = (encounter.contained ?? []).findIndex((r) => r.resourceType === type && r.id === reference.reference?.slice(1));
  return index < 0 ? null : { resource: encounter.contained?.[index] as T, index };
}

/** One Encounter.location entry read: its level, the HIS code, where the code is, and the entry's status and period. */
interface PlaceEntry {
  level: Level;
  code: string;
  expression: string;
  status: EncounterLocation['status'];
  start: Date | null;
  end: Date | null;
}

function readLocation(encounter: Encounter, entry: EncounterLocation, i: number): PlaceEntry {
  const element = `Encounter.location[${i}]`;
  const inside = contained<Location>(encounter, entry.location, 'Location');
  const type = codeOf(entry.physicalType) || codeOf(inside?.resource.physicalType);
  const level = LEVELS[type as keyof typeof LEVELS];
  if (!level)
    throw new FhirEncounterRejection(
      101,
      `${element}.physicalType`,
      `an inpatient's location needs physicalType wa (ward), ro (room) or bd (bed): ${type || 'none'}`,
    );
  const [code, expression] = entry.location.identifier?.value
    ? [entry.location.identifier.value, `${element}.location.identifier.value`]
    : [inside?.resource.identifier?.find((id) => id.value)?.value ?? '', `Encounter.contained[${inside?.index}].identifier`];
  if (!code)
    throw new FhirEncounterRejection(
      101,
      `${element}.location.identifier`,
      'the location names no HIS code (a logical reference identifier, or a contained Location identifier)',
    );
  return { level, code, expression, status: entry.status, start: dateOf(entry.period?.start), end: dateOf(entry.period?.end) };
}

/**
 * Where the patient is: the entries still active (an entry without status counts as active), else the last ones left
 * (completed, latest end). Each level's latest entry gives its code; a place needs its ward.
 */
function placeOf(entries: PlaceEntry[]): { place: HisPlace | null; since: Date | null } {
  const active = entries.filter((e) => !e.status || e.status === 'active');
  const lastEnd = Math.max(...entries.filter((e) => e.status === 'completed').map((e) => e.end?.getTime() ?? 0));
  const current = active.length ? active : entries.filter((e) => e.status === 'completed' && (e.end?.getTime() ?? 0) === lastEnd);
  if (!current.length) return { place: null, since: null };
  const at = (level: Level) => current.filter((e) => e.level === level).pop();
  const [ward, room, bed] = [at('ward'), at('room'), at('bed')];
  if (!ward) throw new FhirEncounterRejection(101, 'Encounter.location', 'the location names no ward (physicalType wa) for its room or bed');
  const starts = current.map((e) => e.start?.getTime() ?? 0).filter(Boolean);
  return {
    place: {
      ward: ward.code,
      room: room?.code ?? '',
      bed: bed?.code ?? '',
      fields: { ward: ward.expression, room: room?.expression ?? 'Encounter.location', bed: bed?.expression ?? 'Encounter.location' },
    },
    since: starts.length ? new Date(Math.max(...starts)) : null,
  };
}

function visitNumberOf(encounter: Encounter, system: string | null): string {
  const identifiers = (encounter.identifier ?? []).filter((id) => id.value);
  const chosen = system ? identifiers.find((id) => id.system === system) : (identifiers.find((id) => id.use === 'official') ?? identifiers[0]);
  if (!chosen?.value)
    throw new FhirEncounterRejection(
      101,
      'Encounter.identifier',
      system ? `no identifier of system ${system} (the visit number)` : 'no identifier (the visit number)',
    );
  return chosen.value;
}

function departmentOf(encounter: Encounter): string {
  const provider = encounter.serviceProvider;
  return provider?.identifier?.value ?? contained<Organization>(encounter, provider, 'Organization')?.resource.identifier?.find((id) => id.value)?.value ?? '';
}

function precautionsOf(encounter: Encounter): IsolationPrecaution[] {
  const found = new Set<IsolationPrecaution>();
  for (const extension of encounter.extension ?? []) {
    if (extension.url !== ISOLATION_PRECAUTION_EXTENSION) continue;
    const concept = extension.valueCodeableConcept;
    for (const value of [...(concept?.coding ?? []).flatMap((c) => [c.code ?? '', c.display ?? '']), concept?.text ?? '']) {
      const precaution = precautionOf(value);
      if (precaution) found.add(precaution);
    }
  }
  return [...found].sort();
}

/**
 * Reads a valid R4 Encounter (fhir-r4.ts has checked its structure) for the feed: null when it is not an inpatient's
 * (acknowledged and ignored, as HL7 outpatient traffic); throws FhirEncounterRejection when it lacks what the feed needs.
 */
export function readFhirEncounter(encounter: Encounter, visitSystem: string | null): FhirVisit | null {
  if (!INPATIENT_CLASSES.includes(encounter.class?.code ?? '')) return null;
  if (!(STATUSES as readonly string[]).includes(encounter.status))
    throw new FhirEncounterRejection(102, 'Encounter.status', `not an R4 Encounter status: ${encounter.status}`);
  const visitNumber = visitNumberOf(encounter, visitSystem);
  const { place, since } = placeOf((encounter.location ?? []).map((entry, i) => readLocation(encounter, entry, i)));
  return {
    visitNumber,
    status: encounter.status as EncounterStatus,
    place,
    placeSince: since,
    departmentCode: departmentOf(encounter),
    start: dateOf(encounter.period?.start),
    end: dateOf(encounter.period?.end),
    precautions: precautionsOf(encounter),
    dietCode: codeOf(encounter.hospitalization?.dietPreference?.[0]),
    lastUpdated: dateOf(encounter.meta?.lastUpdated),
  };
}

/** The encounter as the feed has it before this resource: its status and where the patient is. */
export interface KnownEncounter {
  status: string | null;
  locationId: string | null;
}

/**
 * The ADT event an Encounter's state amounts to, given the encounter as the feed has it: FHIR sends states, the feed
 * replays events (encounter-timeline.ts). In progress: an admission (A01) the first time, a discharge cancelled (A13)
 * after a discharge, a transfer (A02) to another location, else an update (A08). Finished: a discharge (A03), once.
 * Planned/arrived/triaged: a registration (A04). Cancelled or entered in error: the admission cancelled (A11).
 */
export function fhirTrigger(status: EncounterStatus, known: KnownEncounter | null, locationId: string | null): AdtTrigger {
  switch (status) {
    case 'cancelled':
    case 'entered-in-error':
      return 'A11';
    case 'planned':
    case 'arrived':
    case 'triaged':
      return 'A04';
    case 'in-progress':
    case 'onleave':
      if (!known?.status || known.status === 'REGISTERED') return 'A01';
      if (known.status === 'DISCHARGED') return 'A13';
      return locationId && locationId !== known.locationId ? 'A02' : 'A08';
    case 'finished':
      return known?.status === 'DISCHARGED' ? 'A08' : 'A03';
    default:
      return 'A08';
  }
}

/**
 * The visit as the feed's ADT event. It happened when the resource says: an admission at the period's start, a
 * transfer when the new location's period starts, a discharge at the period's end; anything else at meta.lastUpdated,
 * else when it arrived.
 */
export function fhirAdt(visit: FhirVisit, trigger: AdtTrigger, envelope: { controlId: string; sendingApplication: string }, receivedAt: Date): AdtMessage {
  const stated = visit.lastUpdated ?? receivedAt;
  const occurredAt = (trigger === 'A01' ? visit.start : trigger === 'A02' ? visit.placeSince : trigger === 'A03' ? visit.end : null) ?? stated;
  return {
    trigger,
    ...envelope,
    sendingFacility: '',
    occurredAt,
    visitNumber: visit.visitNumber,
    patientClass: 'I',
    place: visit.place,
    priorPlace: null,
    departmentCode: visit.departmentCode,
    admittedAt: visit.start,
    dischargedAt: visit.status === 'finished' ? visit.end : null,
    precautions: visit.precautions,
    dietCode: visit.dietCode,
  };
}
