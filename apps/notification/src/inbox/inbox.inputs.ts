import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';

@InputType()
export class CreateInboxInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'Unique on the campus.' }) name!: string;
}

@ArgsType()
export class InboxesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
}
