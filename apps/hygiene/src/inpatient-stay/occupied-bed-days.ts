import { chinaToday } from '@houqin/platform-calendar';

/** A stay as the census counts it: when the patient was admitted and, once gone, discharged. */
export interface CensusStay {
  admittedAt: Date;
  dischargedAt: Date | null;
}

const DAY_MS = 86_400_000;

/**
 * 实际占用总床日数, as hospital statistics count it: each day's census at 24:00 counts the inpatients in hospital then,
 * and a patient admitted and discharged on the same day counts one bed-day. `from` is a Beijing midnight (a month's
 * start); census instants after `now` (the month not over yet) are not counted.
 */
export function occupiedBedDays(stays: readonly CensusStay[], period: { from: Date; to: Date }, now: Date): number {
  const from = period.from.getTime();
  const last = Math.min(period.to.getTime(), now.getTime());
  let days = 0;
  for (const { admittedAt, dischargedAt } of stays) {
    // Census instants are from + k days (k ≥ 1); the patient is counted at those after admission and not after discharge.
    const after = Math.max(admittedAt.getTime(), from);
    const until = Math.min(dischargedAt?.getTime() ?? Number.POSITIVE_INFINITY, last);
    const first = Math.floor((after - from) / DAY_MS) + 1;
    const final = Math.floor((until - from) / DAY_MS);
    days += Math.max(0, final - first + 1);
    const discharged = dischargedAt?.getTime();
    if (discharged !== undefined && discharged >= from && discharged <= last && chinaToday(admittedAt) === chinaToday(dischargedAt as Date)) days += 1;
  }
  return days;
}
