import { EventContract, EVENT_CATALOGUE } from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { Provider } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ALERT_RULES } from './alert-rules';
import { EventFields } from './alert-rule';
import { RaiseAlert } from './raise-alert.use-case';

/** One per event type the rules name, all in the consumer group `notification.alerts`. */
@ConsumerGroup('alerts', 'raises the alerts its rules declare: inbox entries for their audience, then outbound deliveries (docs/notifications.md)')
export class AlertHandler implements EventHandler {
  constructor(
    readonly contract: EventContract,
    private readonly raiseAlert: RaiseAlert,
  ) {}

  async handle(event: CloudEvent<EventFields>, manager: EntityManager): Promise<void> {
    await this.raiseAlert.execute(event, manager);
  }
}

/** A handler provider for each event type some rule names (the rules were checked against the catalogue at load). */
export const ALERT_HANDLERS: Provider[] = [...new Set(ALERT_RULES.map((rule) => rule.event))].map((type) => ({
  provide: `AlertHandler:${type}`,
  inject: [RaiseAlert],
  useFactory: (raiseAlert: RaiseAlert) => new AlertHandler(EVENT_CATALOGUE.find((c) => c.type === type) as EventContract, raiseAlert),
}));
