import { addDays, chinaDateTime, chinaInstant, chinaMonth, chinaMonthRange, chinaToday, daysBetween, previousMonth } from './china-calendar';

describe('China Standard Time calendar', () => {
  it('dates today in Beijing: 23:30 UTC is already tomorrow', () => {
    expect(chinaToday(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaToday(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('names the Beijing month: 16:00 UTC on the last day is already the next month', () => {
    expect(chinaMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(chinaMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });

  it('turns Beijing wall-clock times into instants eight hours earlier, all year round, and back', () => {
    expect(chinaInstant('2026-06-01', '08:00').toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(chinaInstant('2026-01-15').toISOString()).toBe('2026-01-14T16:00:00.000Z');
    expect(chinaInstant('2026-12-07', '23:59:59').toISOString()).toBe('2026-12-07T15:59:59.000Z');
    expect(chinaDateTime(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01 00:30');
    expect(chinaDateTime(chinaInstant('2026-12-31', '23:59'))).toBe('2026-12-31 23:59');
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
