import { DomainError } from '@houqin/platform-errors';

/** How an item of a score sheet is judged. */
export enum SheetItemKind {
  /** The inspector's eye: done or not (地面无污渍、垃圾桶已清空). */
  CHECK = 'CHECK',
  /** ATP bioluminescence swab (ATP 生物荧光检测): passes at or below the item's RLU limit. */
  ATP = 'ATP',
  /** Fluorescent markers (荧光标记法) put on before cleaning: passes when enough of them were wiped off. */
  FLUORESCENT = 'FLUORESCENT',
}

export interface SheetItem {
  /** Stable within the sheet (`bed-rail`): the monthly figures and the failed-item events name it. */
  key: string;
  label: string;
  kind: SheetItemKind;
  /** Points of the item; a sheet's score is the passed items' share of all points. */
  weight: number;
  /** ATP only: the highest passing reading. */
  maxRlu: number | null;
  /** FLUORESCENT only: the lowest passing clearance rate, in percent of the marks. */
  minClearancePercent: number | null;
}

/** What the inspector found for one item: `ok` for a CHECK, `rlu` for ATP, `marked`/`removed` for FLUORESCENT. */
export interface ItemReading {
  key: string;
  ok?: boolean | null;
  rlu?: number | null;
  marked?: number | null;
  removed?: number | null;
}

export interface ItemOutcome {
  item: SheetItem;
  passed: boolean;
  /** What was found, in the words of the paper sheet (Chinese): kept with the result and sent with a failure. */
  finding: string;
  rlu: number | null;
  marked: number | null;
  removed: number | null;
}

export interface SheetResult {
  outcomes: ItemOutcome[];
  /** 0–100, one decimal. */
  score: number;
  passed: boolean;
}

export const SHEET_LIMITS = { items: 40, weight: 100, rlu: 100_000, marks: 500, keyLength: 40, labelLength: 60 } as const;

const KEY = /^[a-z0-9][a-z0-9-]*$/;

const invalid = (detail: string) => new DomainError('INVALID_INPUT', { detail });

const isIntIn = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The fluorescent-marker clearance rate (清除率), in percent: marks wiped off over marks put on. */
export function clearancePercent(marked: number, removed: number): number {
  return Math.round((removed / marked) * 1000) / 10;
}

/** An ATP reading passes at or below the limit: RLU grow with the organic soil left on the surface. */
export const atpPasses = (rlu: number, maxRlu: number): boolean => rlu <= maxRlu;

/**
 * A score sheet (评分表) for one kind of zone: weighted items, of which the ATP and fluorescent-marker spot
 * checks are judged from their readings. Built only through `of`, which refuses a sheet that could not be scored.
 */
export class ScoreSheet {
  private constructor(
    readonly items: readonly SheetItem[],
    /** The score at or above which the inspection passes (合格). */
    readonly passScore: number,
  ) {}

  static of(items: readonly SheetItem[], passScore: number): ScoreSheet {
    if (!items.length || items.length > SHEET_LIMITS.items) throw invalid(`a score sheet has 1 to ${SHEET_LIMITS.items} items`);
    if (!isIntIn(passScore, 1, 100)) throw invalid('passScore must be a whole number from 1 to 100');
    const keys = new Set<string>();
    for (const item of items) {
      if (!KEY.test(item.key) || item.key.length > SHEET_LIMITS.keyLength) throw invalid(`item key "${item.key}": lower-case letters, digits and -`);
      if (keys.has(item.key)) throw new DomainError('DUPLICATE', { entity: 'item', value: item.key });
      keys.add(item.key);
      if (!item.label.trim() || item.label.length > SHEET_LIMITS.labelLength)
        throw invalid(`item ${item.key}: label of 1 to ${SHEET_LIMITS.labelLength} characters`);
      if (!isIntIn(item.weight, 1, SHEET_LIMITS.weight)) throw invalid(`item ${item.key}: weight from 1 to ${SHEET_LIMITS.weight}`);
      const atp = item.kind === SheetItemKind.ATP;
      const fluorescent = item.kind === SheetItemKind.FLUORESCENT;
      if (atp !== (item.maxRlu !== null) || (atp && !isIntIn(item.maxRlu, 1, SHEET_LIMITS.rlu)))
        throw invalid(`item ${item.key}: maxRlu (1 to ${SHEET_LIMITS.rlu}) on ATP items and on no others`);
      if (fluorescent !== (item.minClearancePercent !== null) || (fluorescent && !isIntIn(item.minClearancePercent, 1, 100)))
        throw invalid(`item ${item.key}: minClearancePercent (1 to 100) on fluorescent items and on no others`);
    }
    return new ScoreSheet(items, passScore);
  }

  /** Judges one reading per item (no more, no fewer) and scores the sheet. */
  judge(readings: readonly ItemReading[]): SheetResult {
    const byKey = new Map<string, ItemReading>();
    for (const reading of readings) {
      if (!this.items.some((item) => item.key === reading.key)) throw new DomainError('INSPECTION_ITEM_UNKNOWN', { item: reading.key });
      if (byKey.has(reading.key)) throw new DomainError('DUPLICATE', { entity: 'item', value: reading.key });
      byKey.set(reading.key, reading);
    }
    const outcomes = this.items.map((item) => {
      const reading = byKey.get(item.key);
      if (!reading) throw new DomainError('INSPECTION_READING_MISSING', { item: item.label });
      return judgeItem(item, reading);
    });
    const total = this.items.reduce((sum, item) => sum + item.weight, 0);
    const earned = outcomes.filter((o) => o.passed).reduce((sum, o) => sum + o.item.weight, 0);
    const score = Math.round((earned / total) * 1000) / 10;
    return { outcomes, score, passed: score >= this.passScore };
  }
}

function judgeItem(item: SheetItem, reading: ItemReading): ItemOutcome {
  const none = { rlu: null, marked: null, removed: null };
  const mismatch = () => new DomainError('INSPECTION_READING_MISMATCH', { item: item.label, kind: item.kind });
  switch (item.kind) {
    case SheetItemKind.CHECK: {
      if (typeof reading.ok !== 'boolean' || reading.rlu != null || reading.marked != null || reading.removed != null) throw mismatch();
      return { item, passed: reading.ok, finding: reading.ok ? '合格' : '不合格', ...none };
    }
    case SheetItemKind.ATP: {
      const rlu = reading.rlu;
      if (!isIntIn(rlu, 0, SHEET_LIMITS.rlu) || reading.ok != null || reading.marked != null || reading.removed != null) throw mismatch();
      const maxRlu = item.maxRlu as number;
      return { item, passed: atpPasses(rlu, maxRlu), finding: `ATP ${rlu} RLU，限值 ${maxRlu} RLU`, ...none, rlu };
    }
    case SheetItemKind.FLUORESCENT: {
      const { marked, removed } = reading;
      if (!isIntIn(marked, 1, SHEET_LIMITS.marks) || !isIntIn(removed, 0, marked) || reading.ok != null || reading.rlu != null) throw mismatch();
      const percent = clearancePercent(marked, removed);
      const min = item.minClearancePercent as number;
      return { item, passed: percent >= min, finding: `荧光标记清除 ${removed}/${marked}（${percent}%），要求 ≥ ${min}%`, ...none, marked, removed };
    }
  }
}
