import { DomainError } from '@houqin/platform-errors';
import { ItemLabel } from './requisition-lines';

/** The state of an old unit at a 领新交旧 issue. */
export enum OldUnitCondition {
  /** 磨损: handed back, worn out. */
  WORN_OUT = 'WORN_OUT',
  /** 损坏: handed back, broken. */
  BROKEN = 'BROKEN',
  /** 遗失: declared lost with a note; nothing is handed back, so it needs an exemption. */
  LOST = 'LOST',
}

/** Why the materials office lets new units go out without old ones. */
export enum ExchangeExemptionReason {
  /** 旧品遗失: the old unit is lost (declared LOST at the issue, with a note). */
  LOST = 'LOST',
  /** 新增岗位: a new post, bed or room gets its first unit; there is no old one. */
  NEW_POSITION = 'NEW_POSITION',
}

export const OLD_UNIT_CONDITIONS = Object.values(OldUnitCondition);
export const EXCHANGE_EXEMPTION_REASONS = Object.values(ExchangeExemptionReason);

/** One item of an issue as the rule sees it. */
export interface ExchangeLine {
  itemId: string;
  durable: boolean;
  /** Units issued now. */
  issuing: number;
  /** Units of the line's exemption not used by earlier issues. */
  exemptLeft: number;
}

export interface OldUnit {
  itemId: string;
  quantity: number;
  condition: OldUnitCondition;
  note: string | null;
}

const HANDED_BACK: readonly OldUnitCondition[] = [OldUnitCondition.WORN_OUT, OldUnitCondition.BROKEN];

/**
 * 领新交旧: for a durable item every new unit needs an old one handed back (worn out or broken). Units without
 * one are allowed only within the exemption the materials office granted on the line (lost, new position);
 * a LOST old unit is recorded with its note but, not being handed back, counts only within that exemption.
 * Old units are taken only for durable items issued now, never more than are issued. Returns how much of each
 * line's exemption the issue uses.
 */
export function checkNewForOld(lines: readonly ExchangeLine[], oldUnits: readonly OldUnit[], label: ItemLabel): Map<string, number> {
  for (const unit of oldUnits) {
    if (unit.condition === OldUnitCondition.LOST && !unit.note) throw new DomainError('REQUISITION_LOST_NOTE_REQUIRED', { item: label(unit.itemId) });
  }
  const sum = (itemId: string, conditions: readonly OldUnitCondition[]) =>
    oldUnits.filter((unit) => unit.itemId === itemId && conditions.includes(unit.condition)).reduce((total, unit) => total + unit.quantity, 0);
  for (const itemId of new Set(oldUnits.map((unit) => unit.itemId))) {
    const line = lines.find((candidate) => candidate.itemId === itemId);
    const issued = line?.durable ? line.issuing : 0;
    const returned = sum(itemId, OLD_UNIT_CONDITIONS);
    if (returned > issued) throw new DomainError('REQUISITION_OLD_UNITS_EXCEED_ISSUED', { item: label(itemId), returned, issued });
  }
  const used = new Map<string, number>();
  for (const line of lines.filter((candidate) => candidate.durable)) {
    const returned = sum(line.itemId, HANDED_BACK);
    const shortfall = line.issuing - returned;
    if (shortfall > line.exemptLeft) {
      throw new DomainError('REQUISITION_OLD_UNITS_MISSING', {
        item: label(line.itemId),
        issued: line.issuing,
        returned,
        exempt: line.exemptLeft,
        missing: shortfall - line.exemptLeft,
      });
    }
    if (shortfall > 0) used.set(line.itemId, shortfall);
  }
  return used;
}

/**
 * An exemption replaces the line's earlier one: only for durable items, never below what issues have already
 * used (those units are out), never above the approved quantity.
 */
export function requireExemption(line: { itemId: string; durable: boolean; approved: number; exemptUsed: number }, quantity: number, label: ItemLabel): void {
  if (!line.durable) throw new DomainError('REQUISITION_EXEMPTION_NOT_DURABLE', { item: label(line.itemId) });
  if (quantity < line.exemptUsed || quantity > line.approved) {
    throw new DomainError('REQUISITION_EXEMPTION_OUT_OF_RANGE', { item: label(line.itemId), min: line.exemptUsed, max: line.approved });
  }
}
