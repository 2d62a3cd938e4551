import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { CheckpointKind } from './reading-check';
import { ReadingUnit } from '../common/reading-unit.model';
import { InspectionRoundStatus } from './round-status';

@InputType({ description: '巡检点: one stop of a route and what is expected there.' })
export class InspectionCheckpointInput {
  @Field(() => Int, { description: 'Place in the walking order, 1 or more, unique on the route.' }) sequence!: number;
  @Field(() => String, { description: 'What is looked at, e.g. 1号变压器温度 (at most 50 characters).' }) label!: string;
  @Field(() => ID, { description: "A location of the route's campus (org directory)." }) locationId!: string;
  @Field(() => ID, { nullable: true, description: "An asset of the route's campus, still in the register." }) assetId?: string | null;
  @Field(() => CheckpointKind) kind!: CheckpointKind;
  @Field(() => ReadingUnit, { nullable: true, description: 'READING only.' }) unit?: ReadingUnit | null;
  @Field(() => Float, { nullable: true, description: 'READING only: lowest normal value; a min, a max or both.' }) min?: number | null;
  @Field(() => Float, { nullable: true, description: 'READING only: highest normal value.' }) max?: number | null;
  @Field(() => String, { description: 'Trade of the corrective work order an out-of-range reading opens, e.g. ELECTRICAL, MEDICAL_GAS.' })
  workCategory!: string;
}

@InputType({ description: '定义巡检路线: a route of a campus, its team, its daily rounds and its checkpoints.' })
export class DefineInspectionRouteInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'e.g. 配电房夜间巡检; unique on the campus, at most 40 characters.' }) name!: string;
  @Field(() => ID, { description: 'The team (of the campus) that walks it.' }) teamId!: string;
  @Field(() => [String], { description: 'Daily start times, HH:MM Beijing time, e.g. ["08:00", "16:00", "00:00"] for one round per shift.' })
  startTimes!: string[];
  @Field(() => Int, { description: 'Minutes a round may take, 10 to 480; not completed by then = missed. Rounds of a route may not overlap.' })
  durationMinutes!: number;
  @Field(() => Int, { description: 'Minutes a round may start late before it is reported late; less than durationMinutes.' })
  startGraceMinutes!: number;
  @Field(() => [InspectionCheckpointInput], { description: '1 to 100 checkpoints.' }) checkpoints!: InspectionCheckpointInput[];
}

@InputType({ description: "What was found at a checkpoint: `ok` for a CHECK, `value` in the checkpoint's unit for a READING." })
export class RecordCheckpointReadingInput {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) checkpointId!: string;
  @Field(() => Boolean, { nullable: true, description: 'CHECK only: false opens a corrective work order.' }) ok?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'READING only: out of range opens a corrective work order.' }) value?: number | null;
  @Field(() => ReadingUnit, { nullable: true, description: "READING only: must be the checkpoint's unit; values are never converted." })
  unit?: ReadingUnit | null;
  @Field(() => String, { nullable: true, description: 'Remark, at most 200 characters; goes into the corrective work order.' }) note?: string | null;
}

@ArgsType()
export class InspectionRoundsArgs extends PageArgs {
  @Field(() => ID) campusId!: string;
  @Field(() => Date, { description: 'Rounds scheduled to start at or after this moment…' }) from!: Date;
  @Field(() => Date, { description: '…and before this one; at most 31 days after `from`.' }) to!: Date;
  @Field(() => InspectionRoundStatus, { nullable: true }) status?: InspectionRoundStatus;
  @Field(() => ID, { nullable: true }) routeId?: string;
}

@ArgsType()
export class RoundCompletionArgs {
  @Field(() => ID, { nullable: true, description: 'Default: every campus the caller may see.' }) campusId?: string;
  @Field(() => Date, { description: 'Rounds scheduled to start at or after this moment…' }) from!: Date;
  @Field(() => Date, { description: '…and before this one; at most 366 days after `from`.' }) to!: Date;
}
