import { chinaMonth } from '@houqin/platform-calendar';
import { DomainError, requireText } from '@houqin/platform-errors';

export const CHECK_ITEMS_MAX = 20;
export const POINTS_MAX = 10;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface CheckItem {
  criterion: string;
  points: number;
}

/**
 * A department's monthly check of a contractor: each criterion scored 0–10 points, the check's score the
 * points' share of the maximum, out of 100 with one decimal.
 */
export function monthlyCheckScore(items: readonly CheckItem[]): number {
  const earned = items.reduce((sum, item) => sum + item.points, 0);
  return Math.round((earned / (items.length * POINTS_MAX)) * 1000) / 10;
}

export function checkItems(items: readonly CheckItem[]): CheckItem[] {
  if (!items.length || items.length > CHECK_ITEMS_MAX) throw new DomainError('INVALID_INPUT', { detail: `a check has 1 to ${CHECK_ITEMS_MAX} criteria` });
  return items.map((item) => {
    const criterion = requireText('criterion', item.criterion, 40);
    if (!Number.isInteger(item.points) || item.points < 0 || item.points > POINTS_MAX)
      throw new DomainError('INVALID_INPUT', { detail: `${criterion}: points from 0 to ${POINTS_MAX}` });
    return { criterion, points: item.points };
  });
}

/** A month that has begun on the Beijing calendar: the month running now, or an earlier one. */
export function checkMonth(month: string, now: Date): string {
  if (!MONTH.test(month ?? '')) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
  if (month > chinaMonth(now)) throw new DomainError('CONTRACTOR_CHECK_MONTH_AHEAD', { month });
  return month;
}
