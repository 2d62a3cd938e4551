import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CreateInbox } from './create-inbox.use-case';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';

@Module({ imports: [OrgReplicaModule], providers: [InboxResolver, InboxRepository, CreateInbox] })
export class InboxModule {}
