import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { HisModule } from './his.module';

void bootstrapService('his', HisModule);
