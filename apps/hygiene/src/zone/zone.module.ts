import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CreateZone } from './create-zone.use-case';
import { ZoneRepository } from './zone.repository';
import { ZoneResolver } from './zone.resolver';

@Module({ imports: [OrgReplicaModule], providers: [ZoneResolver, ZoneRepository, CreateZone] })
export class ZoneModule {}
