import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { uuidv7 } from '@houqin/platform-database';
import { JsonLogger } from '@houqin/platform-telemetry';
import { DataSource, EntityManager, In } from 'typeorm';
import { outboundChannels } from '../channel/channel-settings';
import { ChannelKind, DeliveryOutcome, OutboundChannel } from '../channel/outbound-channel';
import { RetryPolicy } from '../channel/retry-policy';
import { NOTIFICATION_SETTINGS, NotificationSettings } from '../notification-settings';
import { RecipientRow } from '../recipient/recipient.entity';
import { reachable, ReachableRecipient } from '../recipient/recipient-preferences';
import { afterAttempt, DueDelivery, outboundMessage } from './delivery-attempt';
import { DeliveryAttemptRow, DeliveryRow } from './delivery.entity';

/**
 * Sends what is due, a batch at a time, each batch in one transaction holding its rows (`FOR UPDATE SKIP LOCKED`, so
 * replicas share the work and none sends a delivery twice). Every attempt is logged with what the provider said; a
 * retryable failure is tried again after the retry policy's backoff (past the person's quiet hours unless urgent),
 * a permanent one or the last attempt ends DEAD, where admins see and resend it. The inbox entry exists already:
 * a channel that is down delays nothing else and loses nothing.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly channels: Map<ChannelKind, OutboundChannel>;
  private readonly retry: RetryPolicy;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: JsonLogger,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {
    this.channels = outboundChannels(settings.channels);
    this.retry = new RetryPolicy(settings.channels.retry);
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(
          () => undefined,
          (error: unknown) => this.logger.event('warn', 'delivery round failed; retrying', { error: String(error) }),
        )
        .finally(() => this.schedule());
    }, this.settings.deliveryPollMs);
  }

  /** Rounds until nothing is due. */
  async drain(): Promise<number> {
    let sent = 0;
    for (let n = await this.round(); n > 0 && !this.stopped; n = await this.round()) sent += n;
    return sent;
  }

  /** One batch of due deliveries; returns how many it attempted. */
  round(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: DueDelivery[] = await manager.query(
        `SELECT d.id, d.channel, d.attempts, n.recipient_key AS "recipientKey", n.severity, n.title_zh AS "titleZh", n.title_en AS "titleEn",
                n.body_zh AS "bodyZh", n.body_en AS "bodyEn", n.link
           FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
          ORDER BY d.next_attempt_at LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
        [now, this.settings.deliveryBatch],
      );
      if (!due.length) return 0;
      const recipients = new Map((await manager.findBy(RecipientRow, { key: In([...new Set(due.map((d) => d.recipientKey))]) })).map((r) => [r.key, r]));
      // Once per delivery: the same person's language for the message and quiet hours for a retry.
      const people = due.map((delivery) => reachable(delivery.recipientKey, recipients.get(delivery.recipientKey), this.settings.channels.quietHours));
      const outcomes = await Promise.all(due.map((delivery, i) => this.attempt(delivery, people[i])));
      const at = new Date();
      for (const [i, delivery] of due.entries()) await this.record(manager, delivery, outcomes[i], people[i], at);
      return due.length;
    });
  }

  private async attempt(delivery: DueDelivery, person: ReachableRecipient): Promise<DeliveryOutcome> {
    const channel = this.channels.get(delivery.channel);
    if (!channel) return { status: 'PERMANENT', error: `${delivery.channel} is not configured on this service` };
    try {
      return await channel.send(outboundMessage(delivery, person), person.addresses);
    } catch (error) {
      // A channel that throws instead of answering is a fault of ours or the network's: worth another try.
      return { status: 'RETRYABLE', error: String(error) };
    }
  }

  private async record(manager: EntityManager, delivery: DueDelivery, outcome: DeliveryOutcome, person: ReachableRecipient, at: Date): Promise<void> {
    const attempt = delivery.attempts + 1;
    await manager.insert(DeliveryAttemptRow, {
      id: uuidv7(),
      deliveryId: delivery.id,
      attempt,
      attemptedAt: at,
      outcome: outcome.status,
      detail: outcome.status === 'DELIVERED' ? outcome.providerMessageId : outcome.error,
      resentBy: null,
    });
    const decision = this.retry.next(attempt, outcome, at);
    const changes = afterAttempt(delivery, outcome, decision, person.preferences.quietHours);
    await manager.update(DeliveryRow, delivery.id, { ...changes, attempts: attempt, updatedAt: at });
    if (decision.kind === 'DEAD_LETTER')
      this.logger.event('warn', 'notification delivery dead-lettered', { deliveryId: delivery.id, channel: delivery.channel, reason: decision.reason });
  }
}
