import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';

/** The group itself (集团): one row, named by the group admin. */
@Entity({ name: 'hospital_group' })
export class HospitalGroupRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) nameEn!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** 院区 */
@Entity({ name: 'campus' })
@Index('campus_code_idx', ['code'], { unique: true })
export class CampusRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) nameEn!: string | null;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const CAMPUS: DirectoryKind<CampusRow> = { entity: 'Campus', row: CampusRow, alias: 'campus', campusProperty: 'id', campusOf: (row) => row.id };
