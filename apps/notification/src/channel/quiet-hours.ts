import { addDays, chinaInstant, chinaToday } from '@houqin/platform-calendar';
import { Severity } from './outbound-channel';

const MINUTE_MS = 60_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const minutesOf = (clock: string): number => {
  const match = CLOCK_TIME.exec(clock);
  if (!match) throw new Error(`quiet hours: "${clock}" is not a time of day HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/**
 * A window of the Beijing day (China Standard Time, whatever the server's zone) in which only URGENT alerts go out at
 * once: a certificate falling due next month can wait for the morning, a flooded plant room cannot. The window may run
 * past midnight (22:00–07:00, the default) or not (12:00–13:30).
 */
export class QuietHours {
  static readonly DEFAULT = new QuietHours('22:00', '07:00');

  private readonly startMinute: number;
  private readonly endMinute: number;

  constructor(
    readonly start: string,
    readonly end: string,
  ) {
    this.startMinute = minutesOf(start);
    this.endMinute = minutesOf(end);
    if (this.startMinute === this.endMinute) throw new Error(`quiet hours: ${start}–${end} is empty; leave quiet hours out instead`);
  }

  /** Reads `22:00-07:00` (the form of the setting). */
  static parse(window: string): QuietHours {
    const [start, end, ...rest] = window.split('-').map((part) => part.trim());
    if (!start || !end || rest.length > 0) throw new Error(`quiet hours: "${window}" is not HH:MM-HH:MM`);
    return new QuietHours(start, end);
  }

  contains(instant: Date): boolean {
    const minute = this.beijingMinute(instant);
    return this.startMinute < this.endMinute ? minute >= this.startMinute && minute < this.endMinute : minute >= this.startMinute || minute < this.endMinute;
  }

  /** When a message of this severity may go out: at once when urgent or outside the window, else when the window ends. */
  releaseAt(severity: Severity, instant: Date): Date {
    if (severity === 'URGENT' || !this.contains(instant)) return instant;
    // The window ends today (Beijing) if we are before its end, else tomorrow (we are in its evening part).
    const today = chinaToday(instant);
    const endDate = this.beijingMinute(instant) < this.endMinute ? today : addDays(today, 1);
    return chinaInstant(endDate, this.end);
  }

  private beijingMinute(instant: Date): number {
    return Math.floor((instant.getTime() - chinaInstant(chinaToday(instant)).getTime()) / MINUTE_MS);
  }
}
