import { domainErrorCode } from '@houqin/platform-errors';
import { NotificationSeverity } from '../inbox/notification.model';
import { NotificationChannel } from './preferences.model';
import { SetNotificationPreferences } from './set-notification-preferences.use-case';

const wecom = { channel: NotificationChannel.WECOM_APP, minimumSeverity: NotificationSeverity.INFO };
const sms = { channel: NotificationChannel.SMS, minimumSeverity: NotificationSeverity.URGENT };

describe('notification preferences', () => {
  it('keep a person’s channels with their addresses, normalised', () => {
    expect(SetNotificationPreferences.validate({ channels: [wecom, sms], wecomUserId: 'MaLiXin', mobile: '138 0000 1020', quietHours: '22:00-07:00' })).toEqual(
      {
        channels: [
          { channel: 'WECOM_APP', minimumSeverity: 'INFO' },
          { channel: 'SMS', minimumSeverity: 'URGENT' },
        ],
        quietHours: '22:00-07:00',
        wecomUserId: 'MaLiXin',
        mobile: '13800001020',
        email: null,
        language: 'zh-CN',
      },
    );
    expect(SetNotificationPreferences.validate({ channels: [] }).quietHours).toBe('OFF');
  });

  it('refuse a channel without its address, a channel twice, and addresses or quiet hours that are not', () => {
    const codeOf = (input: Parameters<typeof SetNotificationPreferences.validate>[0]) => domainErrorCode(() => SetNotificationPreferences.validate(input));
    expect(codeOf({ channels: [sms] })).toBe('NOTIFICATION_CHANNEL_ADDRESS_MISSING');
    expect(codeOf({ channels: [wecom, wecom], wecomUserId: 'a' })).toBe('NOTIFICATION_CHANNEL_REPEATED');
    expect(codeOf({ channels: [], mobile: '021-64041990' })).toBe('NOTIFICATION_MOBILE_INVALID');
    expect(codeOf({ channels: [], email: 'ma at hospital' })).toBe('NOTIFICATION_EMAIL_INVALID');
    expect(codeOf({ channels: [], quietHours: '10pm-7am' })).toBe('NOTIFICATION_QUIET_HOURS_INVALID');
    expect(codeOf({ channels: [], language: 'fr' })).toBe('INVALID_INPUT');
  });
});
