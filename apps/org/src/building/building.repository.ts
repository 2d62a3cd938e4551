import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DirectoryReader } from '../common/directory-reader';
import { BUILDING, BuildingRow, FLOOR, FloorRow } from './building.entity';
import { BuildingsArgs, FloorsArgs } from './building.inputs';

@Injectable()
export class BuildingRepository {
  constructor(private readonly reader: DirectoryReader) {}

  buildings<T>(identity: Identity, args: BuildingsArgs, map: (row: BuildingRow) => T): Promise<Page<T>> {
    const campusId = requireUuid('campusId', args.campusId);
    return paginate(this.reader.query(identity, BUILDING).andWhere('building.campusId = :campusId', { campusId }), args, map);
  }

  floors<T>(identity: Identity, args: FloorsArgs, map: (row: FloorRow) => T): Promise<Page<T>> {
    const buildingId = requireUuid('buildingId', args.buildingId);
    return paginate(this.reader.query(identity, FLOOR).andWhere('floor.buildingId = :buildingId', { buildingId }), args, map);
  }
}
