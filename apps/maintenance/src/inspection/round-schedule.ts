import { addDays, chinaInstant, chinaToday } from '@houqin/platform-calendar';

const MINUTE_MS = 60_000;

/** The job schedules a day ahead, so a round exists (and shows on the crew's list) well before it starts. */
export const SCHEDULE_HORIZON_MS = 24 * 3600_000;

/** One round of a route: when it starts, by when it must be started to count as on time, and by when finished. */
export interface RoundSlot {
  scheduledStart: Date;
  startBy: Date;
  dueBy: Date;
}

/**
 * A route's daily round times (Beijing time, e.g. 08:00 / 16:00 / 00:00, one per shift), how long a round
 * may take and how late it may start before the crew's lead is told.
 */
export class RoundSchedule {
  constructor(
    readonly startTimes: readonly string[],
    readonly durationMinutes: number,
    readonly startGraceMinutes: number,
  ) {}

  /** The rounds starting in [from, to), earliest first. */
  slotsBetween(from: Date, to: Date): RoundSlot[] {
    const slots: RoundSlot[] = [];
    for (let date = chinaToday(from); date <= chinaToday(to); date = addDays(date, 1)) {
      for (const time of this.startTimes) {
        const start = chinaInstant(date, time);
        if (start >= from && start < to) slots.push(this.slotAt(start));
      }
    }
    return slots.sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime());
  }

  private slotAt(scheduledStart: Date): RoundSlot {
    return {
      scheduledStart,
      startBy: new Date(scheduledStart.getTime() + this.startGraceMinutes * MINUTE_MS),
      dueBy: new Date(scheduledStart.getTime() + this.durationMinutes * MINUTE_MS),
    };
  }
}
