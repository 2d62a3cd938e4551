import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { hygieneDefinition } from './hygiene.definition';
import { HygieneSettingsModule } from './hygiene-settings.module';
import { ZoneModule } from './zone/zone.module';
import { CleaningTaskModule } from './cleaning-task/cleaning-task.module';
import { CleanerModule } from './cleaner/cleaner.module';
import { WasteCollectionModule } from './waste-collection/waste-collection.module';
import { WasteContainerModule } from './waste-container/waste-container.module';
import { WasteTransferModule } from './waste-transfer/waste-transfer.module';
import { WasteStoreModule } from './waste-store/waste-store.module';
import { InspectionModule } from './inspection/inspection.module';
import { ContractorModule } from './contractor/contractor.module';
import { LinenExchangeModule } from './linen-exchange/linen-exchange.module';
import { PestControlVisitModule } from './pest-control-visit/pest-control-visit.module';
import { SewageLogModule } from './sewage-log/sewage-log.module';
import { InpatientStayModule } from './inpatient-stay/inpatient-stay.module';

@Module({
  imports: [
    PlatformModule.forService(hygieneDefinition),
    HygieneSettingsModule,
    ZoneModule,
    CleaningTaskModule,
    CleanerModule,
    WasteCollectionModule,
    WasteContainerModule,
    WasteTransferModule,
    WasteStoreModule,
    InspectionModule,
    ContractorModule,
    LinenExchangeModule,
    PestControlVisitModule,
    SewageLogModule,
    InpatientStayModule,
  ],
})
export class HygieneModule {}
