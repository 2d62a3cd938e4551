import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import {
  addMonthsClamped,
  isoWeekday,
  MAX_TASKS_PER_RUN,
  PmIntervalUnit as U,
  PmMeter,
  PmSchedule,
  PmTriggerDraft,
  PmTriggerKind as K,
  requireLeadDays,
} from './pm-schedule';

const every = (n: number, unit: U, startsOn: string) => PmSchedule.of({ kind: K.EVERY, every: n, unit, startsOn }, false);
const onWeekdays = (weekdays: number[], startsOn: string) => PmSchedule.of({ kind: K.WEEKDAYS, weekdays, startsOn }, false);
const meter = (n: number) => PmSchedule.of({ kind: K.METER, meter: PmMeter.RUNNING_HOURS, every: n }, false);

describe('PM schedule: calendar triggers', () => {
  it('repeats every N days and weeks from the start date', () => {
    const fortnightly = every(2, U.WEEKS, '2026-06-01');
    expect(fortnightly.firstOnOrAfter('2026-01-01')).toBe('2026-06-01');
    expect(fortnightly.firstOnOrAfter('2026-06-01')).toBe('2026-06-01');
    expect(fortnightly.firstOnOrAfter('2026-06-02')).toBe('2026-06-15');
    expect(fortnightly.nextAfter('2026-06-15')).toBe('2026-06-29');
    expect(every(10, U.DAYS, '2026-12-25').nextAfter('2026-12-25')).toBe('2027-01-04');
  });

  it('repeats every N months, clamping to the month end and counting from the start, not the previous date', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    const monthly = every(1, U.MONTHS, '2026-01-31');
    expect(monthly.nextAfter('2026-01-31')).toBe('2026-02-28');
    // Mar 31 again, not Mar 28: the clamp of February does not stick.
    expect(monthly.nextAfter('2026-02-28')).toBe('2026-03-31');
    expect(monthly.nextAfter('2026-03-31')).toBe('2026-04-30');
    expect(monthly.firstOnOrAfter('2026-05-01')).toBe('2026-05-31');
    const quarterly = every(3, U.MONTHS, '2026-01-15');
    expect(quarterly.firstOnOrAfter('2026-01-16')).toBe('2026-04-15');
    expect(quarterly.firstOnOrAfter('2026-04-15')).toBe('2026-04-15');
    expect(quarterly.nextAfter('2026-10-15')).toBe('2027-01-15');
  });

  it('falls on fixed ISO weekdays (1 = Monday, 7 = Sunday) from the start date', () => {
    expect(isoWeekday('2026-06-01')).toBe(1);
    expect(isoWeekday('2026-06-07')).toBe(7);
    const monThu = onWeekdays([4, 1, 4], '2026-06-02');
    expect(monThu.trigger).toEqual({ kind: K.WEEKDAYS, weekdays: [1, 4], startsOn: '2026-06-02' });
    expect(monThu.firstOnOrAfter('2026-05-01')).toBe('2026-06-04');
    expect(monThu.nextAfter('2026-06-04')).toBe('2026-06-08');
    expect(onWeekdays([7], '2026-06-01').firstOnOrAfter('2026-06-01')).toBe('2026-06-07');
  });
});

describe('PM schedule: what to generate now', () => {
  const monthly = every(1, U.MONTHS, '2026-06-10');

  it('generates the occurrences that fall within the lead time, and nothing before the start', () => {
    expect(monthly.dueDates(null, '2026-06-01', '2026-06-01', 7)).toEqual([]);
    expect(monthly.dueDates(null, '2026-06-01', '2026-06-03', 7)).toEqual(['2026-06-10']);
    expect(monthly.dueDates(null, '2026-06-01', '2026-06-10', 0)).toEqual(['2026-06-10']);
    // 60 days ahead reaches next month's date too.
    expect(monthly.dueDates(null, '2026-06-01', '2026-06-03', 60)).toEqual(['2026-06-10', '2026-07-10']);
  });

  it('continues after the last one generated, catching up missed ones', () => {
    expect(monthly.dueDates('2026-06-10', '2026-06-01', '2026-06-20', 7)).toEqual([]);
    expect(monthly.dueDates('2026-06-10', '2026-06-01', '2026-09-05', 7)).toEqual(['2026-07-10', '2026-08-10', '2026-09-10']);
  });

  it('starts a fresh plan (or a new asset) from when it exists, not from an old start date', () => {
    expect(monthly.dueDates(null, '2026-08-15', '2026-08-20', 0)).toEqual([]);
    expect(monthly.dueDates(null, '2026-08-15', '2026-09-10', 0)).toEqual(['2026-09-10']);
  });

  it('catches up at most 12 per run; the next run continues', () => {
    const daily = every(1, U.DAYS, '2026-01-01');
    const first = daily.dueDates(null, '2026-01-01', '2026-02-01', 0);
    expect(first).toHaveLength(MAX_TASKS_PER_RUN);
    expect(first[11]).toBe('2026-01-12');
    expect(daily.dueDates(first[11], '2026-01-01', '2026-02-01', 0)[0]).toBe('2026-01-13');
  });

  it('allows a lead time of 0 to 60 days', () => {
    expect(requireLeadDays(0)).toBe(0);
    expect(requireLeadDays(60)).toBe(60);
    expect(codeOf(() => requireLeadDays(61))).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(codeOf(() => requireLeadDays(-1))).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(codeOf(() => requireLeadDays(1.5))).toBe('PM_VALUE_OUT_OF_RANGE');
  });

  it('defers to a later day from today, and before the next occurrence', () => {
    expect(monthly.deferralWindow('2026-06-10', '2026-06-10', '2026-06-05')).toEqual({ earliest: '2026-06-11', latest: '2026-07-09' });
    // Already overdue: not before today.
    expect(monthly.deferralWindow('2026-06-10', '2026-06-10', '2026-06-20')).toEqual({ earliest: '2026-06-20', latest: '2026-07-09' });
    // Deferred once already: later than the current date, still before the original's next occurrence.
    expect(monthly.deferralWindow('2026-06-10', '2026-06-25', '2026-06-20')).toEqual({ earliest: '2026-06-26', latest: '2026-07-09' });
    expect(meter(500).deferralWindow('2026-06-10', '2026-06-10', '2026-06-12')).toEqual({ earliest: '2026-06-12', latest: '2026-07-10' });
  });
});

