import { DomainError, requireIsoDate } from '@houqin/platform-errors';
import { addDays, daysBetween } from '@houqin/platform-calendar';

/** What makes a PM task fall due: the calendar (every N days/weeks/months, or fixed weekdays) or a meter. */
export enum PmTriggerKind {
  EVERY = 'EVERY',
  WEEKDAYS = 'WEEKDAYS',
  METER = 'METER',
}

export enum PmIntervalUnit {
  DAYS = 'DAYS',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
}

/** An asset's meters (运行小时数, 启停次数); the unit is the meter's own. */
export enum PmMeter {
  RUNNING_HOURS = 'RUNNING_HOURS',
  CYCLES = 'CYCLES',
}

export const INTERVAL_UNIT_LABELS_ZH: Record<PmIntervalUnit, string> = { DAYS: '天', WEEKS: '周', MONTHS: '月' };
export const METER_LABELS_ZH: Record<PmMeter, string> = { RUNNING_HOURS: '运行小时数', CYCLES: '启停次数' };

/** At most a year between two services of the same plan, however the interval is written. */
const MAX_EVERY: Record<PmIntervalUnit, number> = { DAYS: 366, WEEKS: 52, MONTHS: 24 };
/** A meter interval beyond this is a typing mistake (a million running hours is over a century). */
const MAX_METER_EVERY = 1_000_000;
const MAX_LEAD_DAYS = 60;
/** Missed occurrences caught up per (plan, asset) and run, so a long outage cannot flood the task list at once. */
export const MAX_TASKS_PER_RUN = 12;
/** A meter task has no next date to stay before; a month is as far as it may be put off. */
const MAX_METER_DEFERRAL_DAYS = 30;

export type PmTrigger =
  | { kind: PmTriggerKind.EVERY; every: number; unit: PmIntervalUnit; startsOn: string }
  | { kind: PmTriggerKind.WEEKDAYS; weekdays: number[]; startsOn: string }
  | { kind: PmTriggerKind.METER; meter: PmMeter; every: number };

/** A trigger as entered: one shape for all kinds (GraphQL has no input unions); the kind says which fields apply. */
export interface PmTriggerDraft {
  kind: PmTriggerKind;
  every?: number | null;
  unit?: PmIntervalUnit | null;
  weekdays?: number[] | null;
  startsOn?: string | null;
  meter?: PmMeter | null;
}

const FIELDS_OF: Record<PmTriggerKind, readonly (keyof PmTriggerDraft)[]> = {
  EVERY: ['every', 'unit', 'startsOn'],
  WEEKDAYS: ['weekdays', 'startsOn'],
  METER: ['meter', 'every'],
};

function requireInRange(field: string, value: number | null | undefined, max: number): number {
  if (value === null || value === undefined) throw new DomainError('TEXT_REQUIRED', { field });
  if (!Number.isInteger(value) || value < 1 || value > max) throw new DomainError('PM_VALUE_OUT_OF_RANGE', { field, min: 1, max });
  return value;
}

function required<T>(field: string, value: T | null | undefined): T {
  if (value === null || value === undefined) throw new DomainError('TEXT_REQUIRED', { field });
  return value;
}

/** Lead time: how many days before its due date a task is put on the list (0 to 60). */
export function requireLeadDays(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_LEAD_DAYS)
    throw new DomainError('PM_VALUE_OUT_OF_RANGE', { field: 'leadDays', min: 0, max: MAX_LEAD_DAYS });
  return value;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** `date` plus `months` calendar months; a day the month lacks becomes its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsClamped(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const clamped = Math.min(day, daysInMonth(target.getUTCFullYear(), target.getUTCMonth()));
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), clamped)).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => new Date(Date.parse(date)).getUTCDay() || 7;

/**
 * A PM plan's trigger (保养周期), checked on the way in and asked when its tasks fall due. Calendar dates are
 * China dates (YYYY-MM-DD). Occurrences of an interval are counted from `startsOn`, never from the previous
 * one, so a monthly plan from Jan 31 falls on Feb 28 and then Mar 31 again.
 */
export class PmSchedule {
  private constructor(readonly trigger: PmTrigger) {}

