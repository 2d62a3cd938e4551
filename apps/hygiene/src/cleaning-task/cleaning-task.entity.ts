import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ChecklistItem } from './clean-plan';
import { CleaningTaskStatus } from './cleaning-task-lifecycle';

/** 保洁任务: one clean of one place. GraphQL: `CleaningTask` (cleaning-task.model.ts). */
@Entity({ name: 'cleaning_task' })
@Index('cleaning_task_number_uq', ['number'], { unique: true })
@Index('cleaning_task_campus_status_idx', ['campusId', 'status'])
@Index('cleaning_task_location_idx', ['locationId'])
@Index('cleaning_task_cleaner_idx', ['cleanerId'])
// One task per thing that asked for it (a discharge, a schedule's round, a failed item): redelivery opens nothing twice.
@Index('cleaning_task_origin_uq', ['origin'], { unique: true })
export class CleaningTaskRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  /** CleaningTaskKind. */
  @Column('text') kind!: string;
  /** CleaningPriority. */
  @Column('text') priority!: string;
  @Column('text') status!: CleaningTaskStatus;
  @Column('uuid') locationId!: string;
  @Column('uuid', { nullable: true }) bedId!: string | null;
  /** The place whose room label the cleaner scans: the bed's room (or ward), else the place itself. */
  @Column('uuid') scanLocationId!: string;
  @Column('uuid', { nullable: true }) wardId!: string | null;
  @Column('uuid', { nullable: true }) zoneId!: string | null;
  /** RiskLevel, after isolation precautions raised it. */
  @Column('text') riskLevel!: string;
  @Column('text', { array: true }) precautions!: string[];
  @Column('integer') chlorineMgPerL!: number;
  @Column('jsonb') checklist!: ChecklistItem[];
  /** The checklist codes ticked at the finish. */
  @Column('text', { array: true, nullable: true }) checkedItems!: string[] | null;
  /** houqin's encounter whose discharge or transfer opened a terminal clean. */
  @Column('uuid', { nullable: true }) encounterId!: string | null;
  /** What asked for it, unique: `his:<encounter>:<vacated at>`, `round:<zone>:<date>:<n>`, `inspection:<item>`, `ward:<id>`. */
  @Column('text') origin!: string;
  @Column('text') note!: string;
  /** When the need arose (for a terminal clean, when the patient left): the SLA clocks and the turnaround run from it. */
  @Column('timestamptz') openedAt!: Date;
  @Column('timestamptz') startDueAt!: Date;
  @Column('timestamptz') readyDueAt!: Date;
  @Column('uuid', { nullable: true }) cleanerId!: string | null;
  @Column('timestamptz', { nullable: true }) assignedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  /** The SLA clocks already announced as overdue (START, READY), so each is announced once. */
  @Column('text', { array: true }) overdueClocks!: string[];
  @Column('timestamptz') createdAt!: Date;
  @Column('text') createdBy!: string;
}

/** A campus's own cleaning deadlines (a campus without a row uses the defaults, cleaning-sla.ts). */
@Entity({ name: 'cleaning_sla' })
export class CleaningSlaRow {
  @PrimaryColumn('uuid') campusId!: string;
  @Column('integer') terminalStartMinutes!: number;
  @Column('integer') terminalReadyMinutes!: number;
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBy!: string;
}
