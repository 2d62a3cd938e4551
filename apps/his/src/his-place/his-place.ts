import { HisPlace, hl7PlaceFields } from '../hl7/adt-message';

/** An org location as the his service knows it from its replica. */
export interface KnownLocation {
  id: string;
  campusId: string;
  parentId: string | null;
  departmentId: string | null;
  kind: string;
  hisCode: string | null;
}

/** Where the HIS's place codes lead: the ward, and the room and bed under it when the HIS named them. */
export interface ResolvedPlace {
  ward: KnownLocation;
  room: KnownLocation | null;
  bed: KnownLocation | null;
  /** The most precise of them: where the patient is (a bed, else a room, else the ward). */
  location: KnownLocation;
}

/** A code the directory does not know (or knows twice): the message waits in the review queue until it is mapped. */
export interface UnresolvedPlace {
  /** PV1-3.1 (ward), PV1-3.2 (room) or PV1-3.3 (bed), PV1-6.x for the prior place; a FHIRPath for FHIR (HisPlace.fields). */
  field: string;
  code: string;
  reason: 'UNKNOWN' | 'AMBIGUOUS';
}

/**
 * Maps a PV1-3/PV1-6 place onto org's locations by their HIS codes. A ward code is looked up among the group's wards
 * (one HIS serves the group, so its ward codes are the group's); a room among the ward's children; a bed among the
 * room's children, or the ward's when the HIS sends no room. A code that matches nothing, or two wards, is named.
 */
export function resolvePlace(place: HisPlace, wards: KnownLocation[], below: KnownLocation[], field = 'PV1-3'): ResolvedPlace | UnresolvedPlace {
  const fields = place.fields ?? hl7PlaceFields(field);
  if (wards.length !== 1) return { field: fields.ward, code: place.ward, reason: wards.length ? 'AMBIGUOUS' : 'UNKNOWN' };
  const [ward] = wards;
  const childOf = (parent: KnownLocation, code: string) => below.find((l) => l.parentId === parent.id && l.hisCode === code) ?? null;
  const room = place.room ? childOf(ward, place.room) : null;
  if (place.room && !room) return { field: fields.room, code: place.room, reason: 'UNKNOWN' };
  const bed = place.bed ? childOf(room ?? ward, place.bed) : null;
  if (place.bed && !bed) return { field: fields.bed, code: place.bed, reason: 'UNKNOWN' };
  return { ward, room, bed, location: bed ?? room ?? ward };
}

export const isResolved = (place: ResolvedPlace | UnresolvedPlace): place is ResolvedPlace => 'location' in place;
