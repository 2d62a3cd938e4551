import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { QuietHours } from '../channel/quiet-hours';
import { RecipientDirectory } from './recipient-directory';
import { RecipientRow } from './recipient.entity';
import { QUIET_HOURS_OFF } from './recipient-preferences';
import { SetNotificationPreferencesInput } from './preferences.model';

const MOBILE = /^(\+86)?1\d{10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** 通知设置: the caller's channels, addresses, quiet hours and language; a channel chosen needs its address. */
@Injectable()
export class SetNotificationPreferences {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: RecipientDirectory,
  ) {}

  static validate(input: SetNotificationPreferencesInput): Pick<RecipientRow, 'channels' | 'quietHours' | 'wecomUserId' | 'mobile' | 'email' | 'language'> {
    const channels = input.channels.map((c) => ({ channel: c.channel as string, minimumSeverity: c.minimumSeverity as string }));
    const repeated = channels.find((c, i) => channels.findIndex((other) => other.channel === c.channel) !== i);
    if (repeated) throw new DomainError('NOTIFICATION_CHANNEL_REPEATED', { channel: repeated.channel });
    const typedMobile = optionalText('mobile', input.mobile, 20);
    const mobile = typedMobile?.replace(/[\s-]/g, '') ?? null;
    if (typedMobile && mobile && !MOBILE.test(mobile)) throw new DomainError('NOTIFICATION_MOBILE_INVALID', { value: typedMobile });
    const email = optionalText('email', input.email, 200);
    if (email && !EMAIL.test(email)) throw new DomainError('NOTIFICATION_EMAIL_INVALID', { value: email });
    const wecomUserId = optionalText('wecomUserId', input.wecomUserId, 64);
    const quiet = optionalText('quietHours', input.quietHours, 11);
    if (quiet) {
      try {
        QuietHours.parse(quiet);
      } catch {
        throw new DomainError('NOTIFICATION_QUIET_HOURS_INVALID', { value: quiet });
      }
    }
    const language = input.language ?? 'zh-CN';
    if (language !== 'zh-CN' && language !== 'en') throw new DomainError('INVALID_INPUT', { detail: 'language must be zh-CN or en' });
    const addresses: Record<string, string | null> = { WECOM_APP: wecomUserId, SMS: mobile, EMAIL: email };
    const unaddressed = channels.find((c) => !addresses[c.channel]);
    if (unaddressed) throw new DomainError('NOTIFICATION_CHANNEL_ADDRESS_MISSING', { channel: unaddressed.channel });
    return { channels, quietHours: quiet ?? QUIET_HOURS_OFF, wecomUserId, mobile, email, language };
  }

  execute(identity: Identity, input: SetNotificationPreferencesInput): Promise<RecipientRow> {
    const preferences = SetNotificationPreferences.validate(input);
    return this.unitOfWork.run(async (manager) => {
      const key = await this.directory.remember(identity, manager);
      const row = await manager.findOneByOrFail(RecipientRow, { key });
      const before = { ...row };
      Object.assign(row, preferences);
      await manager.update(RecipientRow, key, preferences);
      await this.changes.record(manager, identity, {
        audit: { action: 'notification_preferences.set', entityType: 'NotificationPreferences', entityId: row.id, campusId: null, before, after: row },
      });
      return row;
    });
  }
}
