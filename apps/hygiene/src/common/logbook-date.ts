import { chinaToday } from '@houqin/platform-calendar';
import { DomainError, requireIsoDate } from '@houqin/platform-errors';

/**
 * The Beijing date of something that already happened (a collection, a visit, a station's day): a real date,
 * not after today in Beijing, since logbooks record what was done, not what is planned.
 */
export function requireLoggedDate(field: string, value: string, now: Date): string {
  const date = requireIsoDate(field, value);
  if (date > chinaToday(now)) throw new DomainError('DATE_IN_FUTURE', { field, value: date });
  return date;
}
