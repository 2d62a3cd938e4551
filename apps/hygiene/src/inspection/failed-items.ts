import { DomainError } from '@houqin/platform-errors';
import { InspectionRemedy } from './inspection-remedy';
import { ItemOutcome } from './score-sheet';

/** What the inspector said to do about an item, as checked input. */
export interface RemedyRequest {
  locationId: string | null;
  remedy: InspectionRemedy | null;
  repairCategory: string | null;
}

export interface FollowUp {
  locationId: string;
  remedy: InspectionRemedy;
  repairCategory: string | null;
}

/**
 * Every failed item must say where and what is to be done (整改): a corrective cleaning, or a repair in a
 * maintenance trade. A zone of one location needs no location named; otherwise it must be one of the zone's.
 * Passed items need nothing: whatever was sent for them is dropped. Returns, per outcome, its follow-up or null.
 */
export function followUpsOf(
  outcomes: readonly ItemOutcome[],
  requests: ReadonlyMap<string, RemedyRequest>,
  zone: { name: string; locationIds: readonly string[] },
): (FollowUp | null)[] {
  return outcomes.map(({ item, passed }) => {
    if (passed) return null;
    const request = requests.get(item.key);
    if (!request?.remedy) throw new DomainError('INSPECTION_REMEDY_REQUIRED', { item: item.label });
    const locationId = request.locationId ?? (zone.locationIds.length === 1 ? zone.locationIds[0] : null);
    if (!locationId) throw new DomainError('INSPECTION_LOCATION_REQUIRED', { item: item.label });
    if (!zone.locationIds.includes(locationId)) throw new DomainError('INSPECTION_LOCATION_OUTSIDE_ZONE', { item: item.label, zone: zone.name });
    if (request.remedy === InspectionRemedy.REPAIR && !request.repairCategory)
      throw new DomainError('INSPECTION_REPAIR_CATEGORY_REQUIRED', { item: item.label });
    return { locationId, remedy: request.remedy, repairCategory: request.remedy === InspectionRemedy.REPAIR ? request.repairCategory : null };
  });
}
