import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ReturnStock } from './return-stock.use-case';
import { StockReturnRepository } from './stock-return.repository';
import { StockReturnResolver } from './stock-return.resolver';

@Module({
  imports: [CatalogueModule],
  providers: [StockReturnRepository, StockReturnResolver, ReturnStock],
  exports: [StockReturnRepository],
})
export class StockReturnModule {}
