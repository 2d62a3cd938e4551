import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An inpatient stay as the HIS feed announced it (inpatient-stay.ts), for the census of occupied bed-days. Kept only
 * from his.encounter events; never shown over GraphQL as such, only counted (occupied-bed-days.ts).
 */
@Entity({ name: 'inpatient_stay' })
@Index('inpatient_stay_campus_admitted_idx', ['campusId', 'admittedAt'])
export class InpatientStayRow {
  @PrimaryColumn('uuid') encounterId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) wardId!: string | null;
  @Column('timestamptz') admittedAt!: Date;
  @Column('timestamptz', { nullable: true }) dischargedAt!: Date | null;
}
