import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, Roles } from '@houqin/platform-graphql';
import { NOTIFICATION_READERS } from '../notification.roles';
import { RecipientDirectory } from '../recipient/recipient-directory';
import { AcknowledgeNotification } from './acknowledge-notification.use-case';
import { InboxRepository } from './inbox.repository';
import { MyNotificationsArgs } from './inbox.inputs';
import { InboxCounts, Notification, NotificationConnection, toNotification } from './notification.model';
import { ReadAllNotifications } from './read-all-notifications.use-case';
import { ReadNotification } from './read-notification.use-case';

/** The caller's own inbox; each call also tells the directory who the caller is now (roles, campuses). */
@Resolver(() => Notification)
export class InboxResolver {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly directory: RecipientDirectory,
    private readonly readNotification: ReadNotification,
    private readonly readAllNotifications: ReadAllNotifications,
    private readonly acknowledge: AcknowledgeNotification,
  ) {}

  @Query(() => NotificationConnection, { description: '我的通知: newest first.' })
  @Roles(...NOTIFICATION_READERS)
  async myNotifications(@CurrentIdentity() identity: Identity, @Args() args: MyNotificationsArgs): Promise<Page<Notification>> {
    return this.inbox.list(await this.directory.remember(identity), args, toNotification);
  }

  @Query(() => InboxCounts, { description: 'Unread and unacknowledged notifications of the caller (the console’s badge).' })
  @Roles(...NOTIFICATION_READERS)
  async myInboxCounts(@CurrentIdentity() identity: Identity): Promise<InboxCounts> {
    return this.inbox.counts(await this.directory.remember(identity));
  }

  @Mutation(() => Notification, { description: '标为已读' })
  @Roles(...NOTIFICATION_READERS)
  async markNotificationRead(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return toNotification(await this.readNotification.execute(identity, id));
  }

  @Mutation(() => Int, { description: 'Marks every unread notification of the caller read; how many were.' })
  @Roles(...NOTIFICATION_READERS)
  markAllNotificationsRead(@CurrentIdentity() identity: Identity): Promise<number> {
    return this.readAllNotifications.execute(identity);
  }

  @Mutation(() => Notification, { description: '确认: the caller has it in hand; stops its escalation.' })
  @Roles(...NOTIFICATION_READERS)
  async acknowledgeNotification(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return toNotification(await this.acknowledge.execute(identity, id));
  }
}
