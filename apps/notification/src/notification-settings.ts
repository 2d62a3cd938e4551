import { readSettings } from '@houqin/platform-service';
import { z } from 'zod';
import { channelSettings, ChannelSettings } from './channel/channel-settings';

const schema = z.object({
  /** An alert with an escalation audience goes on to it when nobody acknowledged it within this time. */
  NOTIFY_ESCALATE_AFTER_MINUTES: z.coerce.number().positive().default(15),
  /** How often the delivery worker looks for deliveries that are due. */
  NOTIFY_DELIVERY_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** Deliveries sent at once (in parallel) per round. */
  NOTIFY_DELIVERY_BATCH: z.coerce.number().int().min(1).max(500).default(50),
});

export interface NotificationSettings {
  escalateAfterMs: number;
  deliveryPollMs: number;
  deliveryBatch: number;
  channels: ChannelSettings;
}

export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');

/** The service's own settings and its channels' (secrets only from the environment); a wrong one stops start-up. */
export function loadNotificationSettings(env: NodeJS.ProcessEnv = process.env): NotificationSettings {
  const s = readSettings('notification', schema, env);
  return {
    escalateAfterMs: s.NOTIFY_ESCALATE_AFTER_MINUTES * 60_000,
    deliveryPollMs: s.NOTIFY_DELIVERY_POLL_MS,
    deliveryBatch: s.NOTIFY_DELIVERY_BATCH,
    channels: channelSettings(env),
  };
}
