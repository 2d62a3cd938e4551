import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SewageExceedance, SewageReadings } from './sewage-limit-check';
import type { Disinfectant, SewageLimit, SewageStandard } from './sewage-standard';

/**
 * A campus's sewage station (污水处理站): the standard it meets, its hours and its limits (the standard's values
 * unless the campus set its own). Having one is what makes a campus owe a daily log.
 */
@Entity({ name: 'sewage_station' })
export class SewageStationRow {
  @PrimaryColumn('uuid') campusId!: string;
  @Column('text') standard!: SewageStandard;
  @Column('double precision') expectedRunHours!: number;
  @Column('jsonb') limits!: SewageLimit[];
  /** The first Beijing date a log is owed for: the day the station was set up. */
  @Column('date') logsFrom!: string;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}

/**
 * A station's day (运行日志): run hours, dosing, readings, and what they broke of the limits at the time (kept, since
 * limits change). One per campus and Beijing date. The public GraphQL type is `SewageLog` (sewage-log.model.ts).
 */
@Entity({ name: 'sewage_log' })
@Index('sewage_log_campus_date_uq', ['campusId', 'logDate'], { unique: true })
export class SewageLogRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('date') logDate!: string;
  @Column('double precision') runHours!: number;
  @Column('boolean') shortRun!: boolean;
  @Column('text') disinfectant!: Disinfectant;
  @Column('double precision') dosageKg!: number;
  /** Beijing times of dosing, HH:MM. */
  @Column('text', { array: true }) dosingTimes!: string[];
  @Column('jsonb') readings!: SewageReadings;
  @Column('jsonb') exceedances!: SewageExceedance[];
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}

/** A day a station went without a log, as the missing-log job found it: the key makes its alert once-only. */
@Entity({ name: 'sewage_log_missing' })
export class SewageLogMissingRow {
  @PrimaryColumn('uuid') campusId!: string;
  @PrimaryColumn('date') logDate!: string;
  @Column('timestamptz') recordedAt!: Date;
}
