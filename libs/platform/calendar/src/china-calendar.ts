const DAY_MS = 86_400_000;
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3600_000;

/**
 * The IANA name of China Standard Time, for SQL that groups or compares by Beijing dates (`AT TIME ZONE`).
 * The TypeScript here works with the fixed offset: China has had no daylight saving since 1991.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving). Certificates, expiry dates and commissioning
 * dates are Beijing calendar dates: a lot that expires on the 10th may still be issued at 23:30 on the 10th.
 */
export const chinaToday = (now: Date): string => new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);

/** The month (YYYY-MM) `now` is in, in China Standard Time. */
export const chinaMonth = (now: Date): string => chinaToday(now).slice(0, 7);

/** A Beijing wall-clock time (HH:MM or HH:MM:SS) on a Beijing date (YYYY-MM-DD) as an instant: 08:00 on 1 June is 00:00 UTC. */
export const chinaInstant = (date: string, time = '00:00'): Date =>
  new Date(Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`) - CHINA_STANDARD_TIME_OFFSET_MS);

/** A moment as hospital staff read it, in Beijing time: 2026-06-01 08:00. */
export const chinaDateTime = (at: Date): string => new Date(at.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The month (YYYY-MM) before the one `today` (YYYY-MM-DD) is in. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * The instants bounding a month in China Standard Time, `to` exclusive. Finance (计财科) closes months in Beijing
 * time: something at 23:30 on the 31st belongs to that month though it is 15:30 UTC. Null for anything not YYYY-MM.
 */
export function chinaMonthRange(month: string): { from: Date; to: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return {
    from: new Date(Date.UTC(year, monthIndex, 1) - CHINA_STANDARD_TIME_OFFSET_MS),
    to: new Date(Date.UTC(year, monthIndex + 1, 1) - CHINA_STANDARD_TIME_OFFSET_MS),
  };
}
