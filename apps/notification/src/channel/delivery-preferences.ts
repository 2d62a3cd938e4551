import { ChannelKind, Recipient, Severity, atLeast } from './outbound-channel';
import { QuietHours } from './quiet-hours';

/** A channel a person wants, from the severity at which they want it (SMS for urgent alerts only, say). */
export interface ChannelChoice {
  channel: ChannelKind;
  minimumSeverity: Severity;
}

/** One channel's part in delivering an alert to a person: when to send, or why not at all. */
export type PlannedDelivery = { channel: ChannelKind; sendAt: Date } | { channel: ChannelKind; skipped: string };

const ADDRESS_NEEDED: Record<ChannelKind, keyof Recipient | null> = {
  // The robot posts to its group; the userid only adds a mention.
  WECOM_ROBOT: null,
  WECOM_APP: 'wecomUserId',
  SMS: 'mobile',
  EMAIL: 'email',
};

/**
 * A person's outbound channels and quiet hours. The inbox entry is written whatever these say; they decide only what
 * else reaches the person, and when.
 */
export class DeliveryPreferences {
  /** Without a choice of their own: WeCom for everything, SMS as well when it is urgent, quiet from 22:00 to 07:00. */
  static readonly DEFAULT = new DeliveryPreferences(
    [
      { channel: 'WECOM_APP', minimumSeverity: 'INFO' },
      { channel: 'SMS', minimumSeverity: 'URGENT' },
    ],
    QuietHours.DEFAULT,
  );

  constructor(
    readonly choices: readonly ChannelChoice[],
    /** Null: this person takes every alert at any hour (the on-call engineer's duty phone). */
    readonly quietHours: QuietHours | null,
  ) {
    const channels = choices.map((c) => c.channel);
    const repeated = channels.find((channel, i) => channels.indexOf(channel) !== i);
    if (repeated) throw new Error(`delivery preferences name ${repeated} twice`);
  }

  /**
   * Each wanted channel for an alert of this severity: sent at once, or at the end of the quiet hours, or skipped
   * with the reason (not configured here, no address for the person) for the delivery log.
   */
  plan(severity: Severity, recipient: Recipient, now: Date, configured: ReadonlySet<ChannelKind>): PlannedDelivery[] {
    const sendAt = this.quietHours ? this.quietHours.releaseAt(severity, now) : now;
    return this.choices
      .filter((choice) => atLeast(severity, choice.minimumSeverity))
      .map(({ channel }): PlannedDelivery => {
        if (!configured.has(channel)) return { channel, skipped: `${channel} is not configured` };
        const address = ADDRESS_NEEDED[channel];
        if (address && !recipient[address]?.trim()) return { channel, skipped: `no ${address} for person ${recipient.personId}` };
        return { channel, sendAt };
      });
  }
}
