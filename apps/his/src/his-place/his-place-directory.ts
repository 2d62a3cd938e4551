import { Injectable } from '@nestjs/common';
import { DepartmentReplicaRow, LocationReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { HisPlace } from '../hl7/adt-message';
import { resolvePlace, ResolvedPlace, UnresolvedPlace } from './his-place';

/** Resolves HIS place codes against the service's replica of org's locations (active ones only). */
@Injectable()
export class HisPlaceDirectory {
  /**
   * One statement whatever the ward's size: the wards with the code, and under them only the locations the room and
   * bed codes can name (their children with either code, and the named room's children with the bed's code).
   */
  async resolve(manager: EntityManager, place: HisPlace, field = 'PV1-3'): Promise<ResolvedPlace | UnresolvedPlace> {
    const wardsOfCode = `SELECT w.id FROM org_location_replica w WHERE w.kind = 'WARD' AND w.his_code = :ward AND w.active`;
    const rows = await manager
      .createQueryBuilder(LocationReplicaRow, 'l')
      .where(`l.kind = 'WARD' AND l.hisCode = :ward AND l.active`)
      .orWhere(
        `l.active AND l.hisCode = ANY(:codes) AND (l.parentId IN (${wardsOfCode})
          OR l.parentId IN (SELECT r.id FROM org_location_replica r WHERE r.parent_id IN (${wardsOfCode}) AND r.his_code = :room AND r.active))`,
      )
      .setParameters({ ward: place.ward, room: place.room, codes: [place.room, place.bed].filter(Boolean) })
      .getMany();
    const isWard = (row: LocationReplicaRow) => row.kind === 'WARD' && row.hisCode === place.ward;
    return resolvePlace(
      place,
      rows.filter(isWard),
      rows.filter((row) => !isWard(row)),
      field,
    );
  }

  /** The campus's active department with this HIS code (PV1-10), or null. */
  async departmentId(manager: EntityManager, campusId: string, hisCode: string): Promise<string | null> {
    if (!hisCode) return null;
    return (await manager.findOneBy(DepartmentReplicaRow, { campusId, hisCode, active: true }))?.id ?? null;
  }
}
