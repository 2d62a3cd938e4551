import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';

@InputType()
export class RegisterCleanerInput {
  @Field(() => ID, { description: 'The org staff member (on the campus).' }) staffId!: string;
  @Field(() => [ID], { description: 'The zones they clean (auto-assignment offers them these zones’ tasks).' }) zoneIds!: string[];
}

@InputType()
export class UpdateCleanerInput {
  @Field(() => ID) cleanerId!: string;
  @Field(() => [ID], { nullable: true }) zoneIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'false: off the roster (left, long leave); their open tasks stay for reassignment.' }) active?: boolean | null;
}

@InputType()
export class RecordCleanerTrainingInput {
  @Field(() => ID) cleanerId!: string;
  @Field(() => String, { description: '院感培训 passed on (YYYY-MM-DD, Beijing).' }) trainedOn!: string;
  @Field(() => String, { description: 'Counts until (YYYY-MM-DD), usually a year later.' }) validUntil!: string;
  @Field(() => String, { nullable: true }) certificateNo?: string | null;
}

@ArgsType()
export class CleanersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) zoneId?: string | null;
}
