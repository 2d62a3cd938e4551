import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockReturnModule } from '../stock-return/stock-return.module';
import { StockModule } from '../stock/stock.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { ChargedDepartments } from './charged-department';
import { IssueStock } from './issue-stock.use-case';
import { StockIssueRepository } from './stock-issue.repository';
import { StockIssueResolver } from './stock-issue.resolver';
import { WorkOrderCompletedHandler } from './work-order-completed.handler';
import { WorkOrderStockIssuesResolver } from './work-order-stock-issues.resolver';

@Module({
  imports: [OrgReplicaModule, CatalogueModule, WarehouseModule, StockModule, StockReturnModule],
  providers: [StockIssueRepository, StockIssueResolver, WorkOrderStockIssuesResolver, IssueStock, ChargedDepartments, WorkOrderCompletedHandler],
  // Requisitions issue through the same use case, so their 出库单 are ordinary issues (FIFO/FEFO, ledger, charges).
  exports: [IssueStock],
})
export class StockIssueModule {}
