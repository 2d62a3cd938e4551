import { crossesBelowReorderPoint, isBelowReorderPoint } from './reorder-policy';

describe('crossesBelowReorderPoint', () => {
  it('fires when the level drops from above the point to below it', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 32, onHandAfter: 8, reorderPoint: 10 })).toBe(true);
  });

  it('fires when the level drops from exactly the point to below it', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 10, onHandAfter: 9, reorderPoint: 10 })).toBe(true);
  });

  it('does not fire when the level lands exactly on the point', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 15, onHandAfter: 10, reorderPoint: 10 })).toBe(false);
  });

  it('does not fire again while the level is already below the point', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 9, onHandAfter: 3, reorderPoint: 10 })).toBe(false);
  });

  it('does not fire while the level stays above the point', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 40, onHandAfter: 30, reorderPoint: 10 })).toBe(false);
  });

  it('never fires without a reorder point or with a point of zero', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 5, onHandAfter: 0, reorderPoint: null })).toBe(false);
    expect(crossesBelowReorderPoint({ onHandBefore: 5, onHandAfter: 0, reorderPoint: 0 })).toBe(false);
  });

  it('fires when the last unit goes and the point is one', () => {
    expect(crossesBelowReorderPoint({ onHandBefore: 1, onHandAfter: 0, reorderPoint: 1 })).toBe(true);
  });
});

describe('isBelowReorderPoint', () => {
  it('compares strictly and ignores a missing point', () => {
    expect(isBelowReorderPoint(9, 10)).toBe(true);
    expect(isBelowReorderPoint(10, 10)).toBe(false);
    expect(isBelowReorderPoint(0, null)).toBe(false);
  });
});
