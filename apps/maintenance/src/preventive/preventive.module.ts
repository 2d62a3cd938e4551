import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { AssetModule } from '../asset/asset.module';
import { WorkOrderModule } from '../work-order/work-order.module';
import { CompletePmTask } from './complete-pm-task.use-case';
import { CreatePmPlan } from './create-pm-plan.use-case';
import { DeactivatePmPlan } from './deactivate-pm-plan.use-case';
import { DeferPmTask } from './defer-pm-task.use-case';
import { PmComplianceQuery } from './pm-compliance.query';
import { PmGenerationJob } from './pm-generation.job';
import { PmPlanResolver, PreventiveResolver } from './preventive.resolver';
import { PreventiveRepository } from './preventive.repository';
import { RecordMeterReading } from './record-meter-reading.use-case';
import { SkipPmTask } from './skip-pm-task.use-case';

/** Preventive maintenance (预防性维护): PM plans, meter readings, generated tasks, checklists and the compliance KPI. */
@Module({
  // Failed checklist items open corrective orders through the work orders' own intake (WorkOrderModule);
  // plan targets are read through the asset register's campus-scoped lookup (AssetModule).
  imports: [OrgReplicaModule, WorkOrderModule, AssetModule],
  providers: [
    PreventiveResolver,
    PmPlanResolver,
    PreventiveRepository,
    CreatePmPlan,
    DeactivatePmPlan,
    RecordMeterReading,
    CompletePmTask,
    SkipPmTask,
    DeferPmTask,
    PmComplianceQuery,
    PmGenerationJob,
  ],
})
export class PreventiveModule {}
