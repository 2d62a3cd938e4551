import { DutyKind } from './duty-roster';

/** What the dispatcher weighs when choosing a technician for an order. */
export interface TechnicianStanding {
  staffId: string;
  name: string;
  /** Holds every licence the order's category needs (持证上岗). */
  qualified: boolean;
  onDuty: DutyKind | null;
  /** Orders dispatched to them and not yet completed. */
  openOrders: number;
}

const DUTY_RANK: Record<DutyKind | 'OFF', number> = { SHIFT: 0, ON_CALL: 1, OFF: 2 };
// Names in pinyin order, as the hospital's lists are.
const byName = new Intl.Collator('zh-CN');

/**
 * The dispatcher's shortlist, best first: qualified technicians before unqualified ones (持证上岗), then
 * those on site, on call, off duty, then the least loaded, then by name. The staff id breaks the last ties
 * so the order never changes between two calls.
 */
export function rankTechnicians<T extends TechnicianStanding>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      Number(b.qualified) - Number(a.qualified) ||
      DUTY_RANK[a.onDuty ?? 'OFF'] - DUTY_RANK[b.onDuty ?? 'OFF'] ||
      a.openOrders - b.openOrders ||
      byName.compare(a.name, b.name) ||
      (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0),
  );
}
