import './instrument';
import { bootstrapService } from '@houqin/platform-service';
import { NotificationModule } from './notification.module';

void bootstrapService('notification', NotificationModule);
