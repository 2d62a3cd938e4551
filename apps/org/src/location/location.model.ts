import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Building, Floor } from '../building/building.model';
import { Campus } from '../campus/campus.model';
import { Department } from '../department/department.model';
import { LocationKind } from './location-hierarchy';
import { LocationRow } from './location.entity';

registerEnumType(LocationKind, { name: 'LocationKind', description: '位置类型: 病区 WARD, 房间 ROOM, 床位 BED, 区域 AREA' });

@ObjectType({ description: '位置: a ward, room, bed or area; where repairs are requested and done.' })
@Directive('@key(fields: "id")')
export class Location {
  @Field(() => ID) id!: string;
  @Field(() => LocationKind) kind!: LocationKind;
  @Field(() => String, { description: 'Unique on the campus, e.g. E-ZY1-5W.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "HIS 编码 at its own level (ward, room or bed, as PV1-3 sends it); unique among its parent's locations." })
  hisCode!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Campus) campus!: Campus;
  @Field(() => Building) building!: Building;
  @Field(() => Floor, { nullable: true }) floor!: Floor | null;
  @Field(() => Location, { nullable: true, description: "A bed's ward or room; a room's ward." }) parent!: Location | null;
  @Field(() => Department, { nullable: true, description: 'The owning department, charged for repairs here.' }) department!: Department | null;
  campusId!: string;
  buildingId!: string;
  floorId!: string | null;
  parentId!: string | null;
  departmentId!: string | null;
}

export const LocationConnection = Connection(Location, 'Location');

export function toLocation(row: LocationRow): Location {
  return Object.assign(new Location(), {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    hisCode: row.hisCode,
    active: row.active,
    campusId: row.campusId,
    buildingId: row.buildingId,
    floorId: row.floorId,
    parentId: row.parentId,
    departmentId: row.departmentId,
  });
}
