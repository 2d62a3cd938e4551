import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { IssueStockUseCase } from './issue-stock.use-case';
import { StockIssueRepository } from './stock-issue.repository';
import { StockIssueResolver } from './stock-issue.resolver';
import { WorkOrderCompletedHandler } from './work-order-completed.handler';
import { WorkOrderResolver } from './work-order.resolver';

@Module({
  imports: [CatalogueModule, WarehousesModule],
  providers: [StockIssueRepository, StockIssueResolver, WorkOrderResolver, IssueStockUseCase, WorkOrderCompletedHandler],
})
export class IssuesModule {}
