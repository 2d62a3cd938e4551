import { addDays } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';

/** Fen as yuan with two decimals (1250 → "12.50"), for messages; integer arithmetic, no float rounding. */
export const yuan = (fen: number): string => `${fen < 0 ? '-' : ''}${Math.trunc(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** A contract's validity as entered, and its termination (the first day it no longer prices anything). */
export interface ContractPeriod {
  validFrom: string;
  validTo: string;
  terminatedOn: string | null;
}

/** 供货合同状态 on a given day. */
export enum SupplierContractStatus {
  UPCOMING = 'UPCOMING',
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

/** The last day the contract prices anything: its validTo, or the day before it was terminated; null if it never priced a day. */
export function lastPricedDay(period: ContractPeriod): string | null {
  const end = period.terminatedOn !== null && addDays(period.terminatedOn, -1) < period.validTo ? addDays(period.terminatedOn, -1) : period.validTo;
  return end >= period.validFrom ? end : null;
}

/** Whether the contract prices anything on `day` (the SQL in `inForceOn` says the same). */
export function pricesOn(period: ContractPeriod, day: string): boolean {
  const last = lastPricedDay(period);
  return last !== null && period.validFrom <= day && day <= last;
}

export function contractStatus(period: ContractPeriod, today: string): SupplierContractStatus {
  if (period.terminatedOn !== null && period.terminatedOn <= today) return SupplierContractStatus.TERMINATED;
  if (today < period.validFrom) return SupplierContractStatus.UPCOMING;
  if (today > period.validTo) return SupplierContractStatus.EXPIRED;
  return SupplierContractStatus.IN_FORCE;
}

/** A day that must fall on or after (or on or before) another; the same day is fine either way. */
export function requireDayOrder(
  day: { field: string; value: string },
  relation: 'on or after' | 'on or before',
  other: { field: string; value: string },
): void {
  if (relation === 'on or after' ? day.value >= other.value : day.value <= other.value) return;
  throw new DomainError('INVALID_DATE_RANGE', {
    field: day.field,
    value: day.value,
    other: other.field,
    otherValue: other.value,
    relation,
    relationZh: relation === 'on or after' ? '不早于' : '不晚于',
  });
}

/**
 * 合同价不得高于市场批发价: every line's contract price is at most the market wholesale price surveyed at signing.
 * `item` names the item in the message.
 */
export function requireWithinMarket(line: { unitPriceFen: number; marketPriceFen: number }, item: string): void {
  if (line.unitPriceFen > line.marketPriceFen) {
    throw new DomainError('CONTRACT_PRICE_ABOVE_MARKET', { item, priceYuan: yuan(line.unitPriceFen), marketPriceYuan: yuan(line.marketPriceFen) });
  }
}

/** A contract already pricing an item of the same supplier (as the overlap check loads it). */
export interface PricedItem {
  contractNo: string;
  campusId: string | null;
  itemId: string;
  period: ContractPeriod;
}

/** A group-wide contract prices every campus, so it meets any other contract of the supplier; two campus contracts meet only on the same campus. */
export const scopesMeet = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/** The days two contracts both price, or null when there are none. */
export function sharedDays(a: ContractPeriod, b: ContractPeriod): { from: string; to: string } | null {
  const lastA = lastPricedDay(a);
  const lastB = lastPricedDay(b);
  if (lastA === null || lastB === null) return null;
  const from = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const to = lastA < lastB ? lastA : lastB;
  return from <= to ? { from, to } : null;
}

/**
 * At most one contract price per supplier, item and campus on any day, so an order line has exactly one price
 * to be held to. The first clash of the new contract's items with `existing`, with the days both would price.
 */
export function findPriceOverlap(
  contract: { campusId: string | null; period: ContractPeriod; itemIds: readonly string[] },
  existing: readonly PricedItem[],
): { itemId: string; otherContractNo: string; from: string; to: string } | null {
  const items = new Set(contract.itemIds);
  for (const other of existing) {
    if (!items.has(other.itemId) || !scopesMeet(contract.campusId, other.campusId)) continue;
    const days = sharedDays(contract.period, other.period);
    if (days) return { itemId: other.itemId, otherContractNo: other.contractNo, ...days };
  }
  return null;
}

/**
 * A termination takes effect on `on`: not in the past (orders already priced under the contract stay as they
 * were, and today's price may not change under a purchaser's feet) and not after the contract has run out anyway.
 */
export function requireTerminationDay(contract: { contractNo: string } & ContractPeriod, on: string, today: string): void {
  if (contract.terminatedOn !== null) {
    throw new DomainError('SUPPLIER_CONTRACT_TERMINATED', { contractNo: contract.contractNo, terminatedOn: contract.terminatedOn });
  }
  requireDayOrder({ field: 'on', value: on }, 'on or after', { field: 'today', value: today });
  requireDayOrder({ field: 'on', value: on }, 'on or before', { field: 'validTo', value: contract.validTo });
}
