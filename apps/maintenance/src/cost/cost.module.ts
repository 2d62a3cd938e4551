import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { WorkOrderModule } from '../work-order/work-order.module';
import { CostLedger } from './cost-ledger';
import { CostResolver } from './cost.resolver';
import { DepartmentCostJob } from './department-cost.job';
import { LabourRates } from './labour-rates';
import { LogWorkTime } from './log-work-time.use-case';
import { PartsCostHandler, PartsReturnHandler } from './parts-cost.handler';
import { SetLabourRate } from './set-labour-rate.use-case';

/** 工时与费用: labour rates and time logs, parts costs from materials, vendors' costs, monthly statements for finance. */
@Module({
  imports: [OrgReplicaModule, WorkOrderModule],
  providers: [CostResolver, CostLedger, LabourRates, LogWorkTime, SetLabourRate, PartsCostHandler, PartsReturnHandler, DepartmentCostJob],
})
export class CostModule {}
