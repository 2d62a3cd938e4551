import { Module } from '@nestjs/common';
import { PlatformModule } from '@houqin/platform-service';
import { maintenanceDefinition } from './maintenance.definition';
import { WorkOrderModule } from './work-order/work-order.module';

@Module({ imports: [PlatformModule.forService(maintenanceDefinition), WorkOrderModule] })
export class MaintenanceModule {}
