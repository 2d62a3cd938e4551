import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { ExpiryThreshold as T, LotExpiry, requireExpiryWindow } from './lot-expiry';

describe('lot expiry', () => {
  // 10:00 Beijing time on 1 June 2026.
  const expiry = new LotExpiry(new Date('2026-06-01T02:00:00Z'));

  it('counts days in Beijing time: a lot is usable through its expiry date and expired from the day after', () => {
    // 23:30 on 31 May Beijing time is still 31 May; 00:30 on 1 June is already June.
    expect(new LotExpiry(new Date('2026-05-31T15:30:00Z')).today).toBe('2026-05-31');
    expect(new LotExpiry(new Date('2026-05-31T16:30:00Z')).today).toBe('2026-06-01');
    expect(expiry.daysLeft('2026-06-01')).toBe(0);
    expect(expiry.isExpired('2026-06-01')).toBe(false);
    expect(expiry.daysLeft('2026-05-31')).toBe(-1);
    expect(expiry.isExpired('2026-05-31')).toBe(true);
  });

  it('enters each threshold on the day the lot is that many days from its expiry', () => {
    expect(expiry.step('2026-08-31')).toEqual({ kind: 'none' }); // 91 days
    expect(expiry.step('2026-08-30')).toEqual({ kind: 'alert', passed: [T.DAYS_90], announce: T.DAYS_90 }); // 90 days
    expect(expiry.step('2026-07-02')).toEqual({ kind: 'alert', passed: [T.DAYS_90], announce: T.DAYS_90 }); // 31 days
    expect(expiry.step('2026-07-01')).toEqual({ kind: 'alert', passed: [T.DAYS_90, T.DAYS_30], announce: T.DAYS_30 }); // 30 days
    expect(expiry.step('2026-06-09')).toEqual({ kind: 'alert', passed: [T.DAYS_90, T.DAYS_30], announce: T.DAYS_30 }); // 8 days
    expect(expiry.step('2026-06-08')).toEqual({ kind: 'alert', passed: [T.DAYS_90, T.DAYS_30, T.DAYS_7], announce: T.DAYS_7 }); // 7 days
    expect(expiry.step('2026-06-01')).toEqual({ kind: 'alert', passed: [T.DAYS_90, T.DAYS_30, T.DAYS_7], announce: T.DAYS_7 }); // last day
  });

  it('announces only the nearest threshold of a lot first seen late, and quarantines an expired lot without an alert', () => {
    // Received with 5 days left: the 90- and 30-day thresholds are recorded as passed, only the 7-day one is raised.
    expect(expiry.step('2026-06-06')).toEqual({ kind: 'alert', passed: [T.DAYS_90, T.DAYS_30, T.DAYS_7], announce: T.DAYS_7 });
    expect(expiry.step('2026-05-31')).toEqual({ kind: 'quarantine' });
    expect(expiry.step('2025-01-01')).toEqual({ kind: 'quarantine' });
  });

  it('hands SQL horizons that agree with the rule: a lot on or before a horizon has passed that threshold', () => {
    expect(expiry.alertHorizon).toBe('2026-08-30');
    const horizons = expiry.horizons();
    expect(horizons).toEqual([
      { threshold: T.DAYS_90, horizon: '2026-08-30' },
      { threshold: T.DAYS_30, horizon: '2026-07-01' },
      { threshold: T.DAYS_7, horizon: '2026-06-08' },
    ]);
    // Every day from today to 100 days out: the thresholds SQL would find due are exactly those the rule passes.
    for (let days = 0; days <= 100; days++) {
      const expiresOn = new Date(Date.UTC(2026, 5, 1 + days)).toISOString().slice(0, 10);
      const step = expiry.step(expiresOn);
      const bySql = horizons.filter((h) => expiresOn <= h.horizon).map((h) => h.threshold);
      expect(bySql).toEqual(step.kind === 'alert' ? step.passed : []);
    }
  });

  it('takes expiringLots windows of 1 to 365 days and refuses anything else with a typed error', () => {
    expect(requireExpiryWindow('withinDays', 1)).toBe(1);
    expect(requireExpiryWindow('withinDays', 365)).toBe(365);
    for (const bad of [0, -7, 366, 400, 2.5, Number.NaN]) expect(codeOf(() => requireExpiryWindow('withinDays', bad))).toBe('EXPIRY_WINDOW_OUT_OF_RANGE');
    const error = errorOf(() => requireExpiryWindow('withinDays', 400));
    expect(error.messages.en).toBe('withinDays must be a number of days from 1 to 365: 400');
    expect(error.messages['zh-CN']).toBe('withinDays 须为 1 到 365 之间的天数：400');
  });
});
