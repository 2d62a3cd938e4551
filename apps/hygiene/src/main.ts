import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { HygieneModule } from './hygiene.module';

void bootstrapService('hygiene', HygieneModule);
