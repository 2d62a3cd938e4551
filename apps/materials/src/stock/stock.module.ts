import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { GoodsReceiptBooking } from './goods-receipt-booking';
import { ReorderWatch } from './reorder-watch';
import { ReceiveGoods } from './receive-goods.use-case';
import { SetReorderPoint } from './set-reorder-point.use-case';
import { StockRepository } from './stock.repository';
import { StockResolver } from './stock.resolver';
import { StockLedgerQuery } from './stock-ledger.query';
import { StockLevelResolver } from './stock-level.resolver';
import { StockCoverAlertJob } from './stock-cover-alert.job';

@Module({
  imports: [CatalogueModule, WarehouseModule],
  providers: [
    StockRepository,
    StockResolver,
    StockLevelResolver,
    StockLedgerQuery,
    GoodsReceiptBooking,
    ReorderWatch,
    ReceiveGoods,
    SetReorderPoint,
    StockCoverAlertJob,
  ],
  exports: [StockRepository, GoodsReceiptBooking, ReorderWatch],
})
export class StockModule {}
