import { Global, Module } from '@nestjs/common';
import { AssetRepairReference } from './asset/asset-reference';
import { LabourRates } from './cost/labour-rates';
import { CrewQualifications } from './crew/technician-qualification';
import { RepairIntakeChecks } from './intake/repair-intake-checks';
import { LabourLog, RepairAssets, RepairIntake, TechnicianQualifications } from './work-order/work-order-ports';

/**
 * Binds the ports work-order/ declares (work-order-ports.ts) to the folders that answer them. Global, so the
 * work-order module gets them without importing those folders' modules, which import it.
 */
@Global()
@Module({
  providers: [
    { provide: RepairAssets, useClass: AssetRepairReference },
    { provide: RepairIntake, useClass: RepairIntakeChecks },
    { provide: TechnicianQualifications, useClass: CrewQualifications },
    { provide: LabourLog, useClass: LabourRates },
  ],
  exports: [RepairAssets, RepairIntake, TechnicianQualifications, LabourLog],
})
export class WorkOrderPortsModule {}
