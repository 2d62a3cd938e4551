import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { checkRosterPeriod, checkShiftTimes } from './duty-roster';

const at = (iso: string) => new Date(iso);

describe('duty roster rules', () => {
  it('accepts shifts up to 24 hours that end after they start', () => {
    expect(() => checkShiftTimes('shifts[0]', at('2026-06-01T00:00:00Z'), at('2026-06-01T08:00:00Z'))).not.toThrow();
    expect(() => checkShiftTimes('shifts[0]', at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:00Z'))).not.toThrow();
    expect(codeOf(() => checkShiftTimes('shifts[1]', at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:01Z')))).toBe('DUTY_SHIFT_TOO_LONG');
    expect(codeOf(() => checkShiftTimes('shifts[2]', at('2026-06-01T08:00:00Z'), at('2026-06-01T08:00:00Z')))).toBe('INVALID_DATE_RANGE');
    expect(errorOf(() => checkShiftTimes('shifts[1]', at('2026-06-01T00:00:00Z'), at('2026-06-03T00:00:00Z'))).messages).toEqual({
      'zh-CN': 'shifts[1]：一个班次最长 24 小时',
      en: 'shifts[1]: a shift lasts at most 24 hours',
    });
  });

  it('reads a roster for at most 31 days', () => {
    expect(() => checkRosterPeriod(at('2026-06-01T00:00:00Z'), at('2026-07-02T00:00:00Z'))).not.toThrow();
    expect(codeOf(() => checkRosterPeriod(at('2026-06-01T00:00:00Z'), at('2026-07-02T00:00:01Z')))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkRosterPeriod(at('2026-06-02T00:00:00Z'), at('2026-06-01T00:00:00Z')))).toBe('INVALID_DATE_RANGE');
  });
});
