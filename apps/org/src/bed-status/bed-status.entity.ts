import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A bed's status (one row per bed that has had one; a bed without a row is unoccupied). GraphQL: `BedState`. */
@Entity({ name: 'bed_status' })
@Index('bed_status_ward_idx', ['wardId'])
export class BedStatusRow {
  @PrimaryColumn('uuid') bedId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) wardId!: string | null;
  /** BedStatus. */
  @Column('text') status!: string;
  @Column('timestamptz') since!: Date;
  @Column('uuid', { nullable: true }) encounterId!: string | null;
  @Column('text', { array: true }) precautions!: string[];
  /** BedStatusSource. */
  @Column('text') source!: string;
  @Column('timestamptz') updatedAt!: Date;
}
