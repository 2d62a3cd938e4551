import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { MaintenanceModule } from './maintenance.module';

void bootstrapService('maintenance', MaintenanceModule);
