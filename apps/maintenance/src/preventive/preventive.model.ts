import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, ref, StaffRef, TeamRef } from '@houqin/platform-entity-refs';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { AssetCategory } from '../asset/asset-category';
import { chinaToday } from '@houqin/platform-calendar';
import { Asset } from '../asset/asset.model';
import { WorkOrder } from '../work-order/work-order.model';
import { PmChecklistItemKind } from './checklist';
import { ReadingUnit } from '../common/reading-unit.model';
import { INTERVAL_UNIT_LABELS_ZH, METER_LABELS_ZH, PmIntervalUnit, PmMeter, PmTriggerKind } from './pm-schedule';
import { OPEN_TASK_STATUSES, PM_TASK_STATUS_LABELS_ZH, PmTaskStatus } from './pm-task-status';
import { PmComplianceGrouping } from './preventive.inputs';
import { AssetMeterReadingRow, PmPlanRow, PmTaskRow } from './preventive.entity';

registerEnumType(PmTriggerKind, {
  name: 'PmTriggerKind',
  description: '保养周期类型',
  valuesMap: {
    EVERY: { description: 'Every N days, weeks or months.' },
    WEEKDAYS: { description: 'On fixed weekdays.' },
    METER: { description: 'Every N running hours or cycles (one asset).' },
  },
});
registerEnumType(PmIntervalUnit, { name: 'PmIntervalUnit', valuesMap: describedValues(INTERVAL_UNIT_LABELS_ZH) });
registerEnumType(PmMeter, { name: 'PmMeter', description: "An asset's meter; the unit is the meter's own.", valuesMap: describedValues(METER_LABELS_ZH) });
registerEnumType(PmChecklistItemKind, {
  name: 'PmChecklistItemKind',
  valuesMap: { CHECK: { description: '检查项: passed or not.' }, READING: { description: '读数项: a value judged against its range.' } },
});
registerEnumType(PmTaskStatus, { name: 'PmTaskStatus', description: '保养任务状态', valuesMap: describedValues(PM_TASK_STATUS_LABELS_ZH) });
registerEnumType(PmComplianceGrouping, { name: 'PmComplianceGrouping' });

@ObjectType({ description: 'One item of a PM checklist.' })
export class PmChecklistItem {
  @Field(() => Int, { description: 'Position in the checklist, from 0: what results refer to.' }) index!: number;
  @Field(() => String) label!: string;
  @Field(() => PmChecklistItemKind) kind!: PmChecklistItemKind;
  @Field(() => ReadingUnit, { nullable: true }) unit!: ReadingUnit | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
}

@ObjectType({ description: '保养周期; the fields of its kind are set, the others null.' })
export class PmTrigger {
  @Field(() => PmTriggerKind) kind!: PmTriggerKind;
  @Field(() => Int, { nullable: true }) every!: number | null;
  @Field(() => PmIntervalUnit, { nullable: true }) unit!: PmIntervalUnit | null;
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }) weekdays!: number[] | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (China date).' }) startsOn!: string | null;
  @Field(() => PmMeter, { nullable: true }) meter!: PmMeter | null;
}

@ObjectType({ description: '保养计划: what is maintained, how often, with which checklist.' })
export class PmPlan {
  @Field(() => ID) id!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => String) name!: string;
  @Field(() => Asset, { nullable: true, description: 'The one asset covered; null for a category plan.' }) asset!: Asset | null;
  @Field(() => AssetCategory, { nullable: true, description: 'Every asset of this category on the campus; null for an asset plan.' })
  category!: AssetCategory | null;
  @Field(() => TeamRef, { nullable: true, description: 'The crew that does the maintenance.' }) team!: TeamRef | null;
  @Field(() => String, { description: 'Work-order category of the corrective orders failed items open.' }) workCategory!: string;
  @Field(() => [PmChecklistItem]) checklist!: PmChecklistItem[];
  @Field(() => PmTrigger) trigger!: PmTrigger;
  @Field(() => Int, { description: 'Days before the due date a calendar task is put on the list.' }) leadDays!: number;
  @Field(() => Float, { nullable: true, description: 'Meter plans: the reading thresholds count from (the reading when the plan was created).' })
  meterBaseline!: number | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) deactivatedAt!: Date | null;
  /** Not in the schema: what the `asset` resolver loads. */
  assetId!: string | null;
}

@ObjectType({ description: "One checklist item's answer and verdict." })
export class PmItemResult {
  @Field(() => Int) itemIndex!: number;
  @Field(() => String) label!: string;
  @Field(() => PmChecklistItemKind) kind!: PmChecklistItemKind;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Float, { nullable: true }) reading!: number | null;
  @Field(() => ReadingUnit, { nullable: true }) unit!: ReadingUnit | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
}

