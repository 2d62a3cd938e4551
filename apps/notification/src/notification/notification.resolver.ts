import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { NOTIFICATION_KEEPERS, NOTIFICATION_READERS } from '../notification.roles';
import { CreateNotification } from './create-notification.use-case';
import { CreateNotificationInput, NotificationsArgs } from './notification.inputs';
import { Notification, NotificationConnection, toNotification } from './notification.model';
import { NotificationRepository } from './notification.repository';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly createNotificationUseCase: CreateNotification,
  ) {}

  @Query(() => NotificationConnection, { description: 'notifications of the campuses the caller may see' })
  @Roles(...NOTIFICATION_READERS)
  notifications(@CurrentIdentity() identity: Identity, @Args() args: NotificationsArgs): Promise<Page<Notification>> {
    return this.repository.list(identity, args, toNotification);
  }

  @Query(() => Notification)
  @Roles(...NOTIFICATION_READERS)
  async notification(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return toNotification(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Notification | null> {
    if (!context.identity) return null;
    return toNotification(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => Notification)
  @Roles(...NOTIFICATION_KEEPERS)
  async createNotification(@CurrentIdentity() identity: Identity, @Args('input') input: CreateNotificationInput): Promise<Notification> {
    return toNotification(await this.createNotificationUseCase.execute(identity, input));
  }
}
