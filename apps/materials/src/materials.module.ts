import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { CatalogueModule } from './catalogue/catalogue.module';
import { IssuesModule } from './issues/issues.module';
import { materialsDefinition } from './materials.definition';
import { StockModule } from './stock/stock.module';
import { WarehousesModule } from './warehouses/warehouses.module';

@Module({ imports: [PlatformModule.forService(materialsDefinition), CatalogueModule, WarehousesModule, StockModule, IssuesModule] })
export class MaterialsModule {}
