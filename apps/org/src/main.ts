import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { OrgModule } from './org.module';

void bootstrapService('org', OrgModule);
