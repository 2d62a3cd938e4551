const DAY_MS = 86_400_000;
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3600_000;

/**
 * Today's date in China Standard Time (UTC+8, no daylight saving). Certificates, expiry dates and commissioning
 * dates are Beijing calendar dates: a lot that expires on the 10th may still be issued at 23:30 on the 10th.
 */
export const chinaToday = (now: Date): string => new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
