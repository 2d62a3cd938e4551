import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { NOTIFICATION_KEEPERS, NOTIFICATION_READERS } from '../notification.roles';
import { CreateInbox } from './create-inbox.use-case';
import { CreateInboxInput, InboxesArgs } from './inbox.inputs';
import { Inbox, InboxConnection, toInbox } from './inbox.model';
import { InboxRepository } from './inbox.repository';

@Resolver(() => Inbox)
export class InboxResolver {
  constructor(
    private readonly repository: InboxRepository,
    private readonly createInboxUseCase: CreateInbox,
  ) {}

  @Query(() => InboxConnection, { description: 'inboxes of the campuses the caller may see' })
  @Roles(...NOTIFICATION_READERS)
  inboxes(@CurrentIdentity() identity: Identity, @Args() args: InboxesArgs): Promise<Page<Inbox>> {
    return this.repository.list(identity, args, toInbox);
  }

  @Query(() => Inbox)
  @Roles(...NOTIFICATION_READERS)
  async inbox(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Inbox> {
    return toInbox(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Inbox | null> {
    if (!context.identity) return null;
    return toInbox(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => Inbox)
  @Roles(...NOTIFICATION_KEEPERS)
  async createInbox(@CurrentIdentity() identity: Identity, @Args('input') input: CreateInboxInput): Promise<Inbox> {
    return toInbox(await this.createInboxUseCase.execute(identity, input));
  }
}
