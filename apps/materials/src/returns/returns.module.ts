import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ReturnStockUseCase } from './return-stock.use-case';
import { StockReturnRepository } from './stock-return.repository';
import { StockReturnResolver } from './stock-return.resolver';

@Module({
  imports: [CatalogueModule],
  providers: [StockReturnRepository, StockReturnResolver, ReturnStockUseCase],
  exports: [StockReturnRepository],
})
export class ReturnsModule {}
