import { addDays, chinaInstant } from '@houqin/platform-calendar';
import { CLEANING_STANDARDS } from '../zone/cleaning-standard';
import { RiskLevel } from '../zone/zone-kind';
import { CleaningTaskKind } from './cleaning-task-kind';

/** When a zone's rounds start, by how many its standard asks a day (每天多转常扫勤擦). */
const ROUND_TIMES: Record<number, string[]> = { 1: ['08:00'], 2: ['08:00', '14:00'], 3: ['07:00', '12:00', '17:00'] };
/** 每周一大扫: the weekly deep clean, Wednesday afternoon, when wards are quietest between rounds. */
const DEEP_CLEAN = { weekday: 3, time: '14:30' };
/** Rounds are opened this long before they start, so they are on the cleaners' lists when the shift plans its work. */
export const ROUND_LEAD_MINUTES = 60;

export interface ScheduledRound {
  kind: CleaningTaskKind.ROUTINE | CleaningTaskKind.DEEP;
  /** The round's number on the day (1, 2, 3; the deep clean is 0), part of its unique origin. */
  round: number;
  startsAt: Date;
}

/** A zone's rounds on a Beijing calendar day: its standard's routine rounds and, on Wednesdays, the deep clean. */
export function roundsOn(date: string, riskLevel: RiskLevel): ScheduledRound[] {
  const standard = CLEANING_STANDARDS[riskLevel];
  const rounds: ScheduledRound[] = ROUND_TIMES[standard.roundsPerDay].map((time, index) => ({
    kind: CleaningTaskKind.ROUTINE,
    round: index + 1,
    startsAt: chinaInstant(date, time),
  }));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (standard.weeklyDeepClean && weekday === DEEP_CLEAN.weekday) rounds.push({ kind: CleaningTaskKind.DEEP, round: 0, startsAt: chinaInstant(date, DEEP_CLEAN.time) });
  return rounds;
}

/**
 * The rounds to have opened by `now`: those starting within the lead time, back to twelve hours ago (a service down
 * over a round's time opens it when it is back; a day-old round is not worth opening).
 */
export function roundsDue(today: string, riskLevel: RiskLevel, now: Date): (ScheduledRound & { date: string })[] {
  const horizon = now.getTime() + ROUND_LEAD_MINUTES * 60_000;
  return [addDays(today, -1), today]
    .flatMap((date) => roundsOn(date, riskLevel).map((round) => ({ ...round, date })))
    .filter((round) => round.startsAt.getTime() <= horizon && round.startsAt.getTime() > now.getTime() - 12 * 3600_000);
}
