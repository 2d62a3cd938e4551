import { requirePositiveInt } from '@houqin/platform-errors';

/** One draw of an issue line (a lot it took from), with how much of it has come back already. */
export interface IssuedDraw {
  stockIssueLotId: string;
  lotId: string;
  /** Position in the issue: a higher number was drawn later. */
  drawNo: number;
  quantity: number;
  unitCostFen: number;
  returned: number;
}

/** How much goes back into one lot, credited at the cost it was drawn at. */
export interface ReturnPut {
  stockIssueLotId: string;
  lotId: string;
  quantity: number;
  unitCostFen: number;
}

export type ReturnPlan =
  { kind: 'planned'; puts: ReturnPut[]; costFen: number } | { kind: 'exceeds'; issued: number; returned: number; returnable: number; requested: number };

/**
 * Where a returned quantity of one item goes: back into the lots its issue drew from, latest draw first
 * (the units most recently taken are the ones most likely still unopened), each draw taking back at most
 * what it gave minus what has already come back to it. All or nothing: asking for more than the issue has
 * left to return plans nothing, so the department is never credited for stock it was not charged for.
 */
export function planReturn(draws: readonly IssuedDraw[], quantity: number): ReturnPlan {
  requirePositiveInt('quantity', quantity);
  const issued = draws.reduce((sum, draw) => sum + draw.quantity, 0);
  const returned = draws.reduce((sum, draw) => sum + draw.returned, 0);
  const returnable = issued - returned;
  if (quantity > returnable) return { kind: 'exceeds', issued, returned, returnable, requested: quantity };

  const puts: ReturnPut[] = [];
  let outstanding = quantity;
  for (const draw of [...draws].sort((a, b) => b.drawNo - a.drawNo)) {
    if (outstanding === 0) break;
    const put = Math.min(outstanding, draw.quantity - draw.returned);
    if (put <= 0) continue;
    puts.push({ stockIssueLotId: draw.stockIssueLotId, lotId: draw.lotId, quantity: put, unitCostFen: draw.unitCostFen });
    outstanding -= put;
  }
  return { kind: 'planned', puts, costFen: puts.reduce((sum, put) => sum + put.quantity * put.unitCostFen, 0) };
}
