import { Injectable } from '@nestjs/common';
import { DepartmentReplicaRow, LocationReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { HisPlace } from '../hl7/adt-message';
import { resolvePlace, ResolvedPlace, UnresolvedPlace } from './his-place';

/** Resolves HIS place codes against the service's replica of org's locations (active ones only). */
@Injectable()
export class HisPlaceDirectory {
  async resolve(manager: EntityManager, place: HisPlace, field = 'PV1-3'): Promise<ResolvedPlace | UnresolvedPlace> {
    const wards = await manager.findBy(LocationReplicaRow, { kind: 'WARD', hisCode: place.ward, active: true });
    // Rooms and beds: the ward's children and their children (two levels, as PV1-3 has).
    const children = wards.length === 1 ? await manager.findBy(LocationReplicaRow, { parentId: wards[0].id, active: true }) : [];
    const grandchildren = children.length ? await manager.findBy(LocationReplicaRow, { parentId: In(children.map((c) => c.id)), active: true }) : [];
    return resolvePlace(place, wards, [...children, ...grandchildren], field);
  }

  /** The campus's active department with this HIS code (PV1-10), or null. */
  async departmentId(manager: EntityManager, campusId: string, hisCode: string): Promise<string | null> {
    if (!hisCode) return null;
    return (await manager.findOneBy(DepartmentReplicaRow, { campusId, hisCode, active: true }))?.id ?? null;
  }
}
