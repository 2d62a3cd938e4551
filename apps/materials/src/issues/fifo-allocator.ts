import { requirePositiveInt } from '@houqin/platform-errors';

/** What the allocator needs to know about a lot of one item. */
export interface LotBalance {
  lotId: string;
  receivedAt: Date;
  quantityRemaining: number;
  unitCostFen: number;
}

/** How much to take from one lot, and at what unit cost the department is charged for it. */
export interface LotDraw {
  lotId: string;
  quantity: number;
  unitCostFen: number;
}

export type Allocation =
  { kind: 'allocated'; draws: LotDraw[]; costFen: number; available: number } | { kind: 'shortage'; requested: number; available: number };

/** Oldest receipt first; the lot id (UUIDv7, time-ordered) breaks ties between lots received together. */
export function fifoOrder(a: LotBalance, b: LotBalance): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0);
}

/**
 * 先进先出: decides which lots of one item an issue draws from, oldest first, each at its own unit cost.
 * All or nothing: when the lots together hold less than requested it takes nothing and reports the
 * shortage, so no lot is ever drawn below zero and no line is half-issued.
 */
export class FifoAllocator {
  allocate(lots: readonly LotBalance[], quantity: number): Allocation {
    requirePositiveInt('quantity', quantity);
    for (const lot of lots) {
      if (!Number.isInteger(lot.quantityRemaining) || lot.quantityRemaining < 0)
        throw new Error(`lot ${lot.lotId} has an invalid remaining quantity ${lot.quantityRemaining}`);
    }
    const candidates = lots.filter((lot) => lot.quantityRemaining > 0).sort(fifoOrder);
    const available = candidates.reduce((sum, lot) => sum + lot.quantityRemaining, 0);
    if (available < quantity) return { kind: 'shortage', requested: quantity, available };

    const draws: LotDraw[] = [];
    let outstanding = quantity;
    for (const lot of candidates) {
      if (outstanding === 0) break;
      const take = Math.min(outstanding, lot.quantityRemaining);
      draws.push({ lotId: lot.lotId, quantity: take, unitCostFen: lot.unitCostFen });
      outstanding -= take;
    }
    const costFen = draws.reduce((sum, draw) => sum + draw.quantity * draw.unitCostFen, 0);
    return { kind: 'allocated', draws, costFen, available };
  }
}
