import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { AdtMessage } from '../hl7/adt-message';
import { Hl7Reception, receiveHl7, refusalText } from '../hl7/hl7-reception';
import { isResolved, ResolvedPlace, UnresolvedPlace } from './his-place';
import { HisPlaceDirectory } from './his-place-directory';

/** An ADT event with the org locations its place codes lead to: what the encounter feed applies, from HL7 or FHIR. */
export interface AdtPlacement {
  adt: AdtMessage | null;
  place: ResolvedPlace | null;
  priorPlace: ResolvedPlace | null;
  /** PV1-10's department on the place's campus, else the department that owns the place (a bed's ward's). */
  departmentId: string | null;
}

/** A message received, with the org locations its place codes lead to when it is an ADT event the feed applies. */
export interface AdtJudgement extends Hl7Reception, AdtPlacement {}

/** HL7 table 0357 code 103 (table value not found): a place code the directory does not map, named for the review queue. */
function unmapped(reception: Hl7Reception, place: UnresolvedPlace): AdtJudgement {
  const code = place.reason === 'UNKNOWN' ? 'HL7_PLACE_UNKNOWN' : 'HL7_PLACE_AMBIGUOUS';
  const text = refusalText(code, { code: place.code, field: place.field });
  return { ...reception, adt: null, occurredAt: null, place: null, priorPlace: null, departmentId: null, ack: { code: 'AE', error: { hl7Code: 103, location: place.field, text } } };
}

/**
 * The feed's verdict on one message: read as HL7 (hl7-reception.ts), then, for an ADT event it applies, its current
 * and prior places mapped onto org's locations by their HIS codes. Used when a message arrives and when group IT
 * retries one from the review queue after fixing the directory.
 */
@Injectable()
export class AdtIntake {
  constructor(
    @Inject(HIS_SETTINGS) private readonly settings: HisSettings,
    private readonly places: HisPlaceDirectory,
  ) {}

  /** The message as HL7 (no I/O): its envelope, character set and ADT content, or why it is refused. */
  read(raw: Buffer): Hl7Reception {
    return receiveHl7(raw, this.settings.defaultCharset, this.settings);
  }

  /** The message's places mapped onto org's locations, within the caller's transaction. */
  async judge(manager: EntityManager, reception: Hl7Reception): Promise<AdtJudgement> {
    if (!reception.adt) return { ...reception, place: null, priorPlace: null, departmentId: null };
    const placement = await this.locate(manager, reception.adt);
    return 'reason' in placement ? unmapped(reception, placement) : { ...reception, ...placement };
  }

  /** An ADT event's places on org's locations (HL7 or FHIR alike), or the code the directory does not map. */
  async locate(manager: EntityManager, adt: AdtMessage): Promise<AdtPlacement | UnresolvedPlace> {
    // Beds and wards matter for inpatients: an outpatient registration's clinic is not mapped (nor refused).
    const inpatient = adt.patientClass === 'I' || adt.trigger === 'A01' || adt.trigger === 'A02' || adt.trigger === 'A12';
    if (!inpatient) return { adt, place: null, priorPlace: null, departmentId: null };
    const place = adt.place ? await this.places.resolve(manager, adt.place, 'PV1-3') : null;
    if (place && !isResolved(place)) return place;
    const priorPlace = adt.priorPlace ? await this.places.resolve(manager, adt.priorPlace, 'PV1-6') : null;
    if (priorPlace && !isResolved(priorPlace)) return priorPlace;
    const known = place ?? priorPlace;
    const departmentId = known
      ? ((await this.places.departmentId(manager, known.location.campusId, adt.departmentCode)) ?? known.location.departmentId ?? known.ward.departmentId)
      : null;
    return { adt, place, priorPlace, departmentId };
  }
}
