import { ChannelKind, Language, Recipient, Severity } from '../channel/outbound-channel';
import { DeliveryPreferences } from '../channel/delivery-preferences';
import { QuietHours } from '../channel/quiet-hours';
import { RecipientRow } from './recipient.entity';

/** `quiet_hours` when a person wants alerts at any hour (their null means the service's default window). */
export const QUIET_HOURS_OFF = 'OFF';

export interface ReachableRecipient {
  preferences: DeliveryPreferences;
  addresses: Recipient;
  language: Language;
}

/** How a person wants to be reached: their own choices, or the defaults for someone who never chose (or never signed in). */
export function reachable(key: string, row: RecipientRow | undefined, defaultQuietHours: QuietHours): ReachableRecipient {
  const quietHours = !row?.quietHours ? defaultQuietHours : row.quietHours === QUIET_HOURS_OFF ? null : QuietHours.parse(row.quietHours);
  const choices = row?.channels?.map((c) => ({ channel: c.channel as ChannelKind, minimumSeverity: c.minimumSeverity as Severity }));
  return {
    preferences: choices ? new DeliveryPreferences(choices, quietHours) : new DeliveryPreferences(DeliveryPreferences.DEFAULT.choices, quietHours),
    addresses: { personId: key, wecomUserId: row?.wecomUserId ?? undefined, mobile: row?.mobile ?? undefined, email: row?.email ?? undefined },
    language: row?.language === 'en' ? 'en' : 'zh-CN',
  };
}
