import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { GoodsReceiptBooking } from './goods-receipt-booking';
import { ReceiveGoodsUseCase } from './receive-goods.use-case';
import { SetReorderPointUseCase } from './set-reorder-point.use-case';
import { StockRepository } from './stock.repository';
import { StockResolver } from './stock.resolver';
import { StockLedgerQuery } from './stock-ledger.query';
import { StockLevelResolver } from './stock-level.resolver';
import { StockCoverAlertJob } from './stock-cover-alert.job';

@Module({
  imports: [CatalogueModule, WarehousesModule],
  providers: [
    StockRepository,
    StockResolver,
    StockLevelResolver,
    StockLedgerQuery,
    GoodsReceiptBooking,
    ReceiveGoodsUseCase,
    SetReorderPointUseCase,
    StockCoverAlertJob,
  ],
  exports: [StockRepository, GoodsReceiptBooking],
})
export class StockModule {}
