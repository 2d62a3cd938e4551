import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { IssueWasteContainers } from './issue-waste-containers.use-case';
import { WasteContainerRepository } from './waste-container.repository';
import { WasteContainerResolver } from './waste-container.resolver';
import { WasteLabels } from './waste-labels';

@Module({
  imports: [OrgReplicaModule],
  providers: [
    WasteLabels,
    WasteContainerResolver,
    WasteContainerRepository,
    IssueWasteContainers,
  ],
  exports: [WasteLabels, WasteContainerRepository],
})
export class WasteContainerModule {}
