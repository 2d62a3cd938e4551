import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { RiskLevel } from '../zone/zone-kind';
import { CleaningPriority, CleaningTaskKind } from './cleaning-task-kind';
import { CLEANING_TASK_LIFECYCLE, CleaningTaskStatus } from './cleaning-task-lifecycle';
import { CleaningTaskRow } from './cleaning-task.entity';

registerEnumType(CleaningTaskKind, {
  name: 'CleaningTaskKind',
  description: '日常保洁 ROUTINE, 每周大扫除 DEEP, 终末消毒 TERMINAL, 污染处理 SPILL, 维修后保洁 AFTER_REPAIR, 检查整改 CORRECTIVE, 临时保洁 AD_HOC',
});
registerEnumType(CleaningPriority, { name: 'CleaningPriority', description: '紧急 URGENT, 优先（待入院）CLEAN_NEXT, 常规 ROUTINE' });
registerEnumType(CleaningTaskStatus, { name: 'CleaningTaskStatus', description: '待派工 OPEN, 已派工 ASSIGNED, 保洁中 IN_PROGRESS, 已完成 DONE, 已取消 CANCELLED' });
registerEnumType(RiskLevel, { name: 'RiskLevel', description: '环境感染风险等级 (WS/T 512-2016): 高 HIGH, 中 MEDIUM, 低 LOW' });

@ObjectType({ description: 'A step of the clean the cleaner ticks off before finishing.' })
export class ChecklistStep {
  @Field(() => String) code!: string;
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
  @Field(() => Boolean, { description: 'Ticked at the finish.' }) done!: boolean;
}

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: '保洁任务: one clean of one place. No patient data: a terminal clean knows the bed and the precautions only.' })
@Directive('@key(fields: "id")')
export class CleaningTask {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '保洁任务单号, BJ-YYYYMMDD-NNNNNN.' }) number!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => CleaningTaskKind) kind!: CleaningTaskKind;
  @Field(() => CleaningPriority) priority!: CleaningPriority;
  @Field(() => CleaningTaskStatus) status!: CleaningTaskStatus;
  @Field(() => String) statusZh!: string;
  @Field(() => ID, { description: 'The bed, room or area (org Location).' }) locationId!: string;
  @Field(() => ID, { nullable: true }) bedId!: string | null;
  @Field(() => ID, { description: 'Whose room label the cleaner scans to start and finish.' }) scanLocationId!: string;
  @Field(() => ID, { nullable: true }) wardId!: string | null;
  @Field(() => ID, { nullable: true }) zoneId!: string | null;
  @Field(() => RiskLevel, { description: "The zone's level, raised to high by isolation precautions." }) riskLevel!: RiskLevel;
  @Field(() => [String], { description: 'Isolation precautions of the patient who left (CONTACT, DROPLET, AIRBORNE, PROTECTIVE).' }) precautions!: string[];
  @Field(() => Int, { description: '含氯消毒剂有效氯浓度 mg/L.' }) chlorineMgPerL!: number;
  @Field(() => [ChecklistStep]) checklist!: ChecklistStep[];
  @Field(() => String) note!: string;
  @Field(() => Date, { description: 'When the need arose (for a terminal clean, when the patient left): the clocks run from it.' }) openedAt!: Date;
  @Field(() => Date) startDueAt!: Date;
  @Field(() => Date) readyDueAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The assigned cleaner (org staff id).' }) cleanerId!: string | null;
  @Field(() => Date, { nullable: true }) assignedAt!: Date | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Int, { nullable: true, description: 'Opened → finished, minutes (for a terminal clean: discharge → bed ready).' }) turnaroundMinutes!: number | null;
}

export const CleaningTaskConnection = Connection(CleaningTask, 'CleaningTask');

const STATUS_ZH = CLEANING_TASK_LIFECYCLE.stateLabelsZh();

export const turnaroundMinutes = (row: Pick<CleaningTaskRow, 'openedAt' | 'finishedAt'>) =>
  row.finishedAt ? Math.round((row.finishedAt.getTime() - row.openedAt.getTime()) / 60_000) : null;

export function toCleaningTask(row: CleaningTaskRow): CleaningTask {
  const done = row.checkedItems ?? [];
  return Object.assign(new CleaningTask(), {
    ...row,
    kind: row.kind as CleaningTaskKind,
    priority: row.priority as CleaningPriority,
    status: row.status as CleaningTaskStatus,
    statusZh: STATUS_ZH[row.status as CleaningTaskStatus],
    riskLevel: row.riskLevel as RiskLevel,
    checklist: row.checklist.map((step) => ({ ...step, done: done.includes(step.code) })),
    turnaroundMinutes: turnaroundMinutes(row),
  });
}

@ObjectType({ description: 'A room label to print: cleaners scan it to start and finish a clean there.' })
export class RoomLabel {
  @Field(() => ID) locationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'What the QR code carries (signed; the console renders it).' }) code!: string;
}

@ObjectType({ description: "A ward's terminal cleans in a month: how fast its beds were ready again after a discharge." })
export class WardTurnaround {
  @Field(() => ID, { nullable: true, description: 'null: beds and rooms outside any ward.' }) wardId!: string | null;
  @Field(() => Int) terminalCleans!: number;
  @Field(() => Float, { nullable: true, description: 'Discharge → bed ready, minutes (median).' }) medianTurnaroundMinutes!: number | null;
  @Field(() => Float, { nullable: true }) p90TurnaroundMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share started by the start deadline, 0–1.' }) startedOnTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share ready by the ready deadline, 0–1.' }) readyOnTimeRate!: number | null;
}

@ObjectType({ description: "A campus's cleaning in a Beijing calendar month." })
export class CleaningKpis {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'Tasks finished in the month, every kind.' }) finished!: number;
  @Field(() => Int) cancelled!: number;
  @Field(() => Float, { nullable: true, description: 'Finished tasks ready by their deadline, 0–1 (SLA compliance).' }) slaComplianceRate!: number | null;
  @Field(() => [WardTurnaround]) wards!: WardTurnaround[];
}
