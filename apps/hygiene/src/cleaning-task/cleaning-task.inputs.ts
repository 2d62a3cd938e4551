import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskStatus } from './cleaning-task-lifecycle';

/** What a ward or infection control may report; the rest come from the HIS feed, schedules, inspections and repairs. */
export enum ReportedCleaningKind {
  SPILL = CleaningTaskKind.SPILL,
  AD_HOC = CleaningTaskKind.AD_HOC,
}
registerEnumType(ReportedCleaningKind, { name: 'ReportedCleaningKind', description: '污染处理 SPILL, 临时保洁 AD_HOC' });

@InputType()
export class ReportCleaningNeedInput {
  @Field(() => ID, { description: 'The room, bed or area.' }) locationId!: string;
  @Field(() => ReportedCleaningKind) kind!: ReportedCleaningKind;
  @Field(() => String, { description: 'What is needed (e.g. 血液污染约 20 ml).' }) note!: string;
}

@InputType()
export class AssignCleaningTaskInput {
  @Field(() => ID) taskId!: string;
  @Field(() => ID, { description: 'A registered cleaner of the campus (org staff id).' }) cleanerId!: string;
}

@InputType()
export class StartCleaningTaskInput {
  @Field(() => ID) taskId!: string;
  @Field(() => String, { description: "The room label's scanned code." }) code!: string;
}

@InputType()
export class FinishCleaningTaskInput {
  @Field(() => ID) taskId!: string;
  @Field(() => String, { description: "The room label's scanned code." }) code!: string;
  @Field(() => [String], { description: 'The checklist codes done: all of them.' }) checkedItems!: string[];
}

@InputType()
export class CancelCleaningTaskInput {
  @Field(() => ID) taskId!: string;
  @Field(() => String) reason!: string;
}

@InputType()
export class SetCleaningSlaInput {
  @Field(() => ID) campusId!: string;
  @Field(() => Int, { description: 'Terminal clean started within this many minutes of the discharge (default 30).' }) terminalStartMinutes!: number;
  @Field(() => Int, { description: 'Bed ready within this many minutes of the discharge (default 90).' }) terminalReadyMinutes!: number;
}

@ArgsType()
export class CleaningTasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) wardId?: string | null;
  @Field(() => [CleaningTaskStatus], { nullable: true }) statuses?: CleaningTaskStatus[] | null;
  @Field(() => CleaningTaskKind, { nullable: true }) kind?: CleaningTaskKind | null;
  @Field(() => Boolean, { nullable: true, description: "Only the caller's own (a cleaner's work list)." }) mine?: boolean | null;
}
