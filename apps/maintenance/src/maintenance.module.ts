import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { PlatformModule } from '@houqin/platform-service';
import { maintenanceDefinition } from './maintenance.definition';
import { WorkOrderModule } from './work-order/work-order.module';
import { WorkOrderPortsModule } from './work-order-ports.module';
import { AssetModule } from './asset/asset.module';
import { CrewModule } from './crew/crew.module';
import { VendorModule } from './vendor/vendor.module';
import { CostModule } from './cost/cost.module';
import { KpiModule } from './kpi/kpi.module';
import { PreventiveModule } from './preventive/preventive.module';
import { InspectionModule } from './inspection/inspection.module';
import { IntakeModule } from './intake/intake.module';
import { PortalModule } from './portal/portal.module';

@Module({
  imports: [
    PlatformModule.forService(maintenanceDefinition),
    OrgReplicaModule,
    WorkOrderPortsModule,
    WorkOrderModule,
    AssetModule,
    CrewModule,
    CostModule,
    VendorModule,
    PreventiveModule,
    InspectionModule,
    IntakeModule,
    PortalModule,
    KpiModule,
  ],
})
export class MaintenanceModule {}
