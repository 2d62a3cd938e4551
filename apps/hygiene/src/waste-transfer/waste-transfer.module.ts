import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WasteCollectionModule } from '../waste-collection/waste-collection.module';
import { WasteContainerModule } from '../waste-container/waste-container.module';
import { TransferWaste } from './transfer-waste.use-case';
import { WasteTransferRepository } from './waste-transfer.repository';
import { WasteTransferResolver } from './waste-transfer.resolver';

@Module({
  imports: [OrgReplicaModule, WasteContainerModule, WasteCollectionModule],
  providers: [WasteTransferResolver, WasteTransferRepository, TransferWaste],
})
export class WasteTransferModule {}
