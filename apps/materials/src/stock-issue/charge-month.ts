import { chinaMonthRange } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';

/** A finance month's bounds in Beijing time (see chinaMonthRange); INVALID_INPUT for anything but YYYY-MM. */
export function chargeMonthRange(month: string): { from: Date; to: Date } {
  const range = chinaMonthRange(month);
  if (!range) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
  return range;
}

/**
 * A department's stock charge for a month: what was issued to it, less what it returned, both counted in
 * the month they happened (a return in May of stock issued in April is May's credit: April is already closed).
 */
export function netMonthlyCharge(
  issues: readonly { totalCostFen: number }[],
  returns: readonly { totalCostFen: number }[],
): { issuedCostFen: number; returnedCostFen: number; totalCostFen: number } {
  const issuedCostFen = issues.reduce((sum, issue) => sum + issue.totalCostFen, 0);
  const returnedCostFen = returns.reduce((sum, stockReturn) => sum + stockReturn.totalCostFen, 0);
  return { issuedCostFen, returnedCostFen, totalCostFen: issuedCostFen - returnedCostFen };
}
