import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { notificationDefinition } from './notification.definition';
import { InboxModule } from './inbox/inbox.module';

@Module({ imports: [PlatformModule.forService(notificationDefinition), InboxModule] })
export class NotificationModule {}
