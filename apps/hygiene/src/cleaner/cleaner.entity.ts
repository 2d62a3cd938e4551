import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A cleaner (保洁员) of one campus: a member of org's staff, the zones they work and their training record. GraphQL: `Cleaner`. */
@Entity({ name: 'cleaner' })
@Index('cleaner_campus_idx', ['campusId'])
export class CleanerRow {
  /** Their org staff id. */
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { array: true }) zoneIds!: string[];
  /** 院感培训: the last infection-control training passed, and until when it counts (Beijing dates). */
  @Column('date', { nullable: true }) trainedOn!: string | null;
  @Column('date', { nullable: true }) trainedUntil!: string | null;
  @Column('text', { nullable: true }) trainingCertificateNo!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz', { nullable: true }) lastAssignedAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}
