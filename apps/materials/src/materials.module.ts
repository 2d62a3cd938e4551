import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { PlatformModule } from '@houqin/platform-service';
import { CatalogueModule } from './catalogue/catalogue.module';
import { IssuesModule } from './issues/issues.module';
import { materialsDefinition } from './materials.definition';
import { StockModule } from './stock/stock.module';
import { TransfersModule } from './transfers/transfers.module';
import { ReturnsModule } from './returns/returns.module';
import { AdjustmentsModule } from './adjustments/adjustments.module';
import { ExpiryModule } from './expiry/expiry.module';
import { CostsModule } from './costs/costs.module';
import { RequisitionsModule } from './requisitions/requisitions.module';
import { StocktakesModule } from './stocktakes/stocktakes.module';
import { WarehousesModule } from './warehouses/warehouses.module';
import { ImportModule } from './import/import.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { PurchasingModule } from './purchasing/purchasing.module';
import { KpisModule } from './kpis/kpis.module';

@Module({
  imports: [
    PlatformModule.forService(materialsDefinition),
    OrgReplicaModule,
    CatalogueModule,
    WarehousesModule,
    StockModule,
    IssuesModule,
    TransfersModule,
    ReturnsModule,
    AdjustmentsModule,
    ImportModule,
    ExpiryModule,
    CostsModule,
    RequisitionsModule,
    StocktakesModule,
    SuppliersModule,
    PurchasingModule,
    KpisModule,
  ],
})
export class MaterialsModule {}
