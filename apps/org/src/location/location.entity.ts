import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';
import { LocationKind } from './location-hierarchy';

/** 位置: a ward, room, bed or area, where work is requested and done. */
@Entity({ name: 'location' })
@Index('location_campus_code_idx', ['campusId', 'code'], { unique: true })
@Index('location_campus_kind_idx', ['campusId', 'kind'])
@Index('location_parent_idx', ['parentId'])
// Unique among siblings (a ward's among the campus's top-level locations): an expression index the migration makes.
@Index('location_his_code_uq', { synchronize: false })
export class LocationRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') buildingId!: string;
  @Column('uuid', { nullable: true }) floorId!: string | null;
  @Column('uuid', { nullable: true }) parentId!: string | null;
  /** The department that owns it (a ward's department): repairs here are charged to it. */
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('text') kind!: LocationKind;
  @Column('text') code!: string;
  @Column('text') name!: string;
  /** The HIS's code for it at its own level (PV1-3: ward, room, bed), which the his service maps to it. */
  @Column('text', { nullable: true }) hisCode!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const LOCATION: DirectoryKind<LocationRow> = {
  entity: 'Location',
  row: LocationRow,
  alias: 'location',
  campusProperty: 'campusId',
  campusOf: (row) => row.campusId,
};
