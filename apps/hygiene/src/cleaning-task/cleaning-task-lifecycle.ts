import { HygieneRole } from '@houqin/contracts';
import { DomainError } from '@houqin/platform-errors';
import { Identity, Role } from '@houqin/platform-auth';
import { defineLifecycle } from '@houqin/platform-lifecycle';

/** 待派工 → 已派工 → 保洁中 → 已完成; cancelled only before work starts (a started clean is finished, not undone). */
export enum CleaningTaskStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum CleaningTaskAction {
  ASSIGN = 'ASSIGN',
  START = 'START',
  FINISH = 'FINISH',
  CANCEL = 'CANCEL',
}

const S = CleaningTaskStatus;
const { GROUP_ADMIN, CAMPUS_ADMIN } = Role;
const { CLEANER, HYGIENE_SUPERVISOR } = HygieneRole;

/** Who dispatches cleaning: the supervisor, and the campus's logistics office. */
export const CLEANING_DISPATCHERS: Role[] = [HYGIENE_SUPERVISOR, CAMPUS_ADMIN, GROUP_ADMIN];

/** A cleaner works only what is assigned to them. */
const assignedToCaller = (identity: Identity, row: { cleanerId: string | null }) => {
  if (!identity.staffId || row.cleanerId !== identity.staffId) throw new DomainError('CLEANING_TASK_NOT_YOURS');
};

export const CLEANING_TASK_LIFECYCLE = defineLifecycle<CleaningTaskStatus, CleaningTaskAction, { number: string; cleanerId: string | null }>({
  entity: { type: 'CleaningTask', en: 'cleaning task', zh: '保洁任务', name: (row) => row.number },
  illegalTransition: 'ILLEGAL_TRANSITION',
  states: {
    OPEN: { en: 'awaiting assignment', zh: '待派工' },
    ASSIGNED: { en: 'assigned', zh: '已派工' },
    IN_PROGRESS: { en: 'in progress', zh: '保洁中' },
    DONE: { en: 'done', zh: '已完成' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    ASSIGN: { from: [S.OPEN, S.ASSIGNED], to: S.ASSIGNED, en: 'assign', zh: '派工', roles: CLEANING_DISPATCHERS },
    START: { from: [S.ASSIGNED], to: S.IN_PROGRESS, en: 'start', zh: '开始保洁', roles: [CLEANER], check: assignedToCaller },
    FINISH: { from: [S.IN_PROGRESS], to: S.DONE, en: 'finish', zh: '完成保洁', roles: [CLEANER], check: assignedToCaller },
    CANCEL: { from: [S.OPEN, S.ASSIGNED], to: S.CANCELLED, en: 'cancel', zh: '取消', roles: CLEANING_DISPATCHERS },
  },
  auditAction: (action) => `cleaning-task.${action.toLowerCase()}`,
});

export const UNFINISHED: readonly CleaningTaskStatus[] = [S.OPEN, S.ASSIGNED, S.IN_PROGRESS];
