import { addDays, chinaToday, daysBetween } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';

/** The points at which the storekeeper is told a lot runs out (近效期预警), mildest first. */
export enum ExpiryThreshold {
  DAYS_90 = 'DAYS_90',
  DAYS_30 = 'DAYS_30',
  DAYS_7 = 'DAYS_7',
}

/**
 * 90 days leaves time to move the stock to a campus that uses it faster or return it to the supplier; 30 days to
 * issue it first; 7 days is the last call before it is quarantined. Mildest first.
 */
const THRESHOLD_DAYS: readonly (readonly [ExpiryThreshold, number])[] = [
  [ExpiryThreshold.DAYS_90, 90],
  [ExpiryThreshold.DAYS_30, 30],
  [ExpiryThreshold.DAYS_7, 7],
];

/** What the expiry job does about one lot with stock today. */
export type ExpiryStep =
  | { kind: 'none' }
  /** Every threshold the lot has passed is recorded; only the nearest (the last) is announced. */
  | { kind: 'alert'; passed: ExpiryThreshold[]; announce: ExpiryThreshold }
  | { kind: 'quarantine' };

export const EXPIRY_WINDOW_MAX_DAYS = 365;

/**
 * A lot's expiry against today in China Standard Time. A lot is usable through its `expiresOn` date (the
 * allocator issues it until the end of that day) and is expired, so quarantined, from the day after.
 */
export class LotExpiry {
  readonly today: string;

  constructor(now: Date) {
    this.today = chinaToday(now);
  }

  /** Whole days the lot stays usable after today: 0 on its expiry date, negative once expired. */
  daysLeft(expiresOn: string): number {
    return daysBetween(this.today, expiresOn);
  }

  isExpired(expiresOn: string): boolean {
    return this.daysLeft(expiresOn) < 0;
  }

  /**
   * Each threshold with the latest expiry date that has passed it today: a lot expiring on or before the
   * horizon is within the threshold's days. The job hands these to SQL, so the rule lives only here.
   */
  horizons(): { threshold: ExpiryThreshold; horizon: string }[] {
    return THRESHOLD_DAYS.map(([threshold, days]) => ({ threshold, horizon: addDays(this.today, days) }));
  }

  /** The latest expiry date that calls for anything today (the widest threshold's horizon). */
  get alertHorizon(): string {
    return addDays(this.today, THRESHOLD_DAYS[0][1]);
  }

  /**
   * Expired lots are quarantined, with no alert: the warning is moot. Otherwise every threshold passed is
   * recorded, mildest first, and only the nearest announced, so a lot received 5 days before its expiry (or
   * seen after downtime) raises one 7-day alert instead of three.
   */
  step(expiresOn: string): ExpiryStep {
    if (this.isExpired(expiresOn)) return { kind: 'quarantine' };
    const daysLeft = this.daysLeft(expiresOn);
    const passed = THRESHOLD_DAYS.filter(([, days]) => daysLeft <= days).map(([threshold]) => threshold);
    return passed.length ? { kind: 'alert', passed, announce: passed[passed.length - 1] } : { kind: 'none' };
  }
}

/** How far ahead `expiringLots` looks: 1 day to a year. */
export function requireExpiryWindow(field: string, withinDays: number): number {
  if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > EXPIRY_WINDOW_MAX_DAYS)
    throw new DomainError('EXPIRY_WINDOW_OUT_OF_RANGE', { field, min: 1, max: EXPIRY_WINDOW_MAX_DAYS, value: String(withinDays) });
  return withinDays;
}
