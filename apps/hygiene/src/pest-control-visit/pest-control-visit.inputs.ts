import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { Pest, PestFollowUpStatus } from './pest';

@InputType({ description: 'What the visit found in one of its areas.' })
export class PestFindingInput {
  @Field(() => ID, { description: 'One of the visit’s locationIds.' }) locationId!: string;
  @Field(() => Pest) pest!: Pest;
  @Field(() => Boolean, { description: 'Seen alive (目击).' }) sighted!: boolean;
  @Field(() => Float, { nullable: true, description: 'The density the contractor measured (per 100 m², trap-night, …).' }) density?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class RecordPestControlVisitInput {
  @Field(() => ID) campusId!: string;
  @Field(() => ID, { description: 'A PEST_CONTROL or TERMITE_CONTROL contractor of the campus.' }) contractorId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time; not in the future.' }) visitedOn!: string;
  @Field(() => String, { description: '毒饵站, 滞留喷洒, 粘蟑板, 白蚁监测桩 …' }) method!: string;
  @Field(() => String, { nullable: true, description: 'The agent used (药剂) and its concentration.' }) agent?: string | null;
  @Field(() => [ID], { description: 'The areas treated: locations of the campus.' }) locationIds!: string[];
  @Field(() => [PestFindingInput], { defaultValue: [] }) findings!: PestFindingInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class OpenPestFollowUpInput {
  @Field(() => ID) findingId!: string;
  @Field(() => String, { description: 'What is to be done (封堵鼠洞, 加密毒饵站 …).' }) action!: string;
  @Field(() => String, { description: 'The re-check date, YYYY-MM-DD, after today.' }) dueOn!: string;
}

@InputType()
export class RecheckPestFollowUpInput {
  @Field(() => ID) followUpId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, Beijing time; not in the future.' }) recheckedOn!: string;
  @Field(() => Boolean, { description: 'The area is clear: the follow-up closes.' }) cleared!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when not cleared: the next re-check date, after the re-check.' }) nextDueOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ArgsType()
export class PestControlVisitsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
}

@ArgsType()
export class PestFollowUpsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => PestFollowUpStatus, { nullable: true }) status?: PestFollowUpStatus | null;
}
