import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { AssetCategory } from '../asset/asset-category';
import { PmChecklistItemKind } from './checklist';
import { ReadingUnit } from '../common/reading-unit.model';
import { PmIntervalUnit, PmMeter, PmTriggerKind } from './pm-schedule';
import { PmTaskStatus } from './pm-task-status';

export enum PmComplianceGrouping {
  MONTH = 'MONTH',
  CATEGORY = 'CATEGORY',
}

@InputType({ description: 'One checklist item: CHECK (合格 / 不合格) or READING with a unit and a min, a max or both.' })
export class PmChecklistItemInput {
  @Field(() => String, { description: 'At most 48 characters, e.g. 曳引机制动器间隙.' }) label!: string;
  @Field(() => PmChecklistItemKind) kind!: PmChecklistItemKind;
  @Field(() => ReadingUnit, { nullable: true, description: 'READING items only.' }) unit?: ReadingUnit;
  @Field(() => Float, { nullable: true, description: 'Lowest acceptable reading (included); READING items only.' }) min?: number;
  @Field(() => Float, { nullable: true, description: 'Highest acceptable reading (included); READING items only.' }) max?: number;
}

@InputType({
  description:
    '保养周期. EVERY: `every` 1–366 DAYS / 1–52 WEEKS / 1–24 MONTHS from `startsOn`; WEEKDAYS: `weekdays` from `startsOn`; METER: every `every` on `meter` (one-asset plans only).',
})
export class PmTriggerInput {
  @Field(() => PmTriggerKind) kind!: PmTriggerKind;
  @Field(() => Int, { nullable: true }) every?: number;
  @Field(() => PmIntervalUnit, { nullable: true }) unit?: PmIntervalUnit;
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays: 1 = Monday … 7 = Sunday.' }) weekdays?: number[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (China date): the first day an occurrence may fall on, and what monthly dates count from.' })
  startsOn?: string;
  @Field(() => PmMeter, { nullable: true }) meter?: PmMeter;
}

@InputType({ description: '新建保养计划 for one asset, or for every asset of a category on a campus.' })
export class CreatePmPlanInput {
  @Field(() => ID, { nullable: true, description: "Required for a category plan; for an asset plan it is the asset's campus." }) campusId?: string;
  @Field(() => ID, { nullable: true, description: 'One asset — or `category`, not both.' }) assetId?: string;
  @Field(() => AssetCategory, { nullable: true, description: 'Every asset of this category on the campus, retired ones excepted.' }) category?: AssetCategory;
  @Field(() => String, { description: 'At most 50 characters, e.g. 电梯月度保养.' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The crew that does the maintenance (a team of the campus).' }) teamId?: string;
  @Field(() => String, { description: 'Work-order category of the corrective orders failed items open, e.g. ELEVATOR, HVAC.' }) workCategory!: string;
  @Field(() => [PmChecklistItemInput], { description: '1 to 50 items, in the order they are done.' }) checklist!: PmChecklistItemInput[];
  @Field(() => PmTriggerInput) trigger!: PmTriggerInput;
  @Field(() => Int, { defaultValue: 0, description: 'Days before the due date a calendar task is put on the list, 0 to 60.' }) leadDays!: number;
}

@InputType({ description: "A technician's answer to one checklist item." })
export class PmItemResultInput {
  @Field(() => Int, { description: "The item's index in the plan's checklist, from 0." }) itemIndex!: number;
  @Field(() => Boolean, { nullable: true, description: 'CHECK items: passed (合格) or not.' }) passed?: boolean;
  @Field(() => Float, { nullable: true, description: 'READING items: the value read.' }) reading?: number;
  @Field(() => ReadingUnit, { nullable: true, description: "The reading's unit, when the device shows one: it must be the item's." }) unit?: ReadingUnit;
}

@ArgsType()
export class PmPlansArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => ID, { nullable: true, description: 'The plans that cover this asset: its own and those of its category on its campus.' }) assetId?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@ArgsType()
export class PmTasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string;
  @Field(() => PmTaskStatus, { nullable: true }) status?: PmTaskStatus;
  @Field(() => String, { nullable: true, description: 'Due on or after, YYYY-MM-DD.' }) dueFrom?: string;
  @Field(() => String, { nullable: true, description: 'Due on or before, YYYY-MM-DD.' }) dueTo?: string;
  @Field(() => ID, { nullable: true }) assetId?: string;
}

@ArgsType()
export class PmComplianceArgs {
  @Field(() => ID, { nullable: true, description: 'Default: every campus the caller may see.' }) campusId?: string;
  @Field(() => String, { description: 'First due date counted, YYYY-MM-DD.' }) from!: string;
  @Field(() => String, { description: 'Last due date counted, YYYY-MM-DD (at most 3 years after `from`).' }) to!: string;
  @Field(() => PmComplianceGrouping) groupBy!: PmComplianceGrouping;
}
