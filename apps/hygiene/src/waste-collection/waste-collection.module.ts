import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WasteContainerModule } from '../waste-container/waste-container.module';
import { ConfirmWasteHandover } from './confirm-waste-handover.use-case';
import { RecordWasteCollection } from './record-waste-collection.use-case';
import { StorageAlertJob } from './storage-alert.job';
import { StoreWasteCollections } from './store-waste-collections.use-case';
import { WasteCollectionRepository } from './waste-collection.repository';
import { WasteCollectionResolver } from './waste-collection.resolver';

@Module({
  imports: [OrgReplicaModule, WasteContainerModule],
  providers: [WasteCollectionResolver, WasteCollectionRepository, RecordWasteCollection, ConfirmWasteHandover, StoreWasteCollections, StorageAlertJob],
  exports: [WasteCollectionRepository],
})
export class WasteCollectionModule {}
