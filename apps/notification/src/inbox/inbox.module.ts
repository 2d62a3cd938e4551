import { Module } from '@nestjs/common';
import { RecipientModule } from '../recipient/recipient.module';
import { AcknowledgeNotification } from './acknowledge-notification.use-case';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';
import { ReadAllNotifications } from './read-all-notifications.use-case';
import { ReadNotification } from './read-notification.use-case';

@Module({ imports: [RecipientModule], providers: [InboxResolver, InboxRepository, ReadNotification, ReadAllNotifications, AcknowledgeNotification] })
export class InboxModule {}
