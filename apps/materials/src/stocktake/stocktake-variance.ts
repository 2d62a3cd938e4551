import { fifoOrder, LotBalance } from '../stock-issue/lot-allocator';

/**
 * A counted line. `expected` is the book at the snapshot plus the movements booked since, up to the moment the
 * count was entered — the ledger balance then — so an issue made while the shelf was being counted is not a
 * variance. Values are at cost, in fen.
 */
export interface CountedLine {
  itemId: string;
  bookQuantity: number;
  expectedQuantity: number;
  countedQuantity: number;
  expectedValueFen: number;
  varianceValueFen: number;
}

/** Net movements booked in the warehouse between the snapshot and the count (issues negative, receipts positive). */
export const movementsSinceSnapshot = (line: Pick<CountedLine, 'bookQuantity' | 'expectedQuantity'>): number => line.expectedQuantity - line.bookQuantity;

/** 盘盈 (positive) or 盘亏 (negative). */
export const varianceOf = (line: Pick<CountedLine, 'expectedQuantity' | 'countedQuantity'>): number => line.countedQuantity - line.expectedQuantity;

export interface StocktakeAccuracyFigures {
  itemsCounted: number;
  itemsMatched: number;
  /** 账物相符率: itemsMatched / itemsCounted; null when nothing was counted. */
  itemAccuracy: number | null;
  /** Value at cost of the expected quantities. */
  bookValueFen: number;
  /** Sum of the lines' absolute variance values: a surplus does not make up for a shortfall. */
  varianceValueFen: number;
  /** 1 − varianceValueFen / bookValueFen, never below 0; null when the books held nothing of value. */
  valueAccuracy: number | null;
}

/** The two rates from the four sums; the stocktake KPI family sums per campus-month and ends here too. */
export function accuracyRates(
  sums: Pick<StocktakeAccuracyFigures, 'itemsCounted' | 'itemsMatched' | 'bookValueFen' | 'varianceValueFen'>,
): StocktakeAccuracyFigures {
  return {
    ...sums,
    itemAccuracy: sums.itemsCounted > 0 ? sums.itemsMatched / sums.itemsCounted : null,
    valueAccuracy: sums.bookValueFen > 0 ? Math.max(0, 1 - sums.varianceValueFen / sums.bookValueFen) : null,
  };
}

/**
 * 账物相符率 of one stocktake, item by item: an item matches when every line of it counted what the books
 * expected — each lot of an item tracking expiry (a lot mistaken for another is a wrong book too), or the item
 * as a whole.
 */
export function accuracyOf(lines: readonly CountedLine[]): StocktakeAccuracyFigures {
  const matched = new Map<string, boolean>();
  for (const line of lines) matched.set(line.itemId, (matched.get(line.itemId) ?? true) && varianceOf(line) === 0);
  return accuracyRates({
    itemsCounted: matched.size,
    itemsMatched: [...matched.values()].filter(Boolean).length,
    bookValueFen: lines.reduce((sum, line) => sum + line.expectedValueFen, 0),
    varianceValueFen: lines.reduce((sum, line) => sum + Math.abs(line.varianceValueFen), 0),
  });
}

/** A lot as the variance plan needs it. */
export interface LotOnBooks {
  id: string;
  receivedAt: Date;
  quantityRemaining: number;
  unitCostFen: number;
}

export interface LotDelta {
  lotId: string;
  /** Negative takes from the lot; positive opens a found lot like it. */
  quantityDelta: number;
  unitCostFen: number;
}

/**
 * How a variance becomes adjustment lines, and its value. `problem` says why it cannot be booked as it stands:
 * the lots hold less than the shortfall now (`short`, with what they hold), or a surplus has no lot to copy
 * (`no-lot`). The value is then an estimate (the shortfall beyond the lots at the newest lot's cost; 0 without
 * a lot) for the report; approval refuses.
 */
export interface VariancePlan {
  changes: LotDelta[];
  valueFen: number;
  problem: null | { kind: 'short'; available: number } | { kind: 'no-lot' };
}

const valueOf = (changes: readonly LotDelta[]) => changes.reduce((sum, change) => sum + change.quantityDelta * change.unitCostFen, 0);

/** A line counted by lot: the variance is the counted lot's, at its cost. */
export function planLotVariance(variance: number, lot: LotOnBooks): VariancePlan {
  if (variance === 0) return { changes: [], valueFen: 0, problem: null };
  const changes = [{ lotId: lot.id, quantityDelta: variance, unitCostFen: lot.unitCostFen }];
  const problem = variance < 0 && lot.quantityRemaining < -variance ? { kind: 'short' as const, available: lot.quantityRemaining } : null;
  return { changes, valueFen: valueOf(changes), problem };
}

const asBalance = (lot: LotOnBooks): LotBalance => ({
  lotId: lot.id,
  receivedAt: lot.receivedAt,
  expiresOn: null,
  quantityRemaining: lot.quantityRemaining,
  unitCostFen: lot.unitCostFen,
});

/**
 * A line counted by item, over all its lots in the warehouse (emptied ones included).
 * - A shortfall is taken oldest lot first (FIFO), as an issue would have drawn it: units missing from the
 *   shelf are most likely issues nobody booked, and under FIFO rotation what stays on the shelf is the newest
 *   stock, so the books end up holding the lots the shelf holds, at their costs.
 * - A surplus opens a found lot like the newest lot, as adjustments do for a named lot: found units of no
 *   known delivery are most likely the latest one miscounted, and its cost is the current price.
 */
export function planItemVariance(variance: number, lots: readonly LotOnBooks[]): VariancePlan {
  if (variance === 0) return { changes: [], valueFen: 0, problem: null };
  const ordered = lots.map(asBalance).sort(fifoOrder);
  const newest = ordered[ordered.length - 1];
  if (variance > 0) {
    if (!newest) return { changes: [], valueFen: 0, problem: { kind: 'no-lot' } };
    const changes = [{ lotId: newest.lotId, quantityDelta: variance, unitCostFen: newest.unitCostFen }];
    return { changes, valueFen: valueOf(changes), problem: null };
  }
  const changes: LotDelta[] = [];
  let outstanding = -variance;
  for (const lot of ordered) {
    if (outstanding === 0) break;
    const take = Math.min(outstanding, lot.quantityRemaining);
    if (take > 0) changes.push({ lotId: lot.lotId, quantityDelta: -take, unitCostFen: lot.unitCostFen });
    outstanding -= take;
  }
  if (outstanding === 0) return { changes, valueFen: valueOf(changes), problem: null };
  const available = -variance - outstanding;
  return { changes, valueFen: valueOf(changes) - outstanding * (newest?.unitCostFen ?? 0), problem: { kind: 'short', available } };
}

/** A counted line's variance planned against the warehouse's lots: its own lot, or every lot of its item. */
export function planLine(
  line: { itemId: string; lotId: string | null; expectedQuantity: number; countedQuantity: number },
  lots: readonly (LotOnBooks & { itemId: string })[],
): VariancePlan {
  const variance = varianceOf(line);
  if (!line.lotId)
    return planItemVariance(
      variance,
      lots.filter((lot) => lot.itemId === line.itemId),
    );
  const lot = lots.find((candidate) => candidate.id === line.lotId);
  if (!lot) throw new Error(`lot ${line.lotId} of a stocktake line is not in the warehouse`);
  return planLotVariance(variance, lot);
}
