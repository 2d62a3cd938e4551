import { DomainError } from '@houqin/platform-errors';
import { ItemCategory } from '../catalogue/item';
import { fefoOrder } from '../stock-issue/lot-allocator';
import { StocktakeScope } from './stocktake-lifecycle';

/** What a cycle count covers: named items, catalogue categories, or both (their union). A full count names neither. */
export interface CountScope {
  scope: StocktakeScope;
  itemIds: string[];
  categories: ItemCategory[];
}

export function requireCountScope(scope: StocktakeScope, itemIds: readonly string[], categories: readonly ItemCategory[]): CountScope {
  if (scope === StocktakeScope.FULL && (itemIds.length || categories.length)) {
    throw new DomainError('INVALID_INPUT', { detail: 'a FULL stocktake covers the whole warehouse: leave itemIds and categories out' });
  }
  if (scope === StocktakeScope.CYCLE && !itemIds.length && !categories.length) {
    throw new DomainError('INVALID_INPUT', { detail: 'a CYCLE stocktake names the items or categories it counts' });
  }
  if (new Set(itemIds).size !== itemIds.length) throw new DomainError('INVALID_INPUT', { detail: 'itemIds: an item is named more than once' });
  return { scope, itemIds: [...itemIds], categories: [...new Set(categories)] };
}

/** A lot with stock at the snapshot. */
export interface SnapshotLot {
  id: string;
  itemId: string;
  receivedAt: Date;
  expiresOn: string | null;
  quantityRemaining: number;
  unitCostFen: number;
}

/** One line of the count sheet (盘点表) with the books at the snapshot. */
export interface SheetLine {
  itemId: string;
  /** The lot counted, for items tracking expiry; null for an item counted as a whole. */
  lotId: string | null;
  bookQuantity: number;
  bookValueFen: number;
  /** The lot's unit cost; null for an item counted as a whole (its lots may cost differently). */
  unitCostFen: number | null;
}

/**
 * The count sheet: items by code; an item tracking expiry is counted lot by lot (batch and expiry are on the
 * label), soonest expiry first as it sits on the shelf; any other item, and an item with nothing on the books,
 * as a whole. Quarantined and expired lots are on the sheet: they are on the shelf until written off.
 */
export function countSheet(items: readonly { id: string; code: string; tracksExpiry: boolean }[], lots: readonly SnapshotLot[]): SheetLine[] {
  const lines: SheetLine[] = [];
  for (const item of [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    const own = lots
      .filter((lot) => lot.itemId === item.id && lot.quantityRemaining > 0)
      .map((lot) => ({ ...lot, lotId: lot.id }))
      .sort(fefoOrder);
    if (item.tracksExpiry && own.length) {
      for (const lot of own) {
        lines.push({
          itemId: item.id,
          lotId: lot.id,
          bookQuantity: lot.quantityRemaining,
          bookValueFen: lot.quantityRemaining * lot.unitCostFen,
          unitCostFen: lot.unitCostFen,
        });
      }
    } else {
      lines.push({
        itemId: item.id,
        lotId: null,
        bookQuantity: own.reduce((sum, lot) => sum + lot.quantityRemaining, 0),
        bookValueFen: own.reduce((sum, lot) => sum + lot.quantityRemaining * lot.unitCostFen, 0),
        unitCostFen: null,
      });
    }
  }
  return lines;
}

/** The labels errors use. */
export interface SheetLabels {
  number: string;
  item: (itemId: string) => string;
}

/**
 * The sheet line a count is for. Items tracking expiry are counted by lot, others by item; an item or lot not
 * on the sheet (outside the scope, or a lot that arrived after the snapshot) is refused.
 */
export function lineForCount<L extends { itemId: string; lotId: string | null }>(
  lines: readonly L[],
  count: { itemId: string; lotId: string | null },
  labels: SheetLabels,
): L {
  const own = lines.filter((line) => line.itemId === count.itemId);
  if (!own.length) throw new DomainError('STOCKTAKE_ITEM_NOT_IN_SCOPE', { item: labels.item(count.itemId), number: labels.number });
  const line = own.find((candidate) => candidate.lotId === count.lotId);
  if (line) return line;
  if (count.lotId) throw new DomainError('STOCKTAKE_LOT_NOT_IN_SCOPE', { lotId: count.lotId, item: labels.item(count.itemId), number: labels.number });
  throw new DomainError('STOCKTAKE_LOT_REQUIRED', { item: labels.item(count.itemId) });
}

/** The ledger balance a line expects when its count is entered: the counted lot's, or all the item's lots'. */
export function expectedAtCount(
  line: { itemId: string; lotId: string | null },
  lots: readonly { id: string; itemId: string; quantityRemaining: number; unitCostFen: number }[],
): { quantity: number; valueFen: number } {
  const own = lots.filter((lot) => (line.lotId ? lot.id === line.lotId : lot.itemId === line.itemId));
  return {
    quantity: own.reduce((sum, lot) => sum + lot.quantityRemaining, 0),
    valueFen: own.reduce((sum, lot) => sum + lot.quantityRemaining * lot.unitCostFen, 0),
  };
}
