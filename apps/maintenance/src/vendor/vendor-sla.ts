import { DomainError } from '@houqin/platform-errors';
import { WorkOrderPriority } from '../work-order/sla-policy';

/** Minutes from the call until the vendor must be on site, per priority of the order (e.g. elevator URGENT ≤ 120). */
export type OnSiteMinutes = Record<WorkOrderPriority, number>;

/** The SLA a service contract (维保合同) promises. */
export interface VendorSlaTerms {
  onSiteMinutes: OnSiteMinutes;
  /** Hours from the call until the work is finished; null when the contract promises none. */
  resolutionHours: number | null;
}

/** How a call stands against one of its targets (on site, finished). */
export enum VendorSlaOutcome {
  /** Done by the due time. */
  ON_TIME = 'ON_TIME',
  /** Done, after the due time. */
  LATE = 'LATE',
  /** Not done and past due: still awaited, or the call was cancelled after the due time. */
  OVERDUE = 'OVERDUE',
  /** Not done and not yet due. */
  PENDING = 'PENDING',
  /** Cancelled before the due time without being done: the vendor was not late. */
  WITHDRAWN = 'WITHDRAWN',
}

/** A promise longer than a week to come on site, or a month to finish, is a typo, not a contract. */
export const MAX_ON_SITE_MINUTES = 7 * 24 * 60;
export const MAX_RESOLUTION_HOURS = 31 * 24;

/** Most urgent first: a more urgent order is never promised a slower vendor. */
const BY_URGENCY = [WorkOrderPriority.URGENT, WorkOrderPriority.HIGH, WorkOrderPriority.NORMAL, WorkOrderPriority.LOW];

const addMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

/**
 * A vendor contract's SLA: when a call falls due on site and finished, and how a call stands against it.
 * The vendor SLA compliance report (vendor-sla-compliance.query.ts) counts with the same rules in SQL.
 */
export class VendorSla {
  constructor(private readonly terms: VendorSlaTerms) {}

  /**
   * The terms as entered: an on-site target for every priority exactly once (positive whole minutes, at most a
   * week, never slower for a more urgent priority) and an optional resolution target in whole hours.
   */
  static requireTerms(targets: readonly { priority: WorkOrderPriority; minutes: number }[], resolutionHours: number | null | undefined): VendorSlaTerms {
    const onSiteMinutes = {} as OnSiteMinutes;
    for (const { priority, minutes } of targets) {
      if (priority in onSiteMinutes) throw new DomainError('INVALID_INPUT', { detail: `onSiteMinutes: ${priority} given twice` });
      if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_ON_SITE_MINUTES)
        throw new DomainError('INVALID_INPUT', { detail: `onSiteMinutes: ${priority} must be 1 to ${MAX_ON_SITE_MINUTES} minutes` });
      onSiteMinutes[priority] = minutes;
    }
    const missing = BY_URGENCY.filter((priority) => !(priority in onSiteMinutes));
    if (missing.length) throw new DomainError('INVALID_INPUT', { detail: `onSiteMinutes: no target for ${missing.join(', ')}` });
    BY_URGENCY.slice(1).forEach((priority, i) => {
      const moreUrgent = BY_URGENCY[i];
      if (onSiteMinutes[priority] < onSiteMinutes[moreUrgent])
        throw new DomainError('INVALID_INPUT', { detail: `onSiteMinutes: ${moreUrgent} must not be slower than ${priority}` });
    });
    if (resolutionHours === null || resolutionHours === undefined) return { onSiteMinutes, resolutionHours: null };
    if (!Number.isInteger(resolutionHours) || resolutionHours <= 0 || resolutionHours > MAX_RESOLUTION_HOURS)
      throw new DomainError('INVALID_INPUT', { detail: `resolutionHours must be 1 to ${MAX_RESOLUTION_HOURS}` });
    return { onSiteMinutes, resolutionHours };
  }

  /** When a vendor called at `calledAt` to an order of `priority` must be on site, and finished (null: no target). */
  dueTimes(priority: WorkOrderPriority, calledAt: Date): { onSiteDueAt: Date; resolutionDueAt: Date | null } {
    return {
      onSiteDueAt: addMinutes(calledAt, this.terms.onSiteMinutes[priority]),
      resolutionDueAt: this.terms.resolutionHours === null ? null : addMinutes(calledAt, this.terms.resolutionHours * 60),
    };
  }
}

/**
 * How a call stands against a target due at `dueAt`: `doneAt` is when it was met (arrival, finish), `cancelledAt`
 * when the call was withdrawn. A call cancelled after the due time without being done counts against the vendor.
 */
export function vendorSlaOutcome(dueAt: Date, doneAt: Date | null, cancelledAt: Date | null, now: Date): VendorSlaOutcome {
  if (doneAt) return doneAt.getTime() <= dueAt.getTime() ? VendorSlaOutcome.ON_TIME : VendorSlaOutcome.LATE;
  if ((cancelledAt ?? now).getTime() > dueAt.getTime()) return VendorSlaOutcome.OVERDUE;
  return cancelledAt ? VendorSlaOutcome.WITHDRAWN : VendorSlaOutcome.PENDING;
}

/** Whole minutes from the call to the vendor's arrival. */
export const minutesToArrive = (calledAt: Date, arrivedAt: Date): number => Math.round((arrivedAt.getTime() - calledAt.getTime()) / 60_000);
