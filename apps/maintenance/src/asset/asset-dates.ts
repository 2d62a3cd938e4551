import { DomainError, requireIsoDate } from '@houqin/platform-errors';

const DAY_MS = 86_400_000;
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3600_000;

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving): commissioning dates and certificate
 * validity are Beijing calendar dates, so a certificate valid until the 10th is still valid at 23:30 on the 10th.
 */
export const chinaToday = (now: Date): string => new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Something that has already happened (commissioning, an inspection) cannot be dated after today. */
export function requireNotInFuture(field: string, date: string, today: string): string {
  if (date > today) throw new DomainError('DATE_IN_FUTURE', { field, value: date });
  return date;
}

/** `later` must fall after `earlier`, or on the same day too when `sameDayAllowed`. */
export function requireDateOrder(later: { field: string; value: string }, earlier: { field: string; value: string }, sameDayAllowed: boolean): void {
  if (later.value > earlier.value || (sameDayAllowed && later.value === earlier.value)) return;
  throw new DomainError('INVALID_DATE_RANGE', {
    field: later.field,
    value: later.value,
    other: earlier.field,
    otherValue: earlier.value,
    relation: sameDayAllowed ? 'on or after' : 'after',
    relationZh: sameDayAllowed ? '不早于' : '晚于',
  });
}

/**
 * A certificate's period as entered (an inspection certificate, an operator's licence): issued or inspected
 * by today, valid until a later day, and not already expired — an expired certificate proves nothing today.
 */
export function requireCertificatePeriod(
  issued: { field: string; value: string },
  validUntilValue: string,
  today: string,
): { issuedOn: string; validUntil: string } {
  const issuedOn = requireNotInFuture(issued.field, requireIsoDate(issued.field, issued.value), today);
  const validUntil = requireIsoDate('validUntil', validUntilValue);
  requireDateOrder({ field: 'validUntil', value: validUntil }, { field: issued.field, value: issuedOn }, false);
  if (validUntil < today) throw new DomainError('CERTIFICATE_EXPIRED', { validUntil });
  return { issuedOn, validUntil };
}
