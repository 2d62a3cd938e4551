import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ComplaintStatus } from './complaint-status';

/** An outsourced company of one campus (外包单位). The public GraphQL type is `Contractor` (contractor.model.ts). */
@Entity({ name: 'contractor' })
@Index('contractor_campus_name_uq', ['campusId', 'name'], { unique: true })
export class ContractorRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  /** What the campus buys from them (ContractorKind): cleaning, laundry, pest control or termite control. */
  @Column('text') kind!: string;
  @Column('boolean') active!: boolean;
  /** 营业执照 / 资质证书 number. */
  @Column('text', { nullable: true }) licenceNo!: string | null;
  @Column('text', { nullable: true }) contactName!: string | null;
  @Column('text', { nullable: true }) contactPhone!: string | null;
  @Column('date', { nullable: true }) contractStart!: string | null;
  @Column('date', { nullable: true }) contractEnd!: string | null;
  /** CLEANING only: the zones they clean (a zone has one cleaning contractor); their inspections count towards them. */
  @Column('uuid', { array: true }) zoneIds!: string[];
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}

/** A clinical department's check of a contractor for one month (科室月度考核): one per department, contractor and month. */
@Entity({ name: 'contractor_monthly_check' })
@Index('contractor_monthly_check_uq', ['contractorId', 'departmentId', 'month'], { unique: true })
export class ContractorMonthlyCheckRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') contractorId!: string;
  @Column('uuid') departmentId!: string;
  /** YYYY-MM, Beijing calendar. */
  @Column('text') month!: string;
  /** Each criterion with its points out of 10. */
  @Column('jsonb') items!: { criterion: string; points: number }[];
  /** 0–100, one decimal. */
  @Column('real') score!: number;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('text') checkedBySubject!: string;
  @Column('text') checkedByName!: string;
  @Column('timestamptz') checkedAt!: Date;
}

/** A complaint about a contractor (投诉), handled to closure. */
@Entity({ name: 'contractor_complaint' })
@Index('contractor_complaint_number_uq', ['number'], { unique: true })
@Index('contractor_complaint_contractor_idx', ['contractorId', 'raisedAt'])
export class ContractorComplaintRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') contractorId!: string;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('text') description!: string;
  @Column('text') status!: ComplaintStatus;
  @Column('text') raisedBySubject!: string;
  @Column('text') raisedByName!: string;
  @Column('timestamptz') raisedAt!: Date;
  /** Accept by then; a reopened complaint gets a new deadline. */
  @Column('timestamptz') responseDueAt!: Date;
  @Column('timestamptz', { nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) resolvedAt!: Date | null;
  @Column('text', { nullable: true }) resolution!: string | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('integer') reopenCount!: number;
}

/** The complaint-response job's record: one alert per complaint and deadline. */
@Entity({ name: 'contractor_complaint_overdue' })
export class ContractorComplaintOverdueRow {
  @PrimaryColumn('uuid') complaintId!: string;
  @PrimaryColumn('timestamptz') responseDueAt!: Date;
  @Column('timestamptz') announcedAt!: Date;
}
