import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockModule } from '../stock/stock.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { AdjustStock } from './adjust-stock.use-case';
import { StockAdjustmentBooking } from './stock-adjustment-booking';
import { StockAdjustmentRepository } from './stock-adjustment.repository';
import { StockAdjustmentResolver } from './stock-adjustment.resolver';

@Module({
  imports: [CatalogueModule, WarehouseModule, StockModule],
  providers: [StockAdjustmentRepository, StockAdjustmentResolver, AdjustStock, StockAdjustmentBooking],
  /** An approved stocktake (盘点) books its differences as an adjustment, through the same code. */
  exports: [StockAdjustmentBooking],
})
export class StockAdjustmentModule {}
