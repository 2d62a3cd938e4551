import { ChannelKind, DeliveryOutcome, OutboundMessage, Severity } from '../channel/outbound-channel';
import { QuietHours } from '../channel/quiet-hours';
import { RetryDecision } from '../channel/retry-policy';
import { ReachableRecipient } from '../recipient/recipient-preferences';
import { DeliveryStatus } from './delivery-plan';
import { DeliveryRow } from './delivery.entity';

/** A delivery that is due, with the notification it carries. */
export interface DueDelivery {
  id: string;
  channel: ChannelKind;
  attempts: number;
  recipientKey: string;
  severity: Severity;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  link: string;
}

/** The notification in the person's language, as the channel sends it. */
export function outboundMessage(delivery: DueDelivery, person: Pick<ReachableRecipient, 'language'>): OutboundMessage {
  const english = person.language === 'en';
  return {
    title: english ? delivery.titleEn : delivery.titleZh,
    body: english ? delivery.bodyEn : delivery.bodyZh,
    language: person.language,
    severity: delivery.severity,
    link: delivery.link,
  };
}

/**
 * Where a delivery stands after an attempt and the retry policy's decision: delivered; pending again (a retry that
 * falls in the person's quiet hours waits for their end unless urgent); or dead, with the reason.
 */
export function afterAttempt(
  delivery: Pick<DueDelivery, 'severity'>,
  outcome: DeliveryOutcome,
  decision: RetryDecision,
  quietHours: QuietHours | null,
): Pick<DeliveryRow, 'status' | 'nextAttemptAt' | 'lastError'> & Partial<Pick<DeliveryRow, 'providerMessageId'>> {
  switch (decision.kind) {
    case 'DONE':
      return {
        status: DeliveryStatus.DELIVERED,
        nextAttemptAt: null,
        lastError: null,
        providerMessageId: outcome.status === 'DELIVERED' ? outcome.providerMessageId : null,
      };
    case 'RETRY':
      return {
        status: DeliveryStatus.PENDING,
        nextAttemptAt: quietHours ? quietHours.releaseAt(delivery.severity, decision.at) : decision.at,
        lastError: outcome.status === 'DELIVERED' ? null : outcome.error,
      };
    case 'DEAD_LETTER':
      return { status: DeliveryStatus.DEAD, nextAttemptAt: null, lastError: decision.reason };
  }
}
