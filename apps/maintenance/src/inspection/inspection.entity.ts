import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CheckpointKind } from './reading-check';
import { ReadingUnit } from '../common/reading-unit';
import { InspectionRoundStatus } from './round-status';

/**
 * 巡检路线 of a campus, walked by one team. The schedule is daily start times in Beijing time (HH:MM), how
 * long a round may take and how late it may start. A route is never edited: a changed route is a new one,
 * so past rounds keep the checkpoints they were walked against. Deactivation cancels its scheduled rounds.
 */
@Entity({ name: 'inspection_route' })
@Index('inspection_route_campus_name_uq', ['campusId', 'name'], { unique: true })
export class InspectionRouteRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('uuid') teamId!: string;
  @Column('text', { array: true }) startTimes!: string[];
  @Column('integer') durationMinutes!: number;
  @Column('integer') startGraceMinutes!: number;
  @Column('boolean') active!: boolean;
  @Column('text', { nullable: true }) deactivationReason!: string | null;
  @Column('text') createdBy!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** 巡检点: one stop of a route, at a location (and optionally an asset), with what it expects. */
@Entity({ name: 'inspection_checkpoint' })
@Index('inspection_checkpoint_route_sequence_uq', ['routeId', 'sequence'], { unique: true })
export class InspectionCheckpointRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') routeId!: string;
  @Column('integer') sequence!: number;
  @Column('text') label!: string;
  @Column('uuid') locationId!: string;
  @Column('uuid', { nullable: true }) assetId!: string | null;
  @Column('text') kind!: CheckpointKind;
  /** READING only: the unit and the range (at least one bound). */
  @Column('text', { nullable: true }) unit!: ReadingUnit | null;
  @Column('double precision', { nullable: true }) minValue!: number | null;
  @Column('double precision', { nullable: true }) maxValue!: number | null;
  @Column('text') workCategory!: string;
}

/**
 * 巡检任务: one round of a route, created by the job a day ahead. `startBy` (start + grace) and `dueBy`
 * (start + duration) are fixed when it is scheduled. `lateAlertedAt` is the job's once-only marker for the
 * "not started in time" alert; the move to MISSED is its own once-only marker.
 */
@Entity({ name: 'inspection_round' })
@Index('inspection_round_route_start_uq', ['routeId', 'scheduledStart'], { unique: true })
@Index('inspection_round_campus_start_idx', ['campusId', 'scheduledStart'])
@Index('inspection_round_status_start_by_idx', ['status', 'startBy'])
@Index('inspection_round_status_due_by_idx', ['status', 'dueBy'])
export class InspectionRoundRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') routeId!: string;
  @Column('uuid') campusId!: string;
  @Column('timestamptz') scheduledStart!: Date;
  @Column('timestamptz') startBy!: Date;
  @Column('timestamptz') dueBy!: Date;
  @Column('text') status!: InspectionRoundStatus;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('text', { nullable: true }) startedBy!: string | null;
  @Column('text', { nullable: true }) startedByName!: string | null;
  @Column('uuid', { nullable: true }) startedByStaffId!: string | null;
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) missedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('timestamptz', { nullable: true }) lateAlertedAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
}

/** What was found at one checkpoint on one round; once recorded it stands (the unique key backs the check). */
@Entity({ name: 'inspection_reading' })
@Index('inspection_reading_round_checkpoint_uq', ['roundId', 'checkpointId'], { unique: true })
export class InspectionReadingRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') roundId!: string;
  @Column('uuid') checkpointId!: string;
  @Column('boolean', { nullable: true }) ok!: boolean | null;
  @Column('double precision', { nullable: true }) value!: number | null;
  @Column('text', { nullable: true }) unit!: ReadingUnit | null;
  @Column('boolean') outOfRange!: boolean;
  /** The corrective work order an out-of-range reading opened. */
  @Column('uuid', { nullable: true }) workOrderId!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') recordedAt!: Date;
  @Column('text') recordedBy!: string;
  @Column('text') recordedByName!: string;
}
