import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';

/** 科室: also the cost centre (成本中心) finance charges logistics costs to. */
@Entity({ name: 'department' })
@Index('department_campus_cost_centre_idx', ['campusId', 'costCentreCode'], { unique: true })
// NULLs are distinct in a unique index, so departments without a HIS code do not collide.
@Index('department_campus_his_code_idx', ['campusId', 'hisCode'], { unique: true })
export class DepartmentRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) nameEn!: string | null;
  @Column('text') costCentreCode!: string;
  /** HIS 科室编码, for matching admissions, transfers and diet orders. */
  @Column('text', { nullable: true }) hisCode!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const DEPARTMENT: DirectoryKind<DepartmentRow> = {
  entity: 'Department',
  row: DepartmentRow,
  alias: 'department',
  campusProperty: 'campusId',
  campusOf: (row) => row.campusId,
};