  /** Checks a trigger as entered; `forCategory` when the plan covers an asset category (meters belong to one asset). */
  static of(draft: PmTriggerDraft, forCategory: boolean): PmSchedule {
    const extra = (Object.keys(draft) as (keyof PmTriggerDraft)[]).find(
      (key) => key !== 'kind' && draft[key] !== null && draft[key] !== undefined && !FIELDS_OF[draft.kind].includes(key),
    );
    if (extra) throw new DomainError('INVALID_INPUT', { detail: `trigger.${extra} does not apply to a ${draft.kind} trigger` });
    switch (draft.kind) {
      case PmTriggerKind.EVERY: {
        const unit = required('trigger.unit', draft.unit);
        const every = requireInRange('trigger.every', draft.every, MAX_EVERY[unit]);
        return new PmSchedule({ kind: draft.kind, every, unit, startsOn: requireIsoDate('trigger.startsOn', draft.startsOn ?? '') });
      }
      case PmTriggerKind.WEEKDAYS: {
        const weekdays = draft.weekdays ?? [];
        if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
          throw new DomainError('PM_WEEKDAYS_INVALID', { field: 'trigger.weekdays' });
        const unique = [...new Set(weekdays)].sort((a, b) => a - b);
        return new PmSchedule({ kind: draft.kind, weekdays: unique, startsOn: requireIsoDate('trigger.startsOn', draft.startsOn ?? '') });
      }
      case PmTriggerKind.METER: {
        if (forCategory) throw new DomainError('PM_METER_NEEDS_ASSET');
        const meter = required('trigger.meter', draft.meter);
        return new PmSchedule({ kind: draft.kind, meter, every: requireInRange('trigger.every', draft.every, MAX_METER_EVERY) });
      }
    }
  }

  /** A trigger as stored (already checked when the plan was created). */
  static stored(trigger: PmTrigger): PmSchedule {
    return new PmSchedule(trigger);
  }

  get isMeter(): boolean {
    return this.trigger.kind === PmTriggerKind.METER;
  }

  /** The first occurrence on or after `date` (never before `startsOn`). */
  firstOnOrAfter(date: string): string {
    const t = this.calendar();
    const from = date > t.startsOn ? date : t.startsOn;
    if (t.kind === PmTriggerKind.WEEKDAYS) {
      for (let day = from; ; day = addDays(day, 1)) if (t.weekdays.includes(isoWeekday(day))) return day;
    }
    if (t.unit === PmIntervalUnit.MONTHS) {
      const [y0, m0] = t.startsOn.split('-').map(Number);
      const [y1, m1] = from.split('-').map(Number);
      // Whole intervals between the two months; the clamped day may still fall short of `from`, then one more.
      let n = Math.max(0, Math.floor(((y1 - y0) * 12 + (m1 - m0)) / t.every));
      while (addMonthsClamped(t.startsOn, n * t.every) < from) n += 1;
      return addMonthsClamped(t.startsOn, n * t.every);
    }
    const step = t.every * (t.unit === PmIntervalUnit.WEEKS ? 7 : 1);
    return addDays(t.startsOn, Math.ceil(daysBetween(t.startsOn, from) / step) * step);
  }

  /** The first occurrence strictly after `date`. */
  nextAfter(date: string): string {
    return this.firstOnOrAfter(addDays(date, 1));
  }

  /**
   * The due dates to generate now for one (plan, asset): those after the last one generated (or, for the
   * first, from `notBefore`: nothing falls due before the plan or the asset existed) up to today plus the
   * lead time, oldest first, at most MAX_TASKS_PER_RUN; the next run continues where this one stopped.
   */
  dueDates(lastGenerated: string | null, notBefore: string, today: string, leadDays: number): string[] {
    const horizon = addDays(today, leadDays);
    const dates: string[] = [];
    for (let due = lastGenerated ? this.nextAfter(lastGenerated) : this.firstOnOrAfter(notBefore); due <= horizon; due = this.nextAfter(due)) {
      dates.push(due);
      if (dates.length === MAX_TASKS_PER_RUN) break;
    }
    return dates;
  }

  /**
   * The meter threshold due now, or null: the highest multiple of `every` past the baseline that the latest
   * reading has reached, when no task was generated for it yet. A reading that jumps several thresholds at
   * once is one service, not several.
   */
  meterThresholdDue(baseline: number, latest: number | null, lastThreshold: number | null): number | null {
    const t = this.trigger;
    if (t.kind !== PmTriggerKind.METER) throw new Error('meterThresholdDue: not a meter trigger');
    if (latest === null) return null;
    const crossed = Math.floor((latest - baseline) / t.every);
    if (crossed < 1) return null;
    const threshold = baseline + crossed * t.every;
    return lastThreshold !== null && threshold <= lastThreshold ? null : threshold;
  }

  /**
   * The dates a task may be deferred to (both inclusive): later than its current due date and not before
   * today, and before the plan's next occurrence after the original due date (deferring onto it would just
   * be skipping this one). A meter task has no next date: it may move by up to MAX_METER_DEFERRAL_DAYS.
   */
  deferralWindow(originalDueOn: string, currentDueOn: string, today: string): { earliest: string; latest: string } {
    const tomorrowOfDue = addDays(currentDueOn, 1);
    const earliest = today > tomorrowOfDue ? today : tomorrowOfDue;
    const latest = this.isMeter ? addDays(originalDueOn, MAX_METER_DEFERRAL_DAYS) : addDays(this.nextAfter(originalDueOn), -1);
    return { earliest, latest };
  }

  private calendar(): Exclude<PmTrigger, { kind: PmTriggerKind.METER }> {
    if (this.trigger.kind === PmTriggerKind.METER) throw new Error('a meter trigger has no calendar occurrences');
    return this.trigger;
  }
}
