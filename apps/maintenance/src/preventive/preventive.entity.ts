import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AssetCategory } from '../asset/asset-category';
import { ChecklistItem, ChecklistItemResult } from './checklist';
import { PmMeter, PmTrigger } from './pm-schedule';
import { PmTaskStatus } from './pm-task-status';

/**
 * 保养计划: what is maintained (one asset, or every asset of a category on the campus), how often and with
 * which checklist. The checklist and the trigger are checked on the way in and stored as jsonb. A meter
 * plan counts its thresholds from `meterBaseline`, the reading when it was created (0 without one).
 */
@Entity({ name: 'pm_plan' })
@Index('pm_plan_campus_category_idx', ['campusId', 'category'])
@Index('pm_plan_asset_idx', ['assetId'])
export class PmPlanRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  /** Exactly one of assetId and category. */
  @Column('uuid', { nullable: true }) assetId!: string | null;
  @Column('text', { nullable: true }) category!: AssetCategory | null;
  /** The crew that does the maintenance; corrective orders follow the campus's routing table. */
  @Column('uuid', { nullable: true }) teamId!: string | null;
  /** The work-order category (trade) of the corrective orders a failed item opens: ELEVATOR, HVAC, ... */
  @Column('text') workCategory!: string;
  @Column('jsonb') checklist!: ChecklistItem[];
  @Column('jsonb') trigger!: PmTrigger;
  @Column('integer') leadDays!: number;
  @Column('double precision', { nullable: true }) meterBaseline!: number | null;
  @Column('boolean') active!: boolean;
  @Column('text') createdBy!: string;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz', { nullable: true }) deactivatedAt!: Date | null;
}

/**
 * 保养任务: one due occurrence of a plan on one asset. `dueKey` is the occurrence (the original due date, or
 * the meter threshold) and never changes, so the unique key stops a second task for the same occurrence
 * whatever happens to the first; a deferral moves `dueOn` and keeps the first due date in `deferredFrom`.
 * A meter task is due on the China date its threshold was reached.
 */
@Entity({ name: 'pm_task' })
@Index('pm_task_plan_asset_due_uq', ['planId', 'assetId', 'dueKey'], { unique: true })
@Index('pm_task_campus_due_idx', ['campusId', 'dueOn'])
@Index('pm_task_asset_idx', ['assetId'])
export class PmTaskRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') planId!: string;
  @Column('uuid') assetId!: string;
  @Column('uuid') campusId!: string;
  @Column('text') dueKey!: string;
  @Column('date') dueOn!: string;
  @Column('double precision', { nullable: true }) dueAtMeter!: number | null;
  @Column('text') status!: PmTaskStatus;
  @Column('date', { nullable: true }) deferredFrom!: string | null;
  /** Why it was skipped, or last deferred. */
  @Column('text', { nullable: true }) reason!: string | null;
  /** Every item's answer and verdict, in checklist order, once done. */
  @Column('jsonb', { nullable: true }) results!: ChecklistItemResult[] | null;
  /** The corrective work orders its failed items opened, one per failed item. */
  @Column('uuid', { array: true }) correctiveWorkOrderIds!: string[];
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;
  @Column('uuid', { nullable: true }) completedByStaffId!: string | null;
  @Column('text', { nullable: true }) completedByName!: string | null;
  @Column('timestamptz', { nullable: true }) skippedAt!: Date | null;
  @Column('timestamptz') createdAt!: Date;
}

/** 表计读数: running hours or cycles of an asset, never decreasing per meter. */
@Entity({ name: 'asset_meter_reading' })
@Index('asset_meter_reading_asset_meter_idx', ['assetId', 'meter', 'readAt'])
export class AssetMeterReadingRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') assetId!: string;
  @Column('uuid') campusId!: string;
  @Column('text') meter!: PmMeter;
  @Column('double precision') value!: number;
  @Column('timestamptz') readAt!: Date;
  @Column('text') recordedBy!: string;
}
