import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { RecipientModule } from '../recipient/recipient.module';
import { ALERT_HANDLERS } from './alert.handler';
import { EscalationJob } from './escalation.job';
import { RaiseAlert } from './raise-alert.use-case';

@Module({ imports: [RecipientModule, DeliveryModule], providers: [RaiseAlert, ...ALERT_HANDLERS, EscalationJob] })
export class AlertModule {}
