import { accuracyOf, CountedLine, movementsSinceSnapshot, planItemVariance, planLine, planLotVariance, varianceOf } from './stocktake-variance';

const line = (fields: Partial<CountedLine> = {}): CountedLine => ({
  itemId: 'masks',
  bookQuantity: 100,
  expectedQuantity: 100,
  countedQuantity: 100,
  expectedValueFen: 100 * 180,
  varianceValueFen: 0,
  ...fields,
});
const lot = (id: string, day: number, quantityRemaining: number, unitCostFen: number) => ({
  id,
  itemId: 'gloves',
  receivedAt: new Date(Date.UTC(2025, 5, day)),
  quantityRemaining,
  unitCostFen,
});

describe('stocktake variances', () => {
  it('expects the snapshot plus what was booked since, so an issue during the count is no variance', () => {
    // 100 on the books at the snapshot; 30 issued while the shelf was counted; 70 counted.
    const counted = line({ bookQuantity: 100, expectedQuantity: 70, countedQuantity: 70 });
    expect(movementsSinceSnapshot(counted)).toBe(-30);
    expect(varianceOf(counted)).toBe(0);
    expect(varianceOf(line({ expectedQuantity: 70, countedQuantity: 65 }))).toBe(-5);
    expect(varianceOf(line({ expectedQuantity: 70, countedQuantity: 72 }))).toBe(2);
  });

  it('values a lot line at the lot’s cost and knows when the lot no longer holds the shortfall', () => {
    expect(planLotVariance(-3, lot('a', 1, 10, 250))).toEqual({
      changes: [{ lotId: 'a', quantityDelta: -3, unitCostFen: 250 }],
      valueFen: -750,
      problem: null,
    });
    expect(planLotVariance(4, lot('a', 1, 0, 250))).toEqual({ changes: [{ lotId: 'a', quantityDelta: 4, unitCostFen: 250 }], valueFen: 1000, problem: null });
    expect(planLotVariance(-3, lot('a', 1, 2, 250)).problem).toEqual({ kind: 'short', available: 2 });
    expect(planLotVariance(0, lot('a', 1, 2, 250))).toEqual({ changes: [], valueFen: 0, problem: null });
  });

  it('takes an item’s shortfall oldest lot first and books a surplus like the newest lot, emptied or not', () => {
    const lots = [lot('new', 20, 0, 300), lot('old', 1, 4, 200), lot('mid', 10, 10, 250)];
    expect(planItemVariance(-6, lots)).toEqual({
      changes: [
        { lotId: 'old', quantityDelta: -4, unitCostFen: 200 },
        { lotId: 'mid', quantityDelta: -2, unitCostFen: 250 },
      ],
      valueFen: -1300,
      problem: null,
    });
    expect(planItemVariance(5, lots)).toEqual({ changes: [{ lotId: 'new', quantityDelta: 5, unitCostFen: 300 }], valueFen: 1500, problem: null });
  });

  it('reports what cannot be booked: a shortfall beyond the lots, a surplus with no lot to copy', () => {
    const short = planItemVariance(-20, [lot('old', 1, 4, 200), lot('mid', 10, 10, 250)]);
    expect(short.problem).toEqual({ kind: 'short', available: 14 });
    expect(short.valueFen).toBe(-(4 * 200 + 10 * 250 + 6 * 250));
    expect(planItemVariance(3, [])).toEqual({ changes: [], valueFen: 0, problem: { kind: 'no-lot' } });
  });

  it('plans a line against its own lot, or the item’s lots', () => {
    const lots = [lot('old', 1, 4, 200), { ...lot('x', 2, 9, 999), itemId: 'masks' }];
    expect(planLine({ itemId: 'gloves', lotId: null, expectedQuantity: 4, countedQuantity: 1 }, lots).valueFen).toBe(-600);
    expect(planLine({ itemId: 'masks', lotId: 'x', expectedQuantity: 9, countedQuantity: 10 }, lots).valueFen).toBe(999);
  });
});

describe('stocktake accuracy (账物相符率)', () => {
  it('matches items, not lines: every lot of an item must match', () => {
    const figures = accuracyOf([
      line({ itemId: 'masks' }),
      line({ itemId: 'gowns', expectedQuantity: 10, countedQuantity: 10, expectedValueFen: 5000 }),
      line({ itemId: 'gowns', expectedQuantity: 10, countedQuantity: 9, expectedValueFen: 5000, varianceValueFen: -500 }),
      line({ itemId: 'gloves', expectedQuantity: 50, countedQuantity: 52, expectedValueFen: 3250, varianceValueFen: 130 }),
    ]);
    expect(figures).toEqual({
      itemsCounted: 3,
      itemsMatched: 1,
      itemAccuracy: 1 / 3,
      bookValueFen: 18_000 + 10_000 + 3250,
      varianceValueFen: 630,
      valueAccuracy: 1 - 630 / 31_250,
    });
  });

  it('does not let a surplus make up for a shortfall, never goes below 0, and has no rate without a base', () => {
    const offsetting = accuracyOf([
      line({ varianceValueFen: -1000, countedQuantity: 90 }),
      line({ itemId: 'gloves', varianceValueFen: 1000, countedQuantity: 110 }),
    ]);
    expect(offsetting.varianceValueFen).toBe(2000);
    expect(accuracyOf([line({ expectedValueFen: 100, varianceValueFen: 500, countedQuantity: 105 })]).valueAccuracy).toBe(0);
    expect(accuracyOf([line({ expectedQuantity: 0, countedQuantity: 0, expectedValueFen: 0 })])).toMatchObject({ itemAccuracy: 1, valueAccuracy: null });
    expect(accuracyOf([])).toMatchObject({ itemsCounted: 0, itemAccuracy: null, valueAccuracy: null });
  });
});
