import { addDays, chinaInstant, chinaMonthRange, chinaToday, daysBetween, previousMonth } from './china-calendar';

describe('China Standard Time calendar', () => {
  it('dates today in Beijing: 23:30 UTC is already tomorrow', () => {
    expect(chinaToday(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaToday(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('finds the instant of a Beijing wall-clock time: 07:00 on the 8th is 23:00 UTC on the 7th', () => {
    expect(chinaInstant('2026-12-08', '07:00')).toEqual(new Date('2026-12-07T23:00:00Z'));
    expect(chinaInstant('2027-01-01')).toEqual(new Date('2026-12-31T16:00:00Z'));
  });

  it('finds the month before, across year ends', () => {
    expect(previousMonth('2026-11-23')).toBe('2026-10');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
  });

  it('bounds a month in Beijing time, and nothing that is not YYYY-MM', () => {
    expect(chinaMonthRange('2026-12')).toEqual({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    for (const bad of ['2026-13', '2026-1', 'December', '']) expect(chinaMonthRange(bad)).toBeNull();
  });
});
