import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, Roles } from '@houqin/platform-graphql';
import { FEED_WATCHERS } from '../his.roles';
import { HisMessagesArgs } from './his-message.inputs';
import { HisMessage, HisMessageConnection, toHisMessage } from './his-message.model';
import { HisMessageRepository } from './his-message.repository';
import { RetryHisMessage } from './retry-his-message.use-case';

@Resolver(() => HisMessage)
export class HisMessageResolver {
  constructor(
    private readonly repository: HisMessageRepository,
    private readonly retryHisMessageUseCase: RetryHisMessage,
  ) {}

  @Query(() => HisMessageConnection, { description: 'Messages the HIS sent, newest first; outcome REJECTED is the review queue (group IT)' })
  @Roles(...FEED_WATCHERS)
  hisMessages(@Args() args: HisMessagesArgs): Promise<Page<HisMessage>> {
    return this.repository.list(args, toHisMessage);
  }

  @Mutation(() => HisMessage, { description: 'Runs a message from the review queue through the feed again, after the directory was fixed' })
  @Roles(...FEED_WATCHERS)
  async retryHisMessage(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<HisMessage> {
    return toHisMessage(await this.retryHisMessageUseCase.execute(identity, id));
  }
}
