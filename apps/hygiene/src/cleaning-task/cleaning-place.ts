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
    const ward = ancestry.find((place) => place.kind === 'WARD') ?? null;
    const isBed = location.kind === 'BED';
    const scanLocationId = isBed ? (ancestry[1]?.id ?? location.id) : location.id;
    const zone = await this.zoneOf(manager, location.campusId, ancestry);
    return { location, bedId: isBed ? location.id : null, wardId: ward?.id ?? null, scanLocationId, zone, zoneRisk: (zone?.riskLevel as RiskLevel) ?? RiskLevel.MEDIUM };
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

  /** The zone of the nearest of the place and its ancestors that a zone names (a room may be zoned apart from its ward). */
  private async zoneOf(manager: EntityManager, campusId: string, ancestry: readonly LocationReplicaRow[]): Promise<ZoneRow | null> {
    const ids = ancestry.map((place) => place.id);
    const zones = await manager
      .createQueryBuilder(ZoneRow, 'zone')
      .where('zone.campusId = :campusId AND zone.active AND zone.locationIds && :ids::uuid[]', { campusId, ids })
      .getMany();
    for (const id of ids) {
      const zone = zones.find((z) => z.locationIds.includes(id));
      if (zone) return zone;
    }
    return null;
  }
}
