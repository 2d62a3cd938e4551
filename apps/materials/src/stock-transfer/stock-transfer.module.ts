import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockModule } from '../stock/stock.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { DispatchStockTransfer } from './dispatch-stock-transfer.use-case';
import { ReceiveStockTransfer } from './receive-stock-transfer.use-case';
import { StockTransferRepository } from './stock-transfer.repository';
import { StockTransferResolver } from './stock-transfer.resolver';

@Module({
  imports: [CatalogueModule, WarehouseModule, StockModule],
  providers: [StockTransferRepository, StockTransferResolver, DispatchStockTransfer, ReceiveStockTransfer],
})
export class StockTransferModule {}
