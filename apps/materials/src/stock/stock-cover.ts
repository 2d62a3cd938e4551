import { addDays } from '@houqin/platform-calendar';

/** Consumption is averaged over the last 90 days: long enough to smooth a busy week, short enough to follow a season. */
export const CONSUMPTION_WINDOW_DAYS = 90;
/** Without a fill-up level, a reorder covers lead time, the reserve and this many days of use. */
const DEFAULT_ORDER_COVER_DAYS = 30;

export interface StockPolicy {
  reorderPoint: number;
  maxLevel: number | null;
  leadTimeDays: number;
  reserveDays: number | null;
}

export interface Cover {
  /** Net units used per day (issues less returns) over the window. */
  averageDailyUse: number;
  /** Available stock in days of use; null when nothing was used (it lasts indefinitely). */
  daysOfCover: number | null;
  /** The Beijing date available stock runs out at the current rate; null when nothing is used. */
  projectedStockOutOn: string | null;
  belowReserve: boolean;
}

export enum ReplenishmentReason {
  BELOW_REORDER_POINT = 'BELOW_REORDER_POINT',
  BELOW_RESERVE_COVER = 'BELOW_RESERVE_COVER',
}

/** 可用天数: how long available stock lasts at the trailing rate of use, and whether that breaks the reserve. */
export function coverOf(available: number, usedInWindow: number, reserveDays: number | null, today: string): Cover {
  const averageDailyUse = Math.max(0, usedInWindow) / CONSUMPTION_WINDOW_DAYS;
  if (averageDailyUse === 0) return { averageDailyUse: 0, daysOfCover: null, projectedStockOutOn: null, belowReserve: false };
  const daysOfCover = available / averageDailyUse;
  return {
    averageDailyUse,
    daysOfCover,
    projectedStockOutOn: addDays(today, Math.floor(daysOfCover)),
    belowReserve: reserveDays !== null && daysOfCover < reserveDays,
  };
}

/**
 * 补货建议: reorder when available plus what is on its way or already ordered or requested is at the reorder point, or would not keep the
 * reserve through the supplier's lead time; fill up to the max level (or lead time + reserve + a month of use).
 * Null when nothing needs ordering.
 */
export function replenishmentFor(
  policy: StockPolicy,
  stock: { available: number; inTransit: number; onOrder: number },
  averageDailyUse: number,
): { reasons: ReplenishmentReason[]; suggestedQuantity: number } | null {
  const position = stock.available + stock.inTransit + stock.onOrder;
  const reasons: ReplenishmentReason[] = [];
  if (policy.reorderPoint > 0 && position <= policy.reorderPoint) reasons.push(ReplenishmentReason.BELOW_REORDER_POINT);
  if (policy.reserveDays !== null && averageDailyUse > 0 && position / averageDailyUse < policy.leadTimeDays + policy.reserveDays) {
    reasons.push(ReplenishmentReason.BELOW_RESERVE_COVER);
  }
  if (!reasons.length) return null;
  const target =
    policy.maxLevel ??
    Math.max(policy.reorderPoint + 1, Math.ceil(averageDailyUse * (policy.leadTimeDays + (policy.reserveDays ?? 0) + DEFAULT_ORDER_COVER_DAYS)));
  const suggestedQuantity = Math.max(0, target - position);
  return suggestedQuantity > 0 ? { reasons, suggestedQuantity } : null;
}

/** A stock level's suggestion under its own policy; none without a reorder point. */
export function replenishmentOfLevel(
  level: Omit<StockPolicy, 'reorderPoint'> & { reorderPoint: number | null; available: number; inTransit: number; onOrder: number; averageDailyUse: number },
): { reasons: ReplenishmentReason[]; suggestedQuantity: number } | null {
  return level.reorderPoint === null ? null : replenishmentFor({ ...level, reorderPoint: level.reorderPoint }, level, level.averageDailyUse);
}
