import { chinaInstant } from '@houqin/platform-calendar';
import { DeliveryPreferences } from './delivery-preferences';
import { CHANNEL_KINDS, ChannelKind } from './outbound-channel';
import { QuietHours } from './quiet-hours';

/** A Beijing wall-clock moment, YYYY-MM-DDTHH:MM[:SS]. */
const bj = (local: string) => chinaInstant(local.slice(0, 10), local.slice(11));

describe('delivery preferences', () => {
  const all: ReadonlySet<ChannelKind> = new Set(CHANNEL_KINDS);
  const chen = { personId: 'staff-0101', wecomUserId: 'ChenJing', mobile: '13800138000', email: 'chen.jing@hospital.example.cn' };
  const noon = bj('2026-12-07T12:00:00');
  const night = bj('2026-12-07T23:30:00');

  it('by default sends WeCom for everything and SMS too when urgent', () => {
    expect(DeliveryPreferences.DEFAULT.plan('WARNING', chen, noon, all)).toEqual([{ channel: 'WECOM_APP', sendAt: noon }]);
    expect(DeliveryPreferences.DEFAULT.plan('URGENT', chen, noon, all)).toEqual([
      { channel: 'WECOM_APP', sendAt: noon },
      { channel: 'SMS', sendAt: noon },
    ]);
  });

  it('holds what is not urgent until the quiet hours end, and sends urgent alerts at once', () => {
    expect(DeliveryPreferences.DEFAULT.plan('INFO', chen, night, all)).toEqual([{ channel: 'WECOM_APP', sendAt: bj('2026-12-08T07:00:00') }]);
    expect(DeliveryPreferences.DEFAULT.plan('URGENT', chen, night, all)).toEqual([
      { channel: 'WECOM_APP', sendAt: night },
      { channel: 'SMS', sendAt: night },
    ]);
  });

  it('follows the person’s own choices and quiet hours, or none', () => {
    const own = new DeliveryPreferences(
      [
        { channel: 'EMAIL', minimumSeverity: 'INFO' },
        { channel: 'WECOM_ROBOT', minimumSeverity: 'WARNING' },
      ],
      QuietHours.parse('21:00-06:30'),
    );
    expect(own.plan('INFO', chen, bj('2026-12-07T21:15:00'), all)).toEqual([{ channel: 'EMAIL', sendAt: bj('2026-12-08T06:30:00') }]);
    const onCall = new DeliveryPreferences([{ channel: 'SMS', minimumSeverity: 'INFO' }], null);
    expect(onCall.plan('INFO', chen, night, all)).toEqual([{ channel: 'SMS', sendAt: night }]);
  });

  it('says why a wanted channel is skipped: not configured here, or no address for the person', () => {
    const everything = new DeliveryPreferences(
      CHANNEL_KINDS.map((channel) => ({ channel, minimumSeverity: 'INFO' as const })),
      null,
    );
    expect(everything.plan('INFO', { personId: 'staff-0102', mobile: ' ' }, noon, new Set<ChannelKind>(['WECOM_ROBOT', 'WECOM_APP', 'SMS']))).toEqual([
      { channel: 'WECOM_ROBOT', sendAt: noon },
      { channel: 'WECOM_APP', skipped: 'no wecomUserId for person staff-0102' },
      { channel: 'SMS', skipped: 'no mobile for person staff-0102' },
      { channel: 'EMAIL', skipped: 'EMAIL is not configured' },
    ]);
  });

  it('refuses a channel named twice', () => {
    expect(
      () =>
        new DeliveryPreferences(
          [
            { channel: 'SMS', minimumSeverity: 'INFO' },
            { channel: 'SMS', minimumSeverity: 'URGENT' },
          ],
          null,
        ),
    ).toThrow('delivery preferences name SMS twice');
  });
});
