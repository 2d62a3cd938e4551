import { MaintenanceRole } from '@houqin/contracts';
import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import type { InspectionRoundRow } from './inspection.entity';
import { InspectionRoundStatus } from './round-status';

/** Still to be walked: the job marks these MISSED once their `dueBy` passes. */
export const OPEN_ROUND_STATUSES: readonly InspectionRoundStatus[] = [InspectionRoundStatus.SCHEDULED, InspectionRoundStatus.IN_PROGRESS];

export enum RoundAction {
  START = 'START',
  RECORD = 'RECORD',
  COMPLETE = 'COMPLETE',
}

const S = InspectionRoundStatus;
const WALKERS = [MaintenanceRole.TECHNICIAN, MaintenanceRole.DISPATCHER];

/**
 * What people do to a round: start it, record readings and complete it. MISSED and CANCELLED are set in bulk by
 * the inspection-rounds job and by deactivating the route, not by anyone's request.
 */
export const INSPECTION_ROUND_LIFECYCLE = defineLifecycle<InspectionRoundStatus, RoundAction, InspectionRoundRow>({
  entity: { type: 'InspectionRound', en: 'inspection round', zh: '巡检任务' },
  illegalTransition: 'INSPECTION_ROUND_ILLEGAL_TRANSITION',
  states: {
    SCHEDULED: { en: 'scheduled', zh: '待巡检' },
    IN_PROGRESS: { en: 'in progress', zh: '巡检中' },
    COMPLETED: { en: 'completed', zh: '已完成' },
    MISSED: { en: 'missed', zh: '漏检' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    START: { from: [S.SCHEDULED], to: S.IN_PROGRESS, en: 'start', zh: '开始巡检', roles: WALKERS },
    RECORD: { from: [S.IN_PROGRESS], to: 'stays', en: 'record a reading on', zh: '录入读数', roles: WALKERS },
    COMPLETE: { from: [S.IN_PROGRESS], to: S.COMPLETED, en: 'complete', zh: '完成巡检', roles: WALKERS },
  },
  auditAction: (action) => (action === RoundAction.RECORD ? 'inspection_round.record_reading' : `inspection_round.${action.toLowerCase()}`),
});

export const ROUND_STATUS_LABELS_ZH = INSPECTION_ROUND_LIFECYCLE.stateLabelsZh();

/** A crew coming on shift may set out a little before the round's time. */
export const EARLY_START_MINUTES = 30;

export interface RoundTimes {
  scheduledStart: Date;
  startBy: Date;
  dueBy: Date;
}

/**
 * Whether the round is open for `action` at `now` (its status allows it: INSPECTION_ROUND_LIFECYCLE): a round is
 * started from 30 minutes before its time; nothing once `dueBy` has passed, even before the job has marked it
 * MISSED, so the outcome never depends on when the job last ran.
 */
export function assertRoundOpen(round: RoundTimes, action: RoundAction, now: Date): void {
  if (now >= round.dueBy) throw new DomainError('INSPECTION_ROUND_OVERDUE', { dueBy: chinaDateTime(round.dueBy) });
  const opensAt = new Date(round.scheduledStart.getTime() - EARLY_START_MINUTES * 60_000);
  if (action === RoundAction.START && now < opensAt)
    throw new DomainError('INSPECTION_ROUND_TOO_EARLY', { scheduledStart: chinaDateTime(round.scheduledStart), opensAt: chinaDateTime(opensAt) });
}

/** Started after its grace: counted as completed late, and announced as such when started. */
export const startedLate = (round: Pick<RoundTimes, 'startBy'>, startedAt: Date): boolean => startedAt > round.startBy;
