import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CreateNotification } from './create-notification.use-case';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';

@Module({ imports: [OrgReplicaModule], providers: [NotificationResolver, NotificationRepository, CreateNotification] })
export class NotificationModule {}
