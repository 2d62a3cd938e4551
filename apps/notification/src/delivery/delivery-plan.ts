import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@houqin/platform-database';
import { EntityManager, In } from 'typeorm';
import { ChannelKind, Severity } from '../channel/outbound-channel';
import { NotificationRow } from '../inbox/notification.entity';
import { NOTIFICATION_SETTINGS, NotificationSettings } from '../notification-settings';
import { RecipientRow } from '../recipient/recipient.entity';
import { reachable } from '../recipient/recipient-preferences';
import { DeliveryRow } from './delivery.entity';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  SKIPPED = 'SKIPPED',
  DEAD = 'DEAD',
}

/**
 * After the inbox entries, in the same transaction: one delivery per person and channel they want for the alert's
 * severity, due now or at the end of their quiet hours; a wanted channel that cannot be used (not configured here, no
 * address) is logged as SKIPPED with the reason, so "why did I get no SMS" has an answer. The group robot is not a
 * person's channel: it is left out here (docs/notifications.md).
 */
@Injectable()
export class DeliveryPlan {
  private readonly configured: ReadonlySet<ChannelKind>;

  constructor(@Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings) {
    const { wecomApp, sms, email } = settings.channels;
    this.configured = new Set<ChannelKind>([
      ...(wecomApp ? ['WECOM_APP' as const] : []),
      ...(sms ? ['SMS' as const] : []),
      ...(email ? ['EMAIL' as const] : []),
    ]);
  }

  async plan(manager: EntityManager, notifications: NotificationRow[], now: Date): Promise<number> {
    if (!notifications.length) return 0;
    const keys = [...new Set(notifications.map((n) => n.recipientKey))];
    const recipients = new Map((await manager.findBy(RecipientRow, { key: In(keys) })).map((r) => [r.key, r]));
    const rows: DeliveryRow[] = notifications.flatMap((notification) => {
      const person = reachable(notification.recipientKey, recipients.get(notification.recipientKey), this.settings.channels.quietHours);
      return person.preferences
        .plan(notification.severity as Severity, person.addresses, now, this.configured)
        .filter((planned) => planned.channel !== 'WECOM_ROBOT')
        .map((planned) => ({
          id: uuidv7(),
          notificationId: notification.id,
          campusId: notification.campusId,
          channel: planned.channel,
          status: 'skipped' in planned ? DeliveryStatus.SKIPPED : DeliveryStatus.PENDING,
          attempts: 0,
          nextAttemptAt: 'skipped' in planned ? null : planned.sendAt,
          lastError: 'skipped' in planned ? planned.skipped : null,
          providerMessageId: null,
          createdAt: now,
          updatedAt: now,
        }));
    });
    if (rows.length) await manager.insert(DeliveryRow, rows);
    return rows.filter((r) => r.status === DeliveryStatus.PENDING).length;
  }
}
