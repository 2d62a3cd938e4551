import { DomainError } from '@houqin/platform-errors';

export enum WorkOrderStatus {
  SUBMITTED = 'SUBMITTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  SIGNED_OFF = 'SIGNED_OFF',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum WorkOrderAction {
  SUBMIT = 'SUBMIT',
  DISPATCH = 'DISPATCH',
  ACCEPT = 'ACCEPT',
  START = 'START',
  COMPLETE = 'COMPLETE',
  SIGN_OFF = 'SIGN_OFF',
  CLOSE = 'CLOSE',
  CANCEL = 'CANCEL',
  REOPEN = 'REOPEN',
  /** Stops the resolution clock (waiting for parts, a vendor, access); the status does not change. */
  PAUSE_CLOCK = 'PAUSE_CLOCK',
  RESUME_CLOCK = 'RESUME_CLOCK',
}

const S = WorkOrderStatus;
const A = WorkOrderAction;

/**
 * 报修 → 派工 → 接单 → 开工 → 完工 → 签单 → 关闭. Re-dispatching an order not yet started is allowed (wrong
 * crew); cancelling stops before completion; reopening sends completed or closed work back for dispatch.
 */
export type TransitionAction = Exclude<WorkOrderAction, WorkOrderAction.SUBMIT>;

/** `to: null` keeps the status (clock pauses are on the timeline but are not states of their own). */
const TRANSITIONS: Record<TransitionAction, { from: WorkOrderStatus[]; to: WorkOrderStatus | null }> = {
  [A.DISPATCH]: { from: [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED], to: S.DISPATCHED },
  [A.ACCEPT]: { from: [S.DISPATCHED], to: S.ACCEPTED },
  [A.START]: { from: [S.ACCEPTED], to: S.IN_PROGRESS },
  [A.COMPLETE]: { from: [S.IN_PROGRESS], to: S.COMPLETED },
  [A.SIGN_OFF]: { from: [S.COMPLETED], to: S.SIGNED_OFF },
  [A.CLOSE]: { from: [S.SIGNED_OFF], to: S.CLOSED },
  [A.CANCEL]: { from: [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS], to: S.CANCELLED },
  [A.REOPEN]: { from: [S.COMPLETED, S.SIGNED_OFF, S.CLOSED], to: S.SUBMITTED },
  [A.PAUSE_CLOCK]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: null },
  [A.RESUME_CLOCK]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: null },
};

/** Status names in the users' language, for error messages. */
const STATUS_LABELS: Record<WorkOrderStatus, string> = {
  SUBMITTED: '已报修',
  DISPATCHED: '已派工',
  ACCEPTED: '已接单',
  IN_PROGRESS: '维修中',
  COMPLETED: '已完工',
  SIGNED_OFF: '已签单',
  CLOSED: '已关闭',
  CANCELLED: '已取消',
};

export function nextStatus(current: WorkOrderStatus, action: TransitionAction): WorkOrderStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw new DomainError('ILLEGAL_TRANSITION', { from: `${STATUS_LABELS[current]} (${current})`, action: action.toLowerCase().replace('_', '-') });
  }
  return rule.to ?? current;
}

/** A finished repair may be reopened (返修) for 7 days after sign-off, or after completion when not signed off. */
export const REOPEN_WINDOW_DAYS = 7;

export function reopenableUntil(order: { status: WorkOrderStatus; completedAt: Date | null; signedOffAt: Date | null }): Date | null {
  const finishedAt = order.signedOffAt ?? order.completedAt;
  if (!finishedAt || !TRANSITIONS[A.REOPEN].from.includes(order.status)) return null;
  return new Date(finishedAt.getTime() + REOPEN_WINDOW_DAYS * 86_400_000);
}

/** What can be done next; a paused clock can be resumed, a running one paused. */
export function allowedActions(current: WorkOrderStatus, clockPaused = false): TransitionAction[] {
  return (Object.keys(TRANSITIONS) as TransitionAction[]).filter(
    (action) => TRANSITIONS[action].from.includes(current) && action !== (clockPaused ? A.PAUSE_CLOCK : A.RESUME_CLOCK),
  );
}
