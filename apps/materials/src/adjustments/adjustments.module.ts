import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { AdjustStockUseCase } from './adjust-stock.use-case';
import { StockAdjustmentRepository } from './stock-adjustment.repository';
import { StockAdjustmentResolver } from './stock-adjustment.resolver';

@Module({
  imports: [CatalogueModule, WarehousesModule],
  providers: [StockAdjustmentRepository, StockAdjustmentResolver, AdjustStockUseCase],
})
export class AdjustmentsModule {}
