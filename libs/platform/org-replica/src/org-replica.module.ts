import { Module } from '@nestjs/common';
import { OrgDirectoryReplica } from './org-directory-replica';
import { ORG_REPLICA_HANDLERS } from './replica-handlers';

/** Import in a service that lists `orgReplicaConsumer(name)`, `ORG_REPLICA_ENTITIES` and the migrations. */
@Module({ providers: [...ORG_REPLICA_HANDLERS, OrgDirectoryReplica], exports: [OrgDirectoryReplica] })
export class OrgReplicaModule {}
