import { Injectable } from '@nestjs/common';
import { DomainError } from '@houqin/platform-errors';
import { LocationReplicaRow, OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { RiskLevel } from '../zone/zone-kind';
import { ZoneRow } from '../zone/zone.entity';

/** Where a clean happens, as the task needs it: the place, its bed, ward and zone, and the room label to scan. */
export interface CleaningPlace {
  location: LocationReplicaRow;
  bedId: string | null;
  wardId: string | null;
  /** A bed's room (or its ward when it hangs under the ward): the door whose label is scanned. */
  scanLocationId: string;
  zone: ZoneRow | null;
  /** The zone's level; a place outside every zone counts as medium risk (a ward's default). */
  zoneRisk: RiskLevel;
}

/**
 * Resolves a location from the org replica into a cleaning place. A whole ward is a place only for work done on the
 * ward as such (a corrective clean of what an inspection found, the zone's rounds); a ward or the HIS names a room or bed.
 */
@Injectable()
export class CleaningPlaces {
  constructor(private readonly directory: OrgDirectoryReplica) {}

  async resolve(manager: EntityManager, locationId: string, campusId?: string, wholeWard = false): Promise<CleaningPlace> {
    const location = await this.directory.requireLocation(manager, locationId, campusId);
    if (location.kind === 'WARD' && !wholeWard) throw new DomainError('CLEANING_PLACE_NOT_CLEANABLE', { location: location.name });
    const ancestry = await this.directory.ancestry(manager, location);
    return placeOf(ancestry, await this.zonesOf(manager, ancestry));
  }

  /**
   * For places other services name (the HIS, maintenance): null for a whole ward, which has no clean of its own. A
   * location not yet in the replica throws, so the event is retried until org's change arrives.
   */
  async resolveIfCleanable(manager: EntityManager, locationId: string, campusId?: string): Promise<CleaningPlace | null> {
    try {
      return await this.resolve(manager, locationId, campusId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CLEANING_PLACE_NOT_CLEANABLE') return null;
      throw error;
    }
  }

  /** `resolveIfCleanable` for a batch of the HIS feed's places, in two statements: the locations with their parents, the zones. */
  async resolveAllIfCleanable(manager: EntityManager, locationIds: readonly string[]): Promise<Map<string, CleaningPlace | null>> {
    const chains = new Map<string, LocationReplicaRow[]>();
    for (const [id, chain] of await this.directory.locationChains(manager, locationIds)) {
      // One not in the replica yet fails the batch; the consumer then applies its events one by one, retrying that one.
      if (chain instanceof DomainError) throw chain;
      chains.set(id, chain);
    }
    const zones = await this.zonesOf(manager, [...chains.values()].flat());
    return new Map([...chains].map(([id, chain]) => [id, chain[0].kind === 'WARD' ? null : placeOf(chain, zones)]));
  }

  /** The active zones naming any of these places. */
  private zonesOf(manager: EntityManager, places: readonly LocationReplicaRow[]): Promise<ZoneRow[]> {
    const ids = [...new Set(places.map((place) => place.id))];
    const campusIds = [...new Set(places.map((place) => place.campusId))];
    return manager
      .createQueryBuilder(ZoneRow, 'zone')
      .where('zone.campusId = ANY(:campusIds) AND zone.active AND zone.locationIds && :ids::uuid[]', { campusIds, ids })
      .getMany();
  }
}

/** A place from its location's ancestry (nearest first) and the zones that may name it or an ancestor. */
function placeOf(ancestry: readonly LocationReplicaRow[], zones: readonly ZoneRow[]): CleaningPlace {
  const [location] = ancestry;
  const ward = ancestry.find((place) => place.kind === 'WARD') ?? null;
  const isBed = location.kind === 'BED';
  // The zone of the nearest of the place and its ancestors that a zone of its campus names (a room may be zoned apart from its ward).
  let zone: ZoneRow | null = null;
  for (const place of ancestry) {
    zone = zones.find((z) => z.campusId === location.campusId && z.locationIds.includes(place.id)) ?? null;
    if (zone) break;
  }
  return {
    location,
    bedId: isBed ? location.id : null,
    wardId: ward?.id ?? null,
    scanLocationId: isBed ? (ancestry[1]?.id ?? location.id) : location.id,
    zone,
    zoneRisk: (zone?.riskLevel as RiskLevel) ?? RiskLevel.MEDIUM,
  };
}
