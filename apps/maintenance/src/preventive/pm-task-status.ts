import { DomainError } from '@houqin/platform-errors';

/** A deferred task is still open: it keeps its row (and its original due date as the unique key) with a new due date. */
export enum PmTaskStatus {
  SCHEDULED = 'SCHEDULED',
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
  DEFERRED = 'DEFERRED',
}

export const PM_TASK_STATUS_LABELS_ZH: Record<PmTaskStatus, string> = { SCHEDULED: '待保养', DONE: '已完成', SKIPPED: '已跳过', DEFERRED: '已延期' };

export const OPEN_TASK_STATUSES: readonly PmTaskStatus[] = [PmTaskStatus.SCHEDULED, PmTaskStatus.DEFERRED];

const ACTIONS = { complete: ['completed', '完成'], skip: ['skipped', '跳过'], defer: ['deferred', '延期'] } as const;

/** Done and skipped are final: the record of what was (not) done stays as it was. */
export function assertTaskOpen(status: PmTaskStatus, action: keyof typeof ACTIONS): void {
  if (OPEN_TASK_STATUSES.includes(status)) return;
  const [en, zh] = ACTIONS[action];
  throw new DomainError('PM_TASK_CLOSED', { status, statusZh: PM_TASK_STATUS_LABELS_ZH[status], action: en, actionZh: zh });
}
