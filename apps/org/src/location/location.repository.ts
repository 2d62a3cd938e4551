import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { optionalText, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { EntityManager } from 'typeorm';
import { BUILDING, FLOOR } from '../building/building.entity';
import { filterActive } from '../common/directory-args';
import { DirectoryReader } from '../common/directory-reader';
import { likePattern } from '@houqin/platform-database';
import { NAME_MAX } from '../common/directory-rules';
import { DEPARTMENT } from '../department/department.entity';
import { LocationHierarchy } from './location-hierarchy';
import { LOCATION, LocationRow } from './location.entity';
import { LocationsArgs } from './location.inputs';

export type LocationRefs = Pick<LocationRow, 'id' | 'kind' | 'campusId' | 'buildingId' | 'floorId' | 'parentId' | 'departmentId'>;

@Injectable()
export class LocationRepository {
  constructor(private readonly reader: DirectoryReader) {}

  list<T>(identity: Identity, args: LocationsArgs, map: (row: LocationRow) => T): Promise<Page<T>> {
    const campusId = requireUuid('campusId', args.campusId);
    const parentId = optionalUuid('parentId', args.parentId);
    const search = optionalText('search', args.search, NAME_MAX);
    const query = filterActive(this.reader.query(identity, LOCATION), args.active).andWhere('location.campusId = :campusId', { campusId });
    if (args.kind) query.andWhere('location.kind = :kind', { kind: args.kind });
    if (parentId) query.andWhere('location.parentId = :parentId', { parentId });
    if (search) query.andWhere('(location.name ILIKE :search OR location.code ILIKE :search)', { search: likePattern(search) });
    return paginate(query, args, map);
  }

  /** Loads what a location points at (within the caller's campuses), checks the placement and returns the parent. */
  async checkPlacement(identity: Identity, refs: LocationRefs, manager: EntityManager): Promise<LocationRow | null> {
    const parent = await this.reader.findOptional(identity, LOCATION, 'parentId', refs.parentId, manager);
    LocationHierarchy.check({
      id: refs.id,
      kind: refs.kind,
      campusId: refs.campusId,
      building: await this.reader.findVisible(identity, BUILDING, 'buildingId', refs.buildingId, manager),
      floor: await this.reader.findOptional(identity, FLOOR, 'floorId', refs.floorId, manager),
      parent,
      department: await this.reader.findOptional(identity, DEPARTMENT, 'departmentId', refs.departmentId, manager),
    });
    return parent;
  }
}
