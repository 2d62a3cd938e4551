import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { PlatformModule } from '@houqin/platform-service';
import { CatalogueModule } from './catalogue/catalogue.module';
import { StockIssueModule } from './stock-issue/stock-issue.module';
import { materialsDefinition } from './materials.definition';
import { StockModule } from './stock/stock.module';
import { StockTransferModule } from './stock-transfer/stock-transfer.module';
import { StockReturnModule } from './stock-return/stock-return.module';
import { StockAdjustmentModule } from './stock-adjustment/stock-adjustment.module';
import { ExpiryModule } from './expiry/expiry.module';
import { CostModule } from './cost/cost.module';
import { RequisitionModule } from './requisition/requisition.module';
import { StocktakeModule } from './stocktake/stocktake.module';
import { WarehouseModule } from './warehouse/warehouse.module';
import { ImportModule } from './import/import.module';
import { SupplierModule } from './supplier/supplier.module';
import { PurchasingModule } from './purchasing/purchasing.module';
import { KpiModule } from './kpi/kpi.module';

@Module({
  imports: [
    PlatformModule.forService(materialsDefinition),
    OrgReplicaModule,
    CatalogueModule,
    WarehouseModule,
    StockModule,
    StockIssueModule,
    StockTransferModule,
    StockReturnModule,
    StockAdjustmentModule,
    ImportModule,
    ExpiryModule,
    CostModule,
    RequisitionModule,
    StocktakeModule,
    SupplierModule,
    PurchasingModule,
    KpiModule,
  ],
})
export class MaterialsModule {}
