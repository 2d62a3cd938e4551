import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { MaterialsModule } from './materials.module';

void bootstrapService('materials', MaterialsModule);
