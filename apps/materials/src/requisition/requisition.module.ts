import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { StockIssueModule } from '../stock-issue/stock-issue.module';
import { WarehouseModule } from '../warehouse/warehouse.module';
import { ApproveRequisition } from './approve-requisition.use-case';
import { CancelRequisition } from './cancel-requisition.use-case';
import { CloseRequisitionBackorder } from './close-requisition-backorder.use-case';
import { GrantRequisitionExchangeExemption } from './grant-requisition-exchange-exemption.use-case';
import { IssueRequisition } from './issue-requisition.use-case';
import { RejectRequisition } from './reject-requisition.use-case';
import { RequisitionSteps } from './requisition-steps';
import { RequisitionRepository } from './requisition.repository';
import { RequisitionResolver } from './requisition.resolver';
import { SetRequisitionPolicy } from './set-requisition-policy.use-case';
import { SubmitRequisition } from './submit-requisition.use-case';

@Module({
  imports: [OrgReplicaModule, CatalogueModule, WarehouseModule, StockIssueModule],
  providers: [
    RequisitionRepository,
    RequisitionResolver,
    RequisitionSteps,
    SubmitRequisition,
    ApproveRequisition,
    RejectRequisition,
    CancelRequisition,
    IssueRequisition,
    CloseRequisitionBackorder,
    GrantRequisitionExchangeExemption,
    SetRequisitionPolicy,
  ],
})
export class RequisitionModule {}
