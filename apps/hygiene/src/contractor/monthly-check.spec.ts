import { domainErrorCode } from '@houqin/platform-errors';
import { checkItems, checkMonth, monthlyCheckScore } from './monthly-check';

// 2026-12-31 17:00 UTC is already 1 January 2027 in Beijing.
const NEW_YEAR_IN_BEIJING = new Date('2026-12-31T17:00:00Z');

describe('a department’s monthly check of a contractor', () => {
  it('scores the points’ share of 10 per criterion, out of 100', () => {
    expect(
      monthlyCheckScore([
        { criterion: '保洁及时', points: 9 },
        { criterion: '服务态度', points: 8 },
        { criterion: '地面清洁', points: 10 },
      ]),
    ).toBe(90);
    expect(monthlyCheckScore([{ criterion: '被服清洁', points: 7 }])).toBe(70);
  });

  it('refuses points outside 0–10 and an empty check', () => {
    expect(domainErrorCode(() => checkItems([{ criterion: '保洁及时', points: 11 }]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkItems([{ criterion: '保洁及时', points: 7.5 }]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkItems([]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkItems([{ criterion: ' ', points: 5 }]))).toBe('TEXT_REQUIRED');
  });

  it('takes this month or an earlier one on the Beijing calendar, never a month to come', () => {
    expect(checkMonth('2027-01', NEW_YEAR_IN_BEIJING)).toBe('2027-01');
    expect(checkMonth('2026-11', NEW_YEAR_IN_BEIJING)).toBe('2026-11');
    expect(domainErrorCode(() => checkMonth('2027-02', NEW_YEAR_IN_BEIJING))).toBe('CONTRACTOR_CHECK_MONTH_AHEAD');
    expect(domainErrorCode(() => checkMonth('2027-13', NEW_YEAR_IN_BEIJING))).toBe('INVALID_INPUT');
  });
});
