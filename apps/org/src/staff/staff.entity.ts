import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DirectoryKind } from '../common/directory-kind';

/** 职工: anyone who requests, does or supervises work; linked to logins by staffId. */
@Entity({ name: 'staff' })
@Index('staff_employee_no_idx', ['employeeNo'], { unique: true })
@Index('staff_campus_idx', ['campusId'])
@Index('staff_team_idx', ['teamId'])
@Index('staff_department_idx', ['departmentId'])
export class StaffRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  /** 工号, unique across the group. */
  @Column('text') employeeNo!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) jobTitle!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

export const STAFF: DirectoryKind<StaffRow> = { entity: 'Staff', row: StaffRow, alias: 'staff', campusProperty: 'campusId', campusOf: (row) => row.campusId };
