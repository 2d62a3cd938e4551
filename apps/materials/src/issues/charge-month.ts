import { DomainError } from '@houqin/platform-errors';

const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3600_000;

/**
 * The instants bounding a finance month. 计财科 closes months in China Standard Time (UTC+8, no daylight
 * saving), so an issue at 23:30 on the 31st Beijing time belongs to that month even though it is the 31st
 * 15:30 UTC, and one at 00:30 on the 1st belongs to the next. `to` is exclusive.
 */
export function chargeMonthRange(month: string): { from: Date; to: Date } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? '');
  if (!match) throw new DomainError('INVALID_INPUT', { detail: 'month must be YYYY-MM' });
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return {
    from: new Date(Date.UTC(year, monthIndex, 1) - CHINA_STANDARD_TIME_OFFSET_MS),
    to: new Date(Date.UTC(year, monthIndex + 1, 1) - CHINA_STANDARD_TIME_OFFSET_MS),
  };
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
