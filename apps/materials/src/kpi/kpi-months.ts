import { chinaMonthRange, chinaToday } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';

/** A trend spans at most two years: enough for a year on year, small enough to stay one quick statement per family. */
export const MAX_TREND_MONTHS = 24;

/** A calendar month of the hospital (Beijing time) and the instants bounding it, `to` exclusive. */
export interface KpiMonth {
  month: string;
  from: Date;
  to: Date;
}

/** `value` as a month (YYYY-MM, Beijing calendar); INVALID_MONTH names the field otherwise. */
export function requireKpiMonth(field: string, value: string): KpiMonth {
  const range = chinaMonthRange(value);
  if (!range) throw new DomainError('INVALID_MONTH', { field, value: String(value ?? '') });
  return { month: value, ...range };
}

/** The month after `month`: the Beijing month its end falls in. */
export const monthAfter = (month: KpiMonth): KpiMonth => requireKpiMonth('month', chinaToday(month.to).slice(0, 7));

/**
 * Every month from `fromMonth` to `toMonth`, both included, oldest first. `toMonth` before `fromMonth` is
 * INVALID_DATE_RANGE; more than MAX_TREND_MONTHS is KPI_TREND_TOO_LONG.
 */
export function kpiMonthsBetween(fromMonth: string, toMonth: string): KpiMonth[] {
  const first = requireKpiMonth('fromMonth', fromMonth);
  const last = requireKpiMonth('toMonth', toMonth);
  if (last.from < first.from) {
    throw new DomainError('INVALID_DATE_RANGE', {
      field: 'toMonth',
      value: toMonth,
      relation: 'no earlier than',
      relationZh: '不早于',
      other: 'fromMonth',
      otherValue: fromMonth,
    });
  }
  const months = [first];
  while (months[months.length - 1].month !== last.month) {
    if (months.length === MAX_TREND_MONTHS) throw new DomainError('KPI_TREND_TOO_LONG', { max: MAX_TREND_MONTHS, fromMonth, toMonth });
    months.push(monthAfter(months[months.length - 1]));
  }
  return months;
}
