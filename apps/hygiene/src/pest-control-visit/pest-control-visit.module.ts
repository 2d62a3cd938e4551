import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { OpenPestFollowUp } from './open-pest-follow-up.use-case';
import { PestControlVisitRepository } from './pest-control-visit.repository';
import { PestControlVisitResolver } from './pest-control-visit.resolver';
import { PestFollowUpOverdueJob } from './pest-follow-up-overdue.job';
import { RecheckPestFollowUp } from './recheck-pest-follow-up.use-case';
import { RecordPestControlVisit } from './record-pest-control-visit.use-case';

@Module({
  imports: [OrgReplicaModule],
  providers: [PestControlVisitResolver, PestControlVisitRepository, RecordPestControlVisit, OpenPestFollowUp, RecheckPestFollowUp, PestFollowUpOverdueJob],
})
export class PestControlVisitModule {}
