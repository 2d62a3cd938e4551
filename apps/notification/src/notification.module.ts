import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { notificationDefinition } from './notification.definition';
import { NotificationModule } from './notification/notification.module';

@Module({ imports: [PlatformModule.forService(notificationDefinition), NotificationModule] })
export class NotificationModule {}
