import { InventoryLedgerFigures, inventoryKpisOf } from './inventory-kpis';

const none: InventoryLedgerFigures = {
  consumptionFen: 0,
  openingValueFen: 0,
  closingValueFen: 0,
  trailingConsumptionFen: 0,
  stockOutShortages: 0,
  stockOutBackorderedLines: 0,
  stockOutDepletions: 0,
  stockOutItems: 0,
  expiredLots: 0,
  expiredValueFen: 0,
  writtenOffExpiredFen: 0,
};

describe('inventory KPIs', () => {
  it('turns over the month’s consumption against its average stock, and annualises by twelve', () => {
    // ¥650 used a month against ¥1,200 at the start and ¥800 at the end: 0.65 a month, 7.8 a year.
    const kpis = inventoryKpisOf({ ...none, consumptionFen: 65_000, openingValueFen: 120_000, closingValueFen: 80_000 }, '2026-01-31');
    expect(kpis).toMatchObject({ averageValueFen: 100_000, inventoryTurnover: 0.65, annualizedTurnover: 7.8 });
  });

  it('has no turnover without stock, and no days of cover without use', () => {
    expect(inventoryKpisOf(none, '2026-01-31')).toMatchObject({ inventoryTurnover: null, annualizedTurnover: null, daysOfCover: null, stockOuts: 0 });
    // Stock came and went within the month: nothing at either end.
    expect(inventoryKpisOf({ ...none, consumptionFen: 5_000, trailingConsumptionFen: 5_000 }, '2026-01-31')).toMatchObject({
      inventoryTurnover: null,
      daysOfCover: 0,
    });
    // Returns outweighing issues are no use.
    expect(inventoryKpisOf({ ...none, closingValueFen: 1_000, trailingConsumptionFen: -300 }, '2026-01-31').daysOfCover).toBeNull();
  });

  it('counts days of cover at the trailing 90 days’ rate, and adds up the kinds of stock-out', () => {
    // ¥900 of masks used in 90 days is ¥10 a day: ¥300 on the shelf lasts 30 days, the emergency reserve.
    const kpis = inventoryKpisOf(
      { ...none, closingValueFen: 30_000, trailingConsumptionFen: 90_000, stockOutShortages: 1, stockOutBackorderedLines: 2, stockOutDepletions: 3 },
      '2026-01-31',
    );
    expect(kpis).toMatchObject({ daysOfCover: 30, stockOuts: 6 });
  });
});
