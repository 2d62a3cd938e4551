import { MaterialsRole } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { defineLifecycle } from '@houqin/platform-lifecycle';
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

const S = StocktakeStatus;
const { CAMPUS_ADMIN, GROUP_ADMIN } = Role;
const { MATERIALS_MANAGER, STOREKEEPER } = MaterialsRole;

/** Who starts (and cancels) a stocktake: the campus's logistics office and the materials office. */
export const STOCKTAKE_ORGANISERS = [CAMPUS_ADMIN, MATERIALS_MANAGER, GROUP_ADMIN];
/** Who counts: the storekeepers, and the organisers lending a hand. */
const COUNTERS = [STOREKEEPER, ...STOCKTAKE_ORGANISERS];
/** Who approves the variances into the books: the materials office (物资科), never the counters. */
const APPROVERS = [MATERIALS_MANAGER, GROUP_ADMIN];

/** Where each action may start and where it leads. */
export const STOCKTAKE_LIFECYCLE = defineLifecycle<StocktakeStatus, StocktakeAction, { number: string }>({
  entity: { type: 'Stocktake', en: 'stocktake', zh: '盘点单', name: (row) => row.number },
  illegalTransition: 'STOCKTAKE_ILLEGAL_TRANSITION',
  states: {
    COUNTING: { en: 'being counted', zh: '盘点中' },
    REVIEW: { en: 'under review', zh: '待审核' },
    APPROVED: { en: 'approved', zh: '已审核' },
    CANCELLED: { en: 'cancelled', zh: '已取消' },
  },
  actions: {
    RECORD_COUNTS: { from: [S.COUNTING], to: 'stays', en: 'enter counts on', zh: '录入盘点数', roles: COUNTERS },
    FINISH_COUNTING: { from: [S.COUNTING], to: S.REVIEW, en: 'finish counting', zh: '结束盘点', roles: COUNTERS },
    APPROVE: { from: [S.REVIEW], to: S.APPROVED, en: 'approve', zh: '审核通过', roles: APPROVERS },
    // Back to counting: the counts entered stay until re-entered, so only the doubtful lines need counting again.
    REJECT: { from: [S.REVIEW], to: S.COUNTING, en: 'reject', zh: '驳回复盘', roles: APPROVERS },
    CANCEL: { from: [S.COUNTING, S.REVIEW], to: S.CANCELLED, en: 'cancel', zh: '取消', roles: STOCKTAKE_ORGANISERS },
  },
  auditAction: (action) => `stocktake.${action.toLowerCase().replace(/_/g, '-')}`,
});

/** Statuses in which a stocktake holds its items: a second one covering any of them in the warehouse is refused. */
export const OPEN_STOCKTAKE_STATUSES: readonly StocktakeStatus[] = [S.COUNTING, S.REVIEW];

/**
 * Whether the caller may see book and expected quantities and variances (盲盘, blind count): only once counting
 * has finished, never a storekeeper (the counters), and never anyone who entered counts on this stocktake — a
 * recount after rejection must be as blind as the first count.
 */
export function booksVisible(status: StocktakeStatus, caller: Identity, counterSubjects: ReadonlySet<string>): boolean {
  if (status !== S.REVIEW && status !== S.APPROVED) return false;
  if (hasAnyRole(caller, [MaterialsRole.STOREKEEPER])) return false;
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