describe('PM schedule: meter triggers', () => {
  const every500 = meter(500);

  it('falls due each time the reading reaches the next multiple of `every` past the baseline', () => {
    expect(every500.meterThresholdDue(0, null, null)).toBeNull();
    expect(every500.meterThresholdDue(0, 499.9, null)).toBeNull();
    expect(every500.meterThresholdDue(0, 500, null)).toBe(500);
    expect(every500.meterThresholdDue(0, 720, 500)).toBeNull();
    expect(every500.meterThresholdDue(0, 1000, 500)).toBe(1000);
    expect(every500.meterThresholdDue(1234.5, 1800, null)).toBe(1734.5);
  });

  it('makes one task of a reading that jumps several thresholds', () => {
    expect(every500.meterThresholdDue(0, 1730, 500)).toBe(1500);
    expect(every500.meterThresholdDue(0, 1730, 1500)).toBeNull();
  });

  it('has no calendar', () => {
    expect(every500.isMeter).toBe(true);
    expect(() => every500.firstOnOrAfter('2026-06-01')).toThrow();
  });
});

describe('PM schedule: invalid triggers', () => {
  const code = (draft: PmTriggerDraft, forCategory = false) => codeOf(() => PmSchedule.of(draft, forCategory));

  it('refuses intervals of 0 or beyond a year, and fractions', () => {
    expect(code({ kind: K.EVERY, every: 0, unit: U.DAYS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(code({ kind: K.EVERY, every: -3, unit: U.WEEKS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(code({ kind: K.EVERY, every: 367, unit: U.DAYS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(code({ kind: K.EVERY, every: 53, unit: U.WEEKS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(code({ kind: K.EVERY, every: 25, unit: U.MONTHS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(code({ kind: K.EVERY, every: 1.5, unit: U.MONTHS, startsOn: '2026-06-01' })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(every(366, U.DAYS, '2026-06-01').trigger).toMatchObject({ every: 366 });
    expect(every(24, U.MONTHS, '2026-06-01').trigger).toMatchObject({ every: 24 });
    expect(code({ kind: K.METER, meter: PmMeter.CYCLES, every: 0 })).toBe('PM_VALUE_OUT_OF_RANGE');
    expect(errorOf(() => every(53, U.WEEKS, '2026-06-01')).messages.en).toBe('trigger.every must be a whole number from 1 to 52');
  });

  it('refuses missing fields, fields of another kind and start dates that are not dates', () => {
    expect(code({ kind: K.EVERY, every: 1, startsOn: '2026-06-01' })).toBe('TEXT_REQUIRED');
    expect(code({ kind: K.EVERY, unit: U.DAYS, startsOn: '2026-06-01' })).toBe('TEXT_REQUIRED');
    expect(code({ kind: K.EVERY, every: 1, unit: U.DAYS })).toBe('INVALID_INPUT');
    expect(code({ kind: K.EVERY, every: 1, unit: U.DAYS, startsOn: '2026-02-30' })).toBe('INVALID_INPUT');
    expect(code({ kind: K.WEEKDAYS, weekdays: [1], startsOn: '1 June' })).toBe('INVALID_INPUT');
    expect(code({ kind: K.METER, every: 500 })).toBe('TEXT_REQUIRED');
    expect(code({ kind: K.EVERY, every: 1, unit: U.DAYS, startsOn: '2026-06-01', weekdays: [1] })).toBe('INVALID_INPUT');
    expect(code({ kind: K.METER, meter: PmMeter.CYCLES, every: 500, startsOn: '2026-06-01' })).toBe('INVALID_INPUT');
  });

  it('refuses empty or out-of-range weekdays', () => {
    expect(code({ kind: K.WEEKDAYS, weekdays: [], startsOn: '2026-06-01' })).toBe('PM_WEEKDAYS_INVALID');
    expect(code({ kind: K.WEEKDAYS, startsOn: '2026-06-01' })).toBe('PM_WEEKDAYS_INVALID');
    expect(code({ kind: K.WEEKDAYS, weekdays: [0, 1], startsOn: '2026-06-01' })).toBe('PM_WEEKDAYS_INVALID');
    expect(code({ kind: K.WEEKDAYS, weekdays: [8], startsOn: '2026-06-01' })).toBe('PM_WEEKDAYS_INVALID');
  });

  it('refuses a meter trigger on a category plan: meters belong to one asset', () => {
    expect(code({ kind: K.METER, meter: PmMeter.RUNNING_HOURS, every: 500 }, true)).toBe('PM_METER_NEEDS_ASSET');
    expect(every(1, U.MONTHS, '2026-06-01')).toBeInstanceOf(PmSchedule);
    expect(PmSchedule.of({ kind: K.EVERY, every: 1, unit: U.MONTHS, startsOn: '2026-06-01' }, true).isMeter).toBe(false);
  });
});