@ObjectType({ description: '保养任务: one due occurrence of a plan on one asset.' })
export class PmTask {
  @Field(() => ID) id!: string;
  @Field(() => PmPlan) plan!: PmPlan;
  @Field(() => Asset) asset!: Asset;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => String, { description: "YYYY-MM-DD (China date); a deferred task's new date, a meter task's the day its threshold was reached." })
  dueOn!: string;
  @Field(() => Float, { nullable: true, description: 'The meter threshold of a meter-triggered task.' }) dueAtMeter!: number | null;
  @Field(() => PmTaskStatus) status!: PmTaskStatus;
  @Field(() => Boolean, { description: 'Still open and its due date has passed (China date).' }) overdue!: boolean;
  @Field(() => String, { nullable: true, description: 'The original due date of a deferred task.' }) deferredFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was skipped, or last deferred.' }) reason!: string | null;
  @Field(() => [PmItemResult], { nullable: true, description: 'Every checklist item, once done.' }) results!: PmItemResult[] | null;
  @Field(() => [WorkOrder], { description: 'The corrective work orders its failed items opened, one per failed item.' }) correctiveWorkOrders!: WorkOrder[];
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => StaffRef, { nullable: true }) completedBy!: StaffRef | null;
  @Field(() => String, { nullable: true, description: 'Who signed the maintenance record.' }) completedByName!: string | null;
  @Field(() => Date, { nullable: true }) skippedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  /** Not in the schema: what the field resolvers load. */
  planId!: string;
  assetId!: string;
  correctiveWorkOrderIds!: string[];
}

@ObjectType({ description: '表计读数: a running-hours or cycles reading of an asset.' })
export class AssetMeterReading {
  @Field(() => ID) id!: string;
  @Field(() => ID) assetId!: string;
  @Field(() => PmMeter) meter!: PmMeter;
  @Field(() => Float) value!: number;
  @Field(() => Date) readAt!: Date;
}

@ObjectType({
  description: `保养完成率 of one month or asset category. The tasks counted are those whose due date (China date) is in the period;
a deferred task counts by its new due date, so one deferred out of the period is not in it. On time = done on or before its due
day (Asia/Shanghai); late = done after it; overdue = still open past it; pending = still open and not yet due.
compliance = onTime / (due − pending): skipped, late and overdue tasks count against it; null when nothing is decided yet.`,
})
export class PmComplianceRow {
  @Field(() => String, { description: 'YYYY-MM of the due date, or the asset category.' }) key!: string;
  @Field(() => Int) due!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int, { description: 'Of the tasks counted, those deferred (into or within the period).' }) deferred!: number;
  @Field(() => Float, { nullable: true }) compliance!: number | null;
}

export const PmPlanConnection = Connection(PmPlan, 'PmPlan');
export const PmTaskConnection = Connection(PmTask, 'PmTask');

export function toPmPlan(row: PmPlanRow): PmPlan {
  const t = row.trigger;
  const model = new PmPlan();
  Object.assign(model, {
    id: row.id,
    campus: { id: row.campusId },
    name: row.name,
    category: row.category,
    team: ref(row.teamId),
    workCategory: row.workCategory,
    checklist: row.checklist.map((item, index) => ({ index, ...item })),
    trigger: {
      kind: t.kind,
      every: 'every' in t ? t.every : null,
      unit: 'unit' in t ? t.unit : null,
      weekdays: 'weekdays' in t ? t.weekdays : null,
      startsOn: 'startsOn' in t ? t.startsOn : null,
      meter: 'meter' in t ? t.meter : null,
    },
    leadDays: row.leadDays,
    meterBaseline: row.meterBaseline,
    active: row.active,
    createdAt: row.createdAt,
    deactivatedAt: row.deactivatedAt,
    assetId: row.assetId,
  });
  return model;
}

export function toPmTask(row: PmTaskRow, now: Date = new Date()): PmTask {
  const model = new PmTask();
  Object.assign(model, {
    id: row.id,
    campus: { id: row.campusId },
    dueOn: row.dueOn,
    dueAtMeter: row.dueAtMeter,
    status: row.status,
    overdue: OPEN_TASK_STATUSES.includes(row.status) && row.dueOn < chinaToday(now),
    deferredFrom: row.deferredFrom,
    reason: row.reason,
    results: row.results,
    completedAt: row.completedAt,
    completedBy: ref(row.completedByStaffId),
    completedByName: row.completedByName,
    skippedAt: row.skippedAt,
    createdAt: row.createdAt,
    planId: row.planId,
    assetId: row.assetId,
    correctiveWorkOrderIds: row.correctiveWorkOrderIds,
  });
  return model;
}

export const toAssetMeterReading = (row: AssetMeterReadingRow): AssetMeterReading => ({
  id: row.id,
  assetId: row.assetId,
  meter: row.meter,
  value: row.value,
  readAt: row.readAt,
});
