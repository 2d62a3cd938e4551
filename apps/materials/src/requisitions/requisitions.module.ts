import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { IssuesModule } from '../issues/issues.module';
import { WarehousesModule } from '../warehouses/warehouses.module';
import { ApproveRequisitionUseCase } from './approve-requisition.use-case';
import { CancelRequisitionUseCase } from './cancel-requisition.use-case';
import { CloseRequisitionBackorderUseCase } from './close-requisition-backorder.use-case';
import { GrantRequisitionExchangeExemptionUseCase } from './grant-requisition-exchange-exemption.use-case';
import { IssueRequisitionUseCase } from './issue-requisition.use-case';
import { RejectRequisitionUseCase } from './reject-requisition.use-case';
import { RequisitionSteps } from './requisition-steps';
import { RequisitionRepository } from './requisition.repository';
import { RequisitionResolver } from './requisition.resolver';
import { SetRequisitionPolicyUseCase } from './set-requisition-policy.use-case';
import { SubmitRequisitionUseCase } from './submit-requisition.use-case';

@Module({
  imports: [OrgReplicaModule, CatalogueModule, WarehousesModule, IssuesModule],
  providers: [
    RequisitionRepository,
    RequisitionResolver,
    RequisitionSteps,
    SubmitRequisitionUseCase,
    ApproveRequisitionUseCase,
    RejectRequisitionUseCase,
    CancelRequisitionUseCase,
    IssueRequisitionUseCase,
    CloseRequisitionBackorderUseCase,
    GrantRequisitionExchangeExemptionUseCase,
    SetRequisitionPolicyUseCase,
  ],
})
export class RequisitionsModule {}
