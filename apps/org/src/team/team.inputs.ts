import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { DirectoryPageArgs } from '../common/directory-args';
import { Trade } from './trade';

@InputType()
export class CreateTeamInput {
  @Field(() => ID, { nullable: true, description: 'Keep an existing id (HIS import); group admins only.' }) id?: string | null;
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'Unique on the campus, e.g. 水电班.' }) name!: string;
  @Field(() => Trade) trade!: Trade;
  @Field(() => ID, { nullable: true, description: '班组长: a staff member of the same campus.' }) leadId?: string | null;
}

@InputType({ description: 'Absent fields stay as they are; `active: false` deactivates.' })
export class UpdateTeamInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Trade, { nullable: true }) trade?: Trade | null;
  @Field(() => ID, { nullable: true, description: '班组长; null removes the lead.' }) leadId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ArgsType()
export class TeamsArgs extends DirectoryPageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
  @Field(() => Trade, { nullable: true }) trade?: Trade | null;
}
