import { chinaInstant } from '@houqin/platform-calendar';
import { delivered, permanent, retryable } from '../channel/outbound-channel';
import { QuietHours } from '../channel/quiet-hours';
import { RetryPolicy } from '../channel/retry-policy';
import { RecipientRow } from '../recipient/recipient.entity';
import { reachable } from '../recipient/recipient-preferences';
import { afterAttempt, DueDelivery, outboundMessage } from './delivery-attempt';

const bj = (local: string) => chinaInstant(local.slice(0, 10), local.slice(11));

const due: DueDelivery = {
  id: 'd-1',
  channel: 'WECOM_APP',
  attempts: 0,
  recipientKey: 'staff:lead',
  severity: 'WARNING',
  titleZh: '工单 WO-1 响应超时',
  titleEn: 'Work order WO-1: response overdue',
  bodyZh: '请督办。',
  bodyEn: 'Follow it up.',
  link: '/maintenance/work-orders/wo-1',
};

/** A person who reads English and is quiet from 12:00 to 13:30 Beijing time. */
const person = reachable(
  'staff:lead',
  { language: 'en', quietHours: '12:00-13:30', wecomUserId: 'MaLiXin', channels: null } as RecipientRow,
  QuietHours.DEFAULT,
);
const policy = new RetryPolicy({ maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 });

describe('a delivery attempt', () => {
  it('sends the notification in the person’s language', () => {
    expect(outboundMessage(due, person)).toEqual({
      title: 'Work order WO-1: response overdue',
      body: 'Follow it up.',
      language: 'en',
      severity: 'WARNING',
      link: '/maintenance/work-orders/wo-1',
    });
    expect(outboundMessage(due, { language: 'zh-CN' }).title).toBe('工单 WO-1 响应超时');
  });

  it('is delivered, with the provider’s message id', () => {
    const at = bj('2026-12-07T09:00:00');
    expect(afterAttempt(due, delivered('msg-7'), policy.next(1, delivered('msg-7'), at), person.preferences.quietHours)).toEqual({
      status: 'DELIVERED',
      nextAttemptAt: null,
      lastError: null,
      providerMessageId: 'msg-7',
    });
  });

  it('retries after the backoff, past the person’s quiet hours unless urgent', () => {
    const failed = retryable('HTTP 500: upstream unavailable');
    const morning = bj('2026-12-07T09:00:00');
    const beforeLunch = bj('2026-12-07T11:59:30');
    const retryAt = (severity: DueDelivery['severity'], at: Date) =>
      afterAttempt(
        { severity },
        failed,
        policy.next(1, failed, at, () => 0.5),
        person.preferences.quietHours,
      );
    expect(retryAt('WARNING', morning)).toEqual({ status: 'PENDING', nextAttemptAt: bj('2026-12-07T09:00:45'), lastError: 'HTTP 500: upstream unavailable' });
    expect(retryAt('WARNING', beforeLunch).nextAttemptAt).toEqual(bj('2026-12-07T13:30:00'));
    expect(retryAt('URGENT', beforeLunch).nextAttemptAt).toEqual(bj('2026-12-07T12:00:15'));
    // Someone who takes alerts at any hour is retried after the backoff alone.
    expect(
      afterAttempt(
        { severity: 'INFO' },
        failed,
        policy.next(1, failed, beforeLunch, () => 0.5),
        null,
      ).nextAttemptAt,
    ).toEqual(bj('2026-12-07T12:00:15'));
  });

  it('ends dead after a permanent failure or the last attempt, with the reason', () => {
    const at = bj('2026-12-07T09:00:00');
    const refused = permanent('errcode 81013: user & party & tag all invalid');
    expect(afterAttempt(due, refused, policy.next(1, refused, at), null)).toEqual({
      status: 'DEAD',
      nextAttemptAt: null,
      lastError: 'errcode 81013: user & party & tag all invalid',
    });
    const down = retryable('127.0.0.1:1 unreachable: ECONNREFUSED');
    expect(afterAttempt(due, down, policy.next(3, down, at), null)).toEqual({
      status: 'DEAD',
      nextAttemptAt: null,
      lastError: 'gave up after 3 attempts: 127.0.0.1:1 unreachable: ECONNREFUSED',
    });
  });
});
