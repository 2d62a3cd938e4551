import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockModule } from '../stock/stock.module';
import { SupplierModule } from '../supplier/supplier.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { CreatePurchaseOrder } from './create-purchase-order.use-case';
import { CreatePurchaseRequest } from './create-purchase-request.use-case';
import { DecidePurchaseRequest } from './decide-purchase-request.use-case';
import { EndPurchaseOrder } from './end-purchase-order.use-case';
import { PurchaseDemandQuery } from './purchase-demand.query';
import { PurchaseOrderResolver } from './purchase-order.resolver';
import { PurchaseRequestResolver } from './purchase-request.resolver';
import { PurchasingRepository } from './purchasing.repository';
import { PurchasingSteps } from './purchasing-steps';
import { ReceivePurchaseOrder } from './receive-purchase-order.use-case';
import { ResolvePurchaseDuplicate } from './resolve-purchase-duplicate.use-case';

@Module({
  imports: [OrgReplicaModule, CatalogueModule, WarehouseModule, StockModule, SupplierModule],
  providers: [
    PurchasingRepository,
    PurchasingSteps,
    PurchaseDemandQuery,
    PurchaseRequestResolver,
    PurchaseOrderResolver,
    CreatePurchaseRequest,
    ResolvePurchaseDuplicate,
    DecidePurchaseRequest,
    CreatePurchaseOrder,
    ReceivePurchaseOrder,
    EndPurchaseOrder,
  ],
})
export class PurchasingModule {}
