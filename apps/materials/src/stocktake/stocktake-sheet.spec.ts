import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { ItemCategory } from '../catalogue/item';
import { StocktakeScope } from './stocktake-lifecycle';
import { countSheet, expectedAtCount, lineForCount, requireCountScope } from './stocktake-sheet';

const at = (day: number) => new Date(Date.UTC(2025, 5, day));
const masks = { id: 'masks', code: 'PPE-MASK', tracksExpiry: true };
const gloves = { id: 'gloves', code: 'PPE-GLOVE', tracksExpiry: false };
const swabs = { id: 'swabs', code: 'CON-SWAB', tracksExpiry: true };
const lots = [
  { id: 'm-late', itemId: 'masks', receivedAt: at(1), expiresOn: '2027-01-01', quantityRemaining: 40, unitCostFen: 180 },
  { id: 'm-soon', itemId: 'masks', receivedAt: at(5), expiresOn: '2025-12-31', quantityRemaining: 60, unitCostFen: 200 },
  { id: 'g-1', itemId: 'gloves', receivedAt: at(1), expiresOn: null, quantityRemaining: 100, unitCostFen: 65 },
  { id: 'g-2', itemId: 'gloves', receivedAt: at(9), expiresOn: null, quantityRemaining: 50, unitCostFen: 70 },
  { id: 'g-empty', itemId: 'gloves', receivedAt: at(10), expiresOn: null, quantityRemaining: 0, unitCostFen: 80 },
];

describe('count sheet (盘点表)', () => {
  it('lists items by code, lots of expiry-tracked items soonest expiry first, other items as a whole', () => {
    expect(countSheet([masks, gloves, swabs], lots)).toEqual([
      { itemId: 'swabs', lotId: null, bookQuantity: 0, bookValueFen: 0, unitCostFen: null },
      { itemId: 'gloves', lotId: null, bookQuantity: 150, bookValueFen: 100 * 65 + 50 * 70, unitCostFen: null },
      { itemId: 'masks', lotId: 'm-soon', bookQuantity: 60, bookValueFen: 12_000, unitCostFen: 200 },
      { itemId: 'masks', lotId: 'm-late', bookQuantity: 40, bookValueFen: 7200, unitCostFen: 180 },
    ]);
  });

  it('takes counts by lot for expiry-tracked items and by item otherwise; refuses what is not on the sheet', () => {
    const sheet = countSheet([masks, gloves], lots);
    const labels = { number: 'PD-20250615-000001', item: (id: string) => id };
    expect(lineForCount(sheet, { itemId: 'masks', lotId: 'm-late' }, labels).lotId).toBe('m-late');
    expect(lineForCount(sheet, { itemId: 'gloves', lotId: null }, labels).itemId).toBe('gloves');
    expect(codeOf(() => lineForCount(sheet, { itemId: 'masks', lotId: null }, labels))).toBe('STOCKTAKE_LOT_REQUIRED');
    expect(codeOf(() => lineForCount(sheet, { itemId: 'masks', lotId: 'g-1' }, labels))).toBe('STOCKTAKE_LOT_NOT_IN_SCOPE');
    expect(codeOf(() => lineForCount(sheet, { itemId: 'gloves', lotId: 'g-1' }, labels))).toBe('STOCKTAKE_LOT_NOT_IN_SCOPE');
    expect(codeOf(() => lineForCount(sheet, { itemId: 'swabs', lotId: null }, labels))).toBe('STOCKTAKE_ITEM_NOT_IN_SCOPE');
  });

  it('expects the ledger balance of the counted lot, or of all the item’s lots', () => {
    expect(expectedAtCount({ itemId: 'masks', lotId: 'm-soon' }, lots)).toEqual({ quantity: 60, valueFen: 12_000 });
    expect(expectedAtCount({ itemId: 'gloves', lotId: null }, lots)).toEqual({ quantity: 150, valueFen: 10_000 });
  });

  it('holds the scope to its kind', () => {
    expect(requireCountScope(StocktakeScope.FULL, [], [])).toEqual({ scope: StocktakeScope.FULL, itemIds: [], categories: [] });
    expect(requireCountScope(StocktakeScope.CYCLE, [], [ItemCategory.PROTECTIVE, ItemCategory.PROTECTIVE]).categories).toEqual([ItemCategory.PROTECTIVE]);
    expect(codeOf(() => requireCountScope(StocktakeScope.FULL, ['masks'], []))).toBe('INVALID_INPUT');
    expect(codeOf(() => requireCountScope(StocktakeScope.CYCLE, [], []))).toBe('INVALID_INPUT');
    expect(codeOf(() => requireCountScope(StocktakeScope.CYCLE, ['masks', 'masks'], []))).toBe('INVALID_INPUT');
  });
});
