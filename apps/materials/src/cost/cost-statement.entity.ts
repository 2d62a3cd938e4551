import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department's month sent to finance: the key makes the monthly job send each one once, whatever reruns. */
@Entity({ name: 'department_materials_statement' })
export class DepartmentMaterialsStatementRow {
  @PrimaryColumn('uuid') departmentId!: string;
  @PrimaryColumn('text') month!: string;
  @Column('uuid') campusId!: string;
  @Column('bigint') netFen!: string;
  @Column('timestamptz') publishedAt!: Date;
}
