import { Module } from '@nestjs/common';
import { OrgDirectoryReplica } from './org-directory-replica';
import { ORG_REPLICA_HANDLERS } from './replica-handlers';

/** Import in a service whose definition lists `ORG_REPLICA_ENTITIES` and the replica migrations; its handlers join `<service>.org-replica`. */
@Module({ providers: [...ORG_REPLICA_HANDLERS, OrgDirectoryReplica], exports: [OrgDirectoryReplica] })
export class OrgReplicaModule {}
