import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';

/** 楼栋 */
@Entity({ name: 'building' })
@Index('building_campus_code_idx', ['campusId', 'code'], { unique: true })
export class BuildingRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** 楼层: level is the storey number, negative below ground (B1 = -1). */
@Entity({ name: 'floor' })
@Index('floor_building_level_idx', ['buildingId', 'level'], { unique: true })
@Index('floor_campus_idx', ['campusId'])
export class FloorRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') buildingId!: string;
  @Column('uuid') campusId!: string;
  @Column('integer') level!: number;
  @Column('text') name!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const BUILDING: DirectoryKind<BuildingRow> = {
  entity: 'Building',
  row: BuildingRow,
  alias: 'building',
  campusProperty: 'campusId',
  campusOf: (row) => row.campusId,
};
export const FLOOR: DirectoryKind<FloorRow> = { entity: 'Floor', row: FloorRow, alias: 'floor', campusProperty: 'campusId', campusOf: (row) => row.campusId };
