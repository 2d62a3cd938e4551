import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { RoundSchedule } from './round-schedule';
import { assertRoundOpen, INSPECTION_ROUND_LIFECYCLE, RoundAction, startedLate } from './round-lifecycle';
import { InspectionRoundStatus as S } from './round-status';

/** The round's state, then its times, as the use cases check them. */
function assertRoundAction(round: { status: S; scheduledStart: Date; startBy: Date; dueBy: Date }, action: RoundAction, now: Date): void {
  INSPECTION_ROUND_LIFECYCLE.next(round.status, action);
  assertRoundOpen(round, action, now);
}

const at = (iso: string) => new Date(iso);
const starts = (schedule: RoundSchedule, from: string, to: string) => schedule.slotsBetween(at(from), at(to)).map((s) => s.scheduledStart.toISOString());

describe('round schedule', () => {
  // One round per shift: 08:00, 16:00 and 00:00 Beijing time, an hour each, 15 minutes' grace.
  const perShift = new RoundSchedule(['00:00', '08:00', '16:00'], 60, 15);

  it('finds the rounds starting in a window, across midnight in Beijing time', () => {
    // From 18:00 Beijing on 1 June for 24 hours: midnight, 08:00 and 16:00 on 2 June.
    expect(starts(perShift, '2026-06-01T10:00:00Z', '2026-06-02T10:00:00Z')).toEqual([
      '2026-06-01T16:00:00.000Z',
      '2026-06-02T00:00:00.000Z',
      '2026-06-02T08:00:00.000Z',
    ]);
    // From 00:30 Beijing (16:30 UTC the day before): midnight has passed, the next midnight is in.
    expect(starts(perShift, '2026-06-01T16:30:00Z', '2026-06-02T16:30:00Z')).toEqual([
      '2026-06-02T00:00:00.000Z',
      '2026-06-02T08:00:00.000Z',
      '2026-06-02T16:00:00.000Z',
    ]);
  });

  it('includes a round starting exactly at the window start and excludes one at its end', () => {
    expect(starts(perShift, '2026-06-02T00:00:00Z', '2026-06-02T08:00:00Z')).toEqual(['2026-06-02T00:00:00.000Z']);
    expect(starts(perShift, '2026-06-02T00:00:01Z', '2026-06-02T08:00:00Z')).toEqual([]);
  });

  it('gives each round the time it must be started by and the time it is due', () => {
    const [night] = perShift.slotsBetween(at('2026-06-01T15:00:00Z'), at('2026-06-01T17:00:00Z'));
    expect(night).toEqual({ scheduledStart: at('2026-06-01T16:00:00Z'), startBy: at('2026-06-01T16:15:00Z'), dueBy: at('2026-06-01T17:00:00Z') });
  });
});

describe('round status', () => {
  const round = (status: S) => ({ status, scheduledStart: at('2026-06-01T00:00:00Z'), startBy: at('2026-06-01T00:15:00Z'), dueBy: at('2026-06-01T01:00:00Z') });

  it('starts a scheduled round from 30 minutes before its time until it is due', () => {
    expect(() => assertRoundAction(round(S.SCHEDULED), RoundAction.START, at('2026-05-31T23:30:00Z'))).not.toThrow();
    expect(errorOf(() => assertRoundAction(round(S.SCHEDULED), RoundAction.START, at('2026-05-31T23:29:59Z'))).messages).toEqual({
      'zh-CN': '巡检任务计划于 2026-06-01 08:00 开始，最早可于 2026-06-01 07:30 开始',
      en: 'The round is scheduled for 2026-06-01 08:00; it can be started from 2026-06-01 07:30',
    });
    expect(codeOf(() => assertRoundAction(round(S.SCHEDULED), RoundAction.START, at('2026-06-01T01:00:00Z')))).toBe('INSPECTION_ROUND_OVERDUE');
  });

  it('records and completes only a round in progress, and nothing once it is due, marked or not', () => {
    expect(() => assertRoundAction(round(S.IN_PROGRESS), RoundAction.RECORD, at('2026-06-01T00:59:59Z'))).not.toThrow();
    expect(codeOf(() => assertRoundAction(round(S.IN_PROGRESS), RoundAction.COMPLETE, at('2026-06-01T01:00:00Z')))).toBe('INSPECTION_ROUND_OVERDUE');
    expect(codeOf(() => assertRoundAction(round(S.SCHEDULED), RoundAction.RECORD, at('2026-06-01T00:10:00Z')))).toBe('INSPECTION_ROUND_ILLEGAL_TRANSITION');
    expect(codeOf(() => assertRoundAction(round(S.IN_PROGRESS), RoundAction.START, at('2026-06-01T00:10:00Z')))).toBe('INSPECTION_ROUND_ILLEGAL_TRANSITION');
    expect(errorOf(() => assertRoundAction(round(S.MISSED), RoundAction.COMPLETE, at('2026-06-01T00:10:00Z'))).messages).toEqual({
      'zh-CN': '巡检任务：当前状态为“漏检”，不能完成巡检',
      en: 'Cannot complete an inspection round that is missed',
    });
  });

  it('counts a round started after its grace as late', () => {
    expect(startedLate(round(S.SCHEDULED), at('2026-06-01T00:15:00Z'))).toBe(false);
    expect(startedLate(round(S.SCHEDULED), at('2026-06-01T00:15:01Z'))).toBe(true);
  });
});
