import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { AlertModule } from './alert/alert.module';
import { DeliveryModule } from './delivery/delivery.module';
import { InboxModule } from './inbox/inbox.module';
import { notificationDefinition } from './notification.definition';
import { NotificationSettingsModule } from './notification-settings.module';
import { RecipientModule } from './recipient/recipient.module';

@Module({
  imports: [PlatformModule.forService(notificationDefinition), NotificationSettingsModule, InboxModule, RecipientModule, DeliveryModule, AlertModule],
})
export class NotificationModule {}
