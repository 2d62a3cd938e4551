import { requirePositiveInt } from '@houqin/platform-errors';

/** What the allocator needs to know about a lot of one item. */
export interface LotBalance {
  lotId: string;
  receivedAt: Date;
  /** Beijing calendar date (YYYY-MM-DD), or null for items without expiry. */
  expiresOn: string | null;
  quantityRemaining: number;
  unitCostFen: number;
}

/** How much to take from one lot, and at what unit cost the department is charged for it. */
export interface LotDraw {
  lotId: string;
  quantity: number;
  unitCostFen: number;
}

/** 先进先出 by receipt; 近效期先出 (first-expired-first-out) for items whose lots expire. */
export type IssuePolicy = 'FIFO' | 'FEFO';

export type Allocation =
  { kind: 'allocated'; draws: LotDraw[]; costFen: number; available: number } | { kind: 'shortage'; requested: number; available: number };

/** Oldest receipt first; the lot id (UUIDv7, time-ordered) breaks ties between lots received together. */
export function fifoOrder(a: LotBalance, b: LotBalance): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0);
}

/** Soonest expiry first (lots without a date last), then FIFO. */
export function fefoOrder(a: LotBalance, b: LotBalance): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  return fifoOrder(a, b);
}

/**
 * Decides which lots of one item an issue draws from, each at its own unit cost. A lot past its expiry date
 * is never issued (it counts as unavailable; it expires at the end of its day). All or nothing: when the
 * usable lots hold less than requested it takes nothing and reports the shortage, so no lot is drawn below
 * zero and no line is half-issued.
 */
export class LotAllocator {
  /** One line from the item's lot rows (locked by the caller): FEFO for items that track expiry, else FIFO. */
  allocateLots(
    lots: readonly { id: string; receivedAt: Date; expiresOn: string | null; quantityRemaining: number; unitCostFen: number }[],
    quantity: number,
    tracksExpiry: boolean,
    today: string,
  ): Allocation {
    const balances = lots.map((lot) => ({
      lotId: lot.id,
      receivedAt: lot.receivedAt,
      expiresOn: lot.expiresOn,
      quantityRemaining: lot.quantityRemaining,
      unitCostFen: lot.unitCostFen,
    }));
    return this.allocate(balances, quantity, tracksExpiry ? 'FEFO' : 'FIFO', today);
  }

  allocate(lots: readonly LotBalance[], quantity: number, policy: IssuePolicy, today: string): Allocation {
    requirePositiveInt('quantity', quantity);
    for (const lot of lots) {
      if (!Number.isInteger(lot.quantityRemaining) || lot.quantityRemaining < 0)
        throw new Error(`lot ${lot.lotId} has an invalid remaining quantity ${lot.quantityRemaining}`);
    }
    const candidates = lots
      .filter((lot) => lot.quantityRemaining > 0 && (lot.expiresOn === null || lot.expiresOn >= today))
      .sort(policy === 'FEFO' ? fefoOrder : fifoOrder);
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
