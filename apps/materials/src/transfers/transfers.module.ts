import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockModule } from '../stock/stock.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { DispatchStockTransferUseCase } from './dispatch-stock-transfer.use-case';
import { ReceiveStockTransferUseCase } from './receive-stock-transfer.use-case';
import { StockTransferRepository } from './stock-transfer.repository';
import { StockTransferResolver } from './stock-transfer.resolver';

@Module({
  imports: [CatalogueModule, WarehousesModule, StockModule],
  providers: [StockTransferRepository, StockTransferResolver, DispatchStockTransferUseCase, ReceiveStockTransferUseCase],
})
export class TransfersModule {}
