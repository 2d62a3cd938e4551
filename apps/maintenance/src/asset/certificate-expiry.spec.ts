import { domainErrorOf as errorOf, domainErrorCode as codeOf } from '@houqin/platform-errors';
import { requireDateOrder, requireNotInFuture } from './asset-dates';
import { chinaToday } from '@houqin/platform-calendar';
import { AlertThreshold as T, CertificateExpiry, CertificateStatus as S } from './certificate-expiry';

describe('certificate expiry', () => {
  // 10:00 Beijing time on 1 June 2026.
  const expiry = new CertificateExpiry(new Date('2026-06-01T02:00:00Z'));

  it('counts days in China Standard Time: 23:30 Beijing is already the next day in UTC terms', () => {
    expect(chinaToday(new Date('2026-05-31T15:30:00Z'))).toBe('2026-05-31');
    expect(chinaToday(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01');
    expect(expiry.today).toBe('2026-06-01');
    expect(expiry.daysLeft('2026-06-01')).toBe(0);
    expect(expiry.daysLeft('2026-05-31')).toBe(-1);
    expect(expiry.alertHorizon).toBe('2026-07-01');
  });

  it('classifies a certificate by the days it stays valid', () => {
    expect(expiry.status(null)).toBe(S.MISSING);
    expect(expiry.status('2026-05-31')).toBe(S.EXPIRED);
    expect(expiry.status('2026-06-01')).toBe(S.EXPIRING_7);
    expect(expiry.status('2026-06-08')).toBe(S.EXPIRING_7);
    expect(expiry.status('2026-06-09')).toBe(S.EXPIRING_30);
    expect(expiry.status('2026-07-01')).toBe(S.EXPIRING_30);
    expect(expiry.status('2026-07-02')).toBe(S.VALID);
  });

  it('announces only the most severe threshold passed, recording the milder ones as passed', () => {
    expect(expiry.thresholdsPassed('2026-07-02')).toEqual([]);
    expect(expiry.thresholdsPassed('2026-06-20')).toEqual([T.DAYS_30]);
    expect(expiry.thresholdsPassed('2026-06-06')).toEqual([T.DAYS_30, T.DAYS_7]);
    expect(expiry.thresholdsPassed('2026-05-01')).toEqual([T.DAYS_30, T.DAYS_7, T.EXPIRED]);
    // No certificate at all is as bad as an expired one.
    expect(expiry.thresholdsPassed(null)).toEqual([T.DAYS_30, T.DAYS_7, T.EXPIRED]);
  });
});

describe('asset dates', () => {
  it('refuses dates in the future and ranges the wrong way round', () => {
    expect(requireNotInFuture('commissionedOn', '2026-06-01', '2026-06-01')).toBe('2026-06-01');
    expect(codeOf(() => requireNotInFuture('commissionedOn', '2026-06-02', '2026-06-01'))).toBe('DATE_IN_FUTURE');
    const warranty = { field: 'warrantyEndsOn', value: '2026-06-01' };
    expect(() => requireDateOrder(warranty, { field: 'commissionedOn', value: '2026-06-01' }, true)).not.toThrow();
    expect(codeOf(() => requireDateOrder(warranty, { field: 'commissionedOn', value: '2026-06-01' }, false))).toBe('INVALID_DATE_RANGE');
    expect(errorOf(() => requireDateOrder(warranty, { field: 'commissionedOn', value: '2026-06-02' }, true)).messages.en).toBe(
      'warrantyEndsOn (2026-06-01) must be on or after commissionedOn (2026-06-02)',
    );
  });
});
