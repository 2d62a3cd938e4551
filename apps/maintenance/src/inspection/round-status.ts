import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';

/**
 * SCHEDULED → IN_PROGRESS → COMPLETED; SCHEDULED or IN_PROGRESS → MISSED when not completed by `dueBy` (the
 * job); SCHEDULED → CANCELLED when its route is deactivated.
 */
export enum InspectionRoundStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}

export const ROUND_STATUS_LABELS_ZH: Record<InspectionRoundStatus, string> = {
  SCHEDULED: '待巡检',
  IN_PROGRESS: '巡检中',
  COMPLETED: '已完成',
  MISSED: '漏检',
  CANCELLED: '已取消',
};

/** Still to be walked: the job marks these MISSED once their `dueBy` passes. */
export const OPEN_ROUND_STATUSES: readonly InspectionRoundStatus[] = [InspectionRoundStatus.SCHEDULED, InspectionRoundStatus.IN_PROGRESS];

export enum RoundAction {
  START = 'START',
  RECORD = 'RECORD',
  COMPLETE = 'COMPLETE',
}

const ACTION_LABELS: Record<RoundAction, { en: string; zh: string }> = {
  START: { en: 'start', zh: '开始巡检' },
  RECORD: { en: 'record a reading on', zh: '录入读数' },
  COMPLETE: { en: 'complete', zh: '完成巡检' },
};

/** A crew coming on shift may set out a little before the round's time. */
export const EARLY_START_MINUTES = 30;

export interface RoundTimes {
  status: InspectionRoundStatus;
  scheduledStart: Date;
  startBy: Date;
  dueBy: Date;
}

/**
 * Whether `action` may be done on the round at `now`: a round is started from 30 minutes before its time,
 * readings are recorded and the round completed while it is in progress; nothing once `dueBy` has passed,
 * even before the job has marked it MISSED, so the outcome never depends on when the job last ran.
 */
export function assertRoundAction(round: RoundTimes, action: RoundAction, now: Date): void {
  const from = action === RoundAction.START ? InspectionRoundStatus.SCHEDULED : InspectionRoundStatus.IN_PROGRESS;
  if (round.status !== from) {
    const labels = ACTION_LABELS[action];
    throw new DomainError('INSPECTION_ROUND_ILLEGAL_TRANSITION', {
      from: round.status,
      fromZh: ROUND_STATUS_LABELS_ZH[round.status],
      action: labels.en,
      actionZh: labels.zh,
    });
  }
  if (now >= round.dueBy) throw new DomainError('INSPECTION_ROUND_OVERDUE', { dueBy: chinaDateTime(round.dueBy) });
  const opensAt = new Date(round.scheduledStart.getTime() - EARLY_START_MINUTES * 60_000);
  if (action === RoundAction.START && now < opensAt)
    throw new DomainError('INSPECTION_ROUND_TOO_EARLY', { scheduledStart: chinaDateTime(round.scheduledStart), opensAt: chinaDateTime(opensAt) });
}

/** Started after its grace: counted as completed late, and announced as such when started. */
export const startedLate = (round: Pick<RoundTimes, 'startBy'>, startedAt: Date): boolean => startedAt > round.startBy;
