import { chinaInstant } from '@houqin/platform-calendar';
import { deduplicationKey } from './deduplication-key';

/** A Beijing wall-clock moment, YYYY-MM-DDTHH:MM[:SS]. */
const bj = (local: string) => chinaInstant(local.slice(0, 10), local.slice(11));
const DAY = 24 * 3600_000;
const HOUR = 3600_000;
const HALF_HOUR = 1800_000;

describe('deduplication key', () => {
  it('gives one key to the same alert about the same subject inside one window', () => {
    const first = deduplicationKey({ type: 'CERTIFICATE_DUE', subject: 'cert-elevator-XY-02', occurredAt: bj('2026-12-07T00:05:00') }, DAY);
    const again = deduplicationKey({ type: 'CERTIFICATE_DUE', subject: 'cert-elevator-XY-02', occurredAt: bj('2026-12-07T23:59:59') }, DAY);
    expect(again).toEqual(first);
    // Daily windows are Beijing days: from 00:00 Beijing time, which is 16:00 UTC the day before.
    expect(first).toMatchObject({
      key: 'CERTIFICATE_DUE:cert-elevator-XY-02:2026-12-06T16:00:00.000Z',
      windowStart: bj('2026-12-07T00:00:00'),
      windowEnd: bj('2026-12-08T00:00:00'),
    });
  });

  it('gives another key to the next window, another subject or another alert type', () => {
    const base = { type: 'CERTIFICATE_DUE' as const, subject: 'cert-elevator-XY-02', occurredAt: bj('2026-12-07T09:00:00') };
    const key = deduplicationKey(base, DAY).key;
    expect(deduplicationKey({ ...base, occurredAt: bj('2026-12-08T00:00:00') }, DAY).key).not.toBe(key);
    expect(deduplicationKey({ ...base, subject: 'cert-boiler-B1' }, DAY).key).not.toBe(key);
    expect(deduplicationKey({ ...base, type: 'LOT_EXPIRING' }, DAY).key).not.toBe(key);
  });

  it('aligns half-hour and hour windows to the Beijing clock', () => {
    const escalation = deduplicationKey({ type: 'SLA_ESCALATION', subject: 'WO-2026-0412#2', occurredAt: bj('2026-12-07T14:44:00') }, HALF_HOUR);
    expect([escalation.windowStart, escalation.windowEnd]).toEqual([bj('2026-12-07T14:30:00'), bj('2026-12-07T15:00:00')]);
    const round = deduplicationKey({ type: 'INSPECTION_ROUND_MISSED', subject: 'IR-03', occurredAt: bj('2026-12-07T14:44:00') }, HOUR);
    expect([round.windowStart, round.windowEnd]).toEqual([bj('2026-12-07T14:00:00'), bj('2026-12-07T15:00:00')]);
    expect(round.bucket + 1).toBe(deduplicationKey({ type: 'INSPECTION_ROUND_MISSED', subject: 'IR-03', occurredAt: bj('2026-12-07T15:00:00') }, HOUR).bucket);
  });

  it('takes another window when given one, and refuses a window that is not one', () => {
    const weekly = deduplicationKey({ type: 'LOT_EXPIRING', subject: 'lot-L7', occurredAt: bj('2026-12-07T10:00:00') }, 7 * 24 * 3600_000);
    expect(weekly.windowEnd.getTime() - weekly.windowStart.getTime()).toBe(7 * 24 * 3600_000);
    for (const bad of [0, -1, 1.5]) expect(() => deduplicationKey({ type: 'LOT_EXPIRING', subject: 'lot-L7', occurredAt: new Date() }, bad)).toThrow(/window/);
  });
});
