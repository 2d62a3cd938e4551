import { coverOf } from '../../stock/stock-cover';

/** What the ledger gives for one campus-month (InventoryKpiQuery), before any ratio is taken. */
export interface InventoryLedgerFigures {
  consumptionFen: number;
  openingValueFen: number;
  closingValueFen: number;
  /** Net consumption over the stock-cover window (CONSUMPTION_WINDOW_DAYS) ending at the month's end. */
  trailingConsumptionFen: number;
  stockOutShortages: number;
  stockOutBackorderedLines: number;
  stockOutDepletions: number;
  stockOutItems: number;
  expiredLots: number;
  expiredValueFen: number;
  writtenOffExpiredFen: number;
}

export interface InventoryKpiFigures extends InventoryLedgerFigures {
  averageValueFen: number;
  inventoryTurnover: number | null;
  annualizedTurnover: number | null;
  daysOfCover: number | null;
  stockOuts: number;
}

/** A month is a twelfth of a year, as finance annualises monthly figures. */
const MONTHS_PER_YEAR = 12;

/**
 * 库存周转率 and 可用天数 from the ledger's figures. Turnover is the month's consumption over its average stock value
 * ((opening + closing) / 2), null when there was no stock at either end; days of cover is the closing value over
 * the average daily consumption of the trailing window (as stock cover counts it for items), null without use.
 * `monthEnd` is the month's last day (Beijing), the day stock cover's projection would count from.
 */
export function inventoryKpisOf(figures: InventoryLedgerFigures, monthEnd: string): InventoryKpiFigures {
  const averageValueFen = (figures.openingValueFen + figures.closingValueFen) / 2;
  const stocked = averageValueFen > 0;
  return {
    ...figures,
    averageValueFen,
    inventoryTurnover: stocked ? figures.consumptionFen / averageValueFen : null,
    // A year's worth of the month's consumption over the same stock (multiplied first: 12 × 0.65 is 7.8 exactly).
    annualizedTurnover: stocked ? (figures.consumptionFen * MONTHS_PER_YEAR) / averageValueFen : null,
    daysOfCover: coverOf(figures.closingValueFen, figures.trailingConsumptionFen, null, monthEnd).daysOfCover,
    stockOuts: figures.stockOutShortages + figures.stockOutBackorderedLines + figures.stockOutDepletions,
  };
}
