import { ItemCategory } from '../catalogue/item';

/** Whether the materials office approves after the department. */
export enum ApprovalRoute {
  DEPARTMENT_ONLY = 'DEPARTMENT_ONLY',
  DEPARTMENT_AND_MATERIALS_OFFICE = 'DEPARTMENT_AND_MATERIALS_OFFICE',
}

/** Why the route is what it is, shown with the requisition so nobody has to guess. */
export enum ApprovalRouteReason {
  /** Below the campus's limit and every line in an auto-approvable category: the materials office is skipped. */
  WITHIN_POLICY = 'WITHIN_POLICY',
  /** The campus has set no policy: every requisition goes to the materials office. */
  NO_POLICY = 'NO_POLICY',
  /** Some item has never been received anywhere, so its value is unknown; an unknown value is never waved through. */
  UNPRICED = 'UNPRICED',
  /** A line is in a category the campus does not auto-approve (e.g. PROTECTIVE in normal times: the emergency reserve). */
  CATEGORY_NOT_AUTO_APPROVED = 'CATEGORY_NOT_AUTO_APPROVED',
  /** The value is at or above the campus's limit. */
  OVER_LIMIT = 'OVER_LIMIT',
}

/** 审批权限 of one campus: what the head of a department may approve alone. */
export interface ApprovalPolicy {
  autoApproveLimitFen: number;
  autoApproveCategories: readonly ItemCategory[];
}

/** An item's cost basis: the value and quantity it averages over (one unit at the last cost when nothing is in stock). */
export interface CostBasis {
  valueFen: number;
  quantity: number;
}

/**
 * What a requisition is worth before anything is issued, in fen: each line at the average unit cost of the
 * warehouse's usable stock of the item (what FIFO will roughly charge), else at the item's last receipt cost
 * anywhere. Null when an item has no cost basis at all. Lines at 0 (struck by an approver) count for nothing.
 */
export function requisitionValue(lines: readonly { itemId: string; quantity: number }[], bases: ReadonlyMap<string, CostBasis>): number | null {
  let total = 0;
  for (const line of lines) {
    if (line.quantity === 0) continue;
    const basis = bases.get(line.itemId);
    if (!basis || basis.quantity <= 0) return null;
    total += Math.round((line.quantity * basis.valueFen) / basis.quantity);
  }
  return total;
}

/**
 * The route a requisition takes once its department has approved it (decided then, on the approved
 * quantities and the policy in force): the materials office is skipped only when the campus allows it for
 * this value and every line's category. The limit is strict ("under ¥500"): a limit of 0 skips nothing.
 */
export function approvalRoute(
  policy: ApprovalPolicy | null,
  valueFen: number | null,
  categories: readonly ItemCategory[],
): { route: ApprovalRoute; reason: ApprovalRouteReason } {
  const office = (reason: ApprovalRouteReason) => ({ route: ApprovalRoute.DEPARTMENT_AND_MATERIALS_OFFICE, reason });
  if (!policy) return office(ApprovalRouteReason.NO_POLICY);
  if (valueFen === null) return office(ApprovalRouteReason.UNPRICED);
  if (categories.some((category) => !policy.autoApproveCategories.includes(category))) return office(ApprovalRouteReason.CATEGORY_NOT_AUTO_APPROVED);
  if (valueFen >= policy.autoApproveLimitFen) return office(ApprovalRouteReason.OVER_LIMIT);
  return { route: ApprovalRoute.DEPARTMENT_ONLY, reason: ApprovalRouteReason.WITHIN_POLICY };
}
