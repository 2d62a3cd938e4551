import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { HisMessageOutcome } from './his-message.entity';

@ArgsType()
export class HisMessagesArgs extends PageArgs {
  @Field(() => HisMessageOutcome, { nullable: true, description: 'Only these (REJECTED: the review queue).' }) outcome?: HisMessageOutcome | null;
}
