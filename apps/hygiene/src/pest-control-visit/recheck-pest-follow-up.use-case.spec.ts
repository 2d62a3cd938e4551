import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { RecheckPestFollowUp } from './recheck-pest-follow-up.use-case';

const followUpId = randomUUID();
const now = new Date('2026-06-01T02:00:00Z');

describe('re-checking a pest follow-up', () => {
  it('closes on a clear re-check and otherwise wants the next date after it', () => {
    expect(RecheckPestFollowUp.validate({ followUpId, recheckedOn: '2026-06-01', cleared: true, nextDueOn: '2026-06-09' }, now)).toEqual({
      recheckedOn: '2026-06-01',
      cleared: true,
      nextDueOn: null,
      note: null,
    });
    expect(RecheckPestFollowUp.validate({ followUpId, recheckedOn: '2026-05-30', cleared: false, nextDueOn: '2026-06-05', note: '仍有鼠迹' }, now)).toEqual({
      recheckedOn: '2026-05-30',
      cleared: false,
      nextDueOn: '2026-06-05',
      note: '仍有鼠迹',
    });
  });

  it('refuses a re-check ahead of today, and one not cleared without a later date', () => {
    expect(domainErrorCode(() => RecheckPestFollowUp.validate({ followUpId, recheckedOn: '2026-06-02', cleared: true }, now))).toBe('DATE_IN_FUTURE');
    expect(domainErrorCode(() => RecheckPestFollowUp.validate({ followUpId, recheckedOn: '2026-06-01', cleared: false }, now))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => RecheckPestFollowUp.validate({ followUpId, recheckedOn: '2026-06-01', cleared: false, nextDueOn: '2026-06-01' }, now))).toBe(
      'INVALID_DATE_RANGE',
    );
  });
});
