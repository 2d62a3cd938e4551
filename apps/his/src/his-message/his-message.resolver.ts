import { Args, Query, Resolver } from '@nestjs/graphql';
import { Page, Roles } from '@houqin/platform-graphql';
import { FEED_WATCHERS } from '../his.roles';
import { HisMessagesArgs } from './his-message.inputs';
import { HisMessage, HisMessageConnection, toHisMessage } from './his-message.model';
import { HisMessageRepository } from './his-message.repository';

@Resolver(() => HisMessage)
export class HisMessageResolver {
  constructor(private readonly repository: HisMessageRepository) {}

  @Query(() => HisMessageConnection, { description: 'Messages the HIS sent, newest first; outcome REJECTED is the review queue (group IT)' })
  @Roles(...FEED_WATCHERS)
  hisMessages(@Args() args: HisMessagesArgs): Promise<Page<HisMessage>> {
    return this.repository.list(args, toHisMessage);
  }
}
