import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DutyKind } from './duty-roster';
import { LicenceKind } from './licence-requirements';

/**
 * A technician's operating licence (特种作业操作证, 特种设备作业人员证). The campus is the staff member's when
 * it was recorded, for campus-scoped reads and the audit trail. Dates are China calendar dates.
 */
@Entity({ name: 'technician_certificate' })
@Index('technician_certificate_staff_kind_no_uq', ['staffId', 'kind', 'certificateNo'], { unique: true })
export class TechnicianCertificateRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') staffId!: string;
  @Column('uuid') campusId!: string;
  @Column('text') kind!: LicenceKind;
  @Column('text') certificateNo!: string;
  @Column('date') issuedOn!: string;
  @Column('date') validUntil!: string;
  @Column('text') issuingAuthority!: string;
  @Column('timestamptz') recordedAt!: Date;
  @Column('text') recordedBy!: string;
}

/**
 * One entry of a campus's duty roster (排班): someone on site (SHIFT) or on call (ON_CALL) from `startsAt`
 * to `endsAt` (exclusive, so back-to-back shifts do not overlap). `teamId` is the staff member's team when
 * it was scheduled. A cancelled shift is deleted; the audit trail and the event keep it.
 */
@Entity({ name: 'duty_shift' })
@Index('duty_shift_campus_starts_idx', ['campusId', 'startsAt'])
@Index('duty_shift_staff_starts_idx', ['staffId', 'startsAt'])
export class DutyShiftRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') staffId!: string;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('text') kind!: DutyKind;
  @Column('timestamptz') startsAt!: Date;
  @Column('timestamptz') endsAt!: Date;
  @Column('text') createdBy!: string;
  @Column('timestamptz') createdAt!: Date;
}
