import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';

/**
 * 盘点: start (the books are snapshotted) → count blind → finish counting (the variance report is ready) →
 * the materials office approves (the variances become one adjustment) or sends it back for a recount. It may
 * be abandoned until it is approved.
 */
export enum StocktakeStatus {
  /** 盘点中: counters enter counts; nobody sees the books. */
  COUNTING = 'COUNTING',
  /** 待审核: counting finished; reviewers see the variance report. */
  REVIEW = 'REVIEW',
  /** 已审核: variances booked as an adjustment (调整单). */
  APPROVED = 'APPROVED',
  /** 已取消: abandoned; nothing booked. */
  CANCELLED = 'CANCELLED',
}

/** 全盘 (every item with stock or a stock policy in the warehouse) or 循环盘点 (named items or categories, e.g. A-class items weekly). */
export enum StocktakeScope {
  FULL = 'FULL',
  CYCLE = 'CYCLE',
}

export enum StocktakeAction {
  RECORD_COUNTS = 'RECORD_COUNTS',
  FINISH_COUNTING = 'FINISH_COUNTING',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  CANCEL = 'CANCEL',
}

export const STOCKTAKE_STATUS_LABELS_ZH: Record<StocktakeStatus, string> = {
  COUNTING: '盘点中',
  REVIEW: '待审核',
  APPROVED: '已审核',
  CANCELLED: '已取消',
};

const S = StocktakeStatus;

/** Where each action may start and where it leads. */
const TRANSITIONS: Record<StocktakeAction, { from: StocktakeStatus[]; to: StocktakeStatus; en: string; zh: string }> = {
  RECORD_COUNTS: { from: [S.COUNTING], to: S.COUNTING, en: 'enter counts on', zh: '录入盘点数' },
  FINISH_COUNTING: { from: [S.COUNTING], to: S.REVIEW, en: 'finish counting', zh: '结束盘点' },
  APPROVE: { from: [S.REVIEW], to: S.APPROVED, en: 'approve', zh: '审核通过' },
  // Back to counting: the counts entered stay until re-entered, so only the doubtful lines need counting again.
  REJECT: { from: [S.REVIEW], to: S.COUNTING, en: 'reject', zh: '驳回复盘' },
  CANCEL: { from: [S.COUNTING, S.REVIEW], to: S.CANCELLED, en: 'cancel', zh: '取消' },
};

/** Statuses in which a stocktake holds its items: a second one covering any of them in the warehouse is refused. */
export const OPEN_STOCKTAKE_STATUSES: readonly StocktakeStatus[] = [S.COUNTING, S.REVIEW];

type Stated = { number: string; status: StocktakeStatus };

/** The status the action leads to; STOCKTAKE_ILLEGAL_TRANSITION when the stocktake's status does not allow it. */
export function statusAfter(stocktake: Stated, action: StocktakeAction): StocktakeStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(stocktake.status)) {
    throw new DomainError('STOCKTAKE_ILLEGAL_TRANSITION', {
      number: stocktake.number,
      from: stocktake.status,
      fromZh: STOCKTAKE_STATUS_LABELS_ZH[stocktake.status],
      action: transition.en,
      actionZh: transition.zh,
    });
  }
  return transition.to;
}

/**
 * Whether the caller may see book and expected quantities and variances (盲盘, blind count): only once counting
 * has finished, never a storekeeper (the counters), and never anyone who entered counts on this stocktake — a
 * recount after rejection must be as blind as the first count.
 */
export function booksVisible(status: StocktakeStatus, caller: Identity, counterSubjects: ReadonlySet<string>): boolean {
  if (status !== S.REVIEW && status !== S.APPROVED) return false;
  if (hasAnyRole(caller, [Role.STOREKEEPER])) return false;
  return !counterSubjects.has(caller.subject);
}

/** 审核与盘点分离: the approver neither started the stocktake nor entered any of its counts. */
export function requireIndependentApprover(
  stocktake: { number: string; startedBySubject: string },
  approver: Identity,
  counterSubjects: ReadonlySet<string>,
): void {
  if (approver.subject === stocktake.startedBySubject || counterSubjects.has(approver.subject)) {
    throw new DomainError('STOCKTAKE_SELF_APPROVAL', { number: stocktake.number });
  }
}
