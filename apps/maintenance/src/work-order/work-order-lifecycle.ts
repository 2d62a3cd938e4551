import { MaintenanceRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import type { WorkOrderRow } from './work-order.entity';
import { WorkOrderStatus } from './work-order-status';
import { assertAssignedTechnician, assertOwnerOrAdmin, assertRequesterOrSupervisor, isSupervisor } from './work-order-permissions';

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
const { GROUP_ADMIN, CAMPUS_ADMIN, REQUESTER } = Role;
const { DISPATCHER, TECHNICIAN } = MaintenanceRole;

/** Submission creates the order (work-order-intake); every other action is a transition. */
export type TransitionAction = Exclude<WorkOrderAction, WorkOrderAction.SUBMIT>;

/**
 * 报修 → 派工 → 接单 → 开工 → 完工 → 签单 → 关闭. Re-dispatching an order not yet started is allowed (wrong
 * crew); cancelling stops before completion; reopening sends completed or closed work back for dispatch. Clock
 * pauses are on the timeline but are not states of their own.
 */
export const WORK_ORDER_LIFECYCLE = defineLifecycle<WorkOrderStatus, TransitionAction, WorkOrderRow>({
  entity: { type: 'WorkOrder', en: 'work order', zh: '工单' },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: {
    SUBMITTED: { en: 'submitted', zh: '已报修' },
    DISPATCHED: { en: 'dispatched', zh: '已派工' },
    ACCEPTED: { en: 'accepted', zh: '已接单' },
    IN_PROGRESS: { en: 'in progress', zh: '维修中' },
    COMPLETED: { en: 'completed', zh: '已完工' },
    SIGNED_OFF: { en: 'signed off', zh: '已签单' },
    CLOSED: { en: 'closed', zh: '已关闭' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    DISPATCH: { from: [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED], to: S.DISPATCHED, en: 'dispatch', zh: '派工', roles: [DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN] },
    ACCEPT: { from: [S.DISPATCHED], to: S.ACCEPTED, en: 'accept', zh: '接单', roles: [TECHNICIAN, DISPATCHER, CAMPUS_ADMIN], check: assertAssignedTechnician },
    START: { from: [S.ACCEPTED], to: S.IN_PROGRESS, en: 'start', zh: '开工', roles: [TECHNICIAN, DISPATCHER, CAMPUS_ADMIN], check: assertAssignedTechnician },
    COMPLETE: {
      from: [S.IN_PROGRESS],
      to: S.COMPLETED,
      en: 'complete',
      zh: '完工',
      roles: [TECHNICIAN, DISPATCHER, CAMPUS_ADMIN],
      check: assertAssignedTechnician,
    },
    SIGN_OFF: {
      from: [S.COMPLETED],
      to: S.SIGNED_OFF,
      en: 'sign off',
      zh: '签单',
      roles: [REQUESTER, CAMPUS_ADMIN, DISPATCHER],
      check: assertRequesterOrSupervisor,
    },
    // 首问负责制: the owner closes the loop.
    CLOSE: {
      from: [S.SIGNED_OFF],
      to: S.CLOSED,
      en: 'close',
      zh: '关闭',
      roles: [DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN],
      check: assertOwnerOrAdmin,
    },
    CANCEL: {
      from: [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS],
      to: S.CANCELLED,
      en: 'cancel',
      zh: '取消',
      roles: [REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN],
      // A requester may withdraw their own request only before it is dispatched.
      check: (identity, row) => {
        assertRequesterOrSupervisor(identity, row);
        if (!isSupervisor(identity) && row.dispatchedAt !== null) throw forbidden();
      },
    },
    REOPEN: {
      from: [S.COMPLETED, S.SIGNED_OFF, S.CLOSED],
      to: S.SUBMITTED,
      en: 'reopen',
      zh: '返修',
      roles: [REQUESTER, DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN],
      check: assertRequesterOrSupervisor,
    },
    PAUSE_CLOCK: {
      from: [S.ACCEPTED, S.IN_PROGRESS],
      to: 'stays',
      en: 'pause the clock of',
      zh: '挂起',
      roles: [TECHNICIAN, DISPATCHER, CAMPUS_ADMIN],
      check: assertAssignedTechnician,
    },
    RESUME_CLOCK: {
      from: [S.ACCEPTED, S.IN_PROGRESS],
      to: 'stays',
      en: 'resume the clock of',
      zh: '恢复计时',
      roles: [TECHNICIAN, DISPATCHER, CAMPUS_ADMIN],
      check: assertAssignedTechnician,
    },
  },
  auditAction: (action) => `work_order.${action.toLowerCase()}`,
});

/** A finished repair may be reopened (返修) for 7 days after sign-off, or after completion when not signed off. */
export const REOPEN_WINDOW_DAYS = 7;

export function reopenableUntil(order: { status: WorkOrderStatus; completedAt: Date | null; signedOffAt: Date | null }): Date | null {
  const finishedAt = order.signedOffAt ?? order.completedAt;
  if (!finishedAt || !WORK_ORDER_LIFECYCLE.allows(order.status, WorkOrderAction.REOPEN)) return null;
  return new Date(finishedAt.getTime() + REOPEN_WINDOW_DAYS * 86_400_000);
}

/** What can be done next; a paused clock can be resumed, a running one paused. */
export function allowedActions(current: WorkOrderStatus, clockPaused = false): TransitionAction[] {
  const hidden = clockPaused ? WorkOrderAction.PAUSE_CLOCK : WorkOrderAction.RESUME_CLOCK;
  return WORK_ORDER_LIFECYCLE.allowedActions(current).filter((action) => action !== hidden);
}
