import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { RecordSewageLog } from './record-sewage-log.use-case';
import { SetSewageStation } from './set-sewage-station.use-case';
import { SewageLogMissingJob } from './sewage-log-missing.job';
import { SewageLogRepository } from './sewage-log.repository';
import { SewageLogResolver } from './sewage-log.resolver';

@Module({ imports: [OrgReplicaModule], providers: [SewageLogResolver, SewageLogRepository, RecordSewageLog, SetSewageStation, SewageLogMissingJob] })
export class SewageLogModule {}
