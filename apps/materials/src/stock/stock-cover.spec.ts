import { coverOf, replenishmentFor } from './stock-cover';

describe('days of cover and replenishment', () => {
  it('turns trailing use into days of cover and a projected stock-out date', () => {
    // 900 masks used in 90 days = 10 a day; 250 available last 25 days.
    expect(coverOf(250, 900, 30, '2026-11-23')).toEqual({ averageDailyUse: 10, daysOfCover: 25, projectedStockOutOn: '2026-12-18', belowReserve: true });
    expect(coverOf(400, 900, 30, '2026-11-23')).toMatchObject({ daysOfCover: 40, belowReserve: false });
    // Nothing used: it lasts; net returns beyond issues count as no use.
    expect(coverOf(5, 0, 30, '2026-11-23')).toEqual({ averageDailyUse: 0, daysOfCover: null, projectedStockOutOn: null, belowReserve: false });
    expect(coverOf(5, -3, null, '2026-11-23').averageDailyUse).toBe(0);
  });

  it('suggests an order at the reorder point, counting what is on its way, up to the max level', () => {
    const policy = { reorderPoint: 100, maxLevel: 500, leadTimeDays: 7, reserveDays: null };
    expect(replenishmentFor(policy, { available: 80, inTransit: 0, onOrder: 0 }, 1)).toEqual({ reasons: ['BELOW_REORDER_POINT'], suggestedQuantity: 420 });
    expect(replenishmentFor(policy, { available: 80, inTransit: 50, onOrder: 0 }, 1)).toBeNull();
    expect(replenishmentFor(policy, { available: 80, inTransit: 0, onOrder: 50 }, 1)).toBeNull();
    expect(replenishmentFor({ ...policy, reorderPoint: 0 }, { available: 0, inTransit: 0, onOrder: 0 }, 0)).toBeNull();
  });

  it('keeps the emergency reserve through the lead time, and sizes the order from use when there is no max level', () => {
    // 10 a day, 7 days lead time, 30 days reserve: 300 on hand lasts 30 days < 37.
    const policy = { reorderPoint: 0, maxLevel: null, leadTimeDays: 7, reserveDays: 30 };
    expect(replenishmentFor(policy, { available: 300, inTransit: 0, onOrder: 0 }, 10)).toEqual({
      reasons: ['BELOW_RESERVE_COVER'],
      suggestedQuantity: 670 - 300,
    });
    expect(replenishmentFor(policy, { available: 300, inTransit: 100, onOrder: 0 }, 10)).toBeNull();
    expect(replenishmentFor({ ...policy, reorderPoint: 400 }, { available: 300, inTransit: 0, onOrder: 0 }, 10)?.reasons).toEqual([
      'BELOW_REORDER_POINT',
      'BELOW_RESERVE_COVER',
    ]);
  });
});
