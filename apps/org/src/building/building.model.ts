import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Campus } from '../campus/campus.model';
import { BuildingRow, FloorRow } from './building.entity';

@ObjectType({ description: '楼栋' })
@Directive('@key(fields: "id")')
export class Building {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Campus) campus!: Campus;
  /** For the field resolver; not part of the schema. */
  campusId!: string;
}

@ObjectType({ description: '楼层' })
@Directive('@key(fields: "id")')
export class Floor {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Storey number; negative below ground (B1 = -1).' }) level!: number;
  @Field(() => String) name!: string;
  @Field(() => Building) building!: Building;
  buildingId!: string;
}

export const BuildingConnection = Connection(Building, 'Building');
export const FloorConnection = Connection(Floor, 'Floor');

export function toBuilding(row: BuildingRow): Building {
  return Object.assign(new Building(), { id: row.id, code: row.code, name: row.name, campusId: row.campusId });
}

export function toFloor(row: FloorRow): Floor {
  return Object.assign(new Floor(), { id: row.id, level: row.level, name: row.name, buildingId: row.buildingId });
}
