import { Injectable } from '@nestjs/common';
import { DepartmentReplicaRow, LocationReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { HisPlace } from '../hl7/adt-message';
import { resolvePlace, ResolvedPlace, UnresolvedPlace } from './his-place';

/** Resolves HIS place codes against the service's replica of org's locations (active ones only). */
@Injectable()
export class HisPlaceDirectory {
  /**
   * Two statements whatever the ward's size: the wards with the code, then only the locations the room and bed codes
   * can name under the ward (its children with either code, and the named room's children with the bed's code).
   */
  async resolve(manager: EntityManager, place: HisPlace, field = 'PV1-3'): Promise<ResolvedPlace | UnresolvedPlace> {
    const wards = await manager.findBy(LocationReplicaRow, { kind: 'WARD', hisCode: place.ward, active: true });
    const codes = [place.room, place.bed].filter(Boolean);
    const below =
      wards.length === 1 && codes.length
        ? await manager
            .createQueryBuilder(LocationReplicaRow, 'l')
            .where('l.active AND l.hisCode IN (:...codes)', { codes })
            .andWhere(
              `(l.parentId = :ward OR l.parentId IN (SELECT r.id FROM org_location_replica r WHERE r.parent_id = :ward AND r.his_code = :room AND r.active))`,
              { ward: wards[0].id, room: place.room },
            )
            .getMany()
        : [];
    return resolvePlace(place, wards, below, field);
  }

  /** The campus's active department with this HIS code (PV1-10), or null. */
  async departmentId(manager: EntityManager, campusId: string, hisCode: string): Promise<string | null> {
    if (!hisCode) return null;
    return (await manager.findOneBy(DepartmentReplicaRow, { campusId, hisCode, active: true }))?.id ?? null;
  }
}
