import { DomainError, requireText } from '@houqin/platform-errors';
import { ReadingUnit, UNIT_SYMBOLS } from '../common/reading-unit';

/** CHECK is judged by the technician (合格 / 不合格); READING by its value against the item's range. */
export enum PmChecklistItemKind {
  CHECK = 'CHECK',
  READING = 'READING',
}

export const MAX_CHECKLIST_ITEMS = 50;
/** With the plan name (at most 50) and ': ', a corrective order's title stays within its 100 characters. */
const MAX_ITEM_LABEL = 48;

export interface ChecklistItem {
  label: string;
  kind: PmChecklistItemKind;
  /** READING items only, like the range; at least one of min and max. */
  unit: ReadingUnit | null;
  min: number | null;
  max: number | null;
}

export interface ChecklistItemDraft {
  label: string;
  kind: PmChecklistItemKind;
  unit?: ReadingUnit | null;
  min?: number | null;
  max?: number | null;
}

/** The technician's answer to one item: `passed` for a CHECK, `reading` (and optionally its unit) for a READING. */
export interface ChecklistAnswer {
  itemIndex: number;
  passed?: boolean | null;
  reading?: number | null;
  unit?: ReadingUnit | null;
}

export interface ChecklistItemResult extends ChecklistItem {
  itemIndex: number;
  passed: boolean;
  reading: number | null;
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function finite(field: string, value: number | null | undefined): number | null {
  if (!given(value)) return null;
  if (!Number.isFinite(value)) throw new DomainError('INVALID_INPUT', { detail: `${field} must be a number` });
  return value;
}

function checkItem(draft: ChecklistItemDraft, index: number): ChecklistItem {
  const field = `checklist[${index}]`;
  const label = requireText(`${field}.label`, draft.label, MAX_ITEM_LABEL);
  const min = finite(`${field}.min`, draft.min);
  const max = finite(`${field}.max`, draft.max);
  if (draft.kind === PmChecklistItemKind.CHECK) {
    if (given(draft.unit) || min !== null || max !== null) throw new DomainError('INVALID_INPUT', { detail: `${field}: a CHECK item has no unit or range` });
    return { label, kind: draft.kind, unit: null, min: null, max: null };
  }
  if (!given(draft.unit)) throw new DomainError('PM_READING_UNIT_REQUIRED', { field });
  if (min === null && max === null) throw new DomainError('PM_READING_LIMIT_REQUIRED', { field });
  if (min !== null && max !== null && min > max) throw new DomainError('PM_READING_RANGE_INVALID', { field, min, max });
  return { label, kind: draft.kind, unit: draft.unit, min, max };
}

const withUnit = (value: number, unit: ReadingUnit) =>
  unit === ReadingUnit.CELSIUS || unit === ReadingUnit.PERCENT ? `${value}${UNIT_SYMBOLS[unit]}` : `${value} ${UNIT_SYMBOLS[unit]}`;

/**
 * A PM plan's checklist (保养检查表), in order. Completing a task answers every item; an item fails when the
 * technician says so or its reading falls outside [min, max] (limits included in the range).
 */
export class Checklist {
  private constructor(readonly items: readonly ChecklistItem[]) {}

  static of(drafts: readonly ChecklistItemDraft[]): Checklist {
    if (!drafts.length || drafts.length > MAX_CHECKLIST_ITEMS) throw new DomainError('PM_CHECKLIST_SIZE', { max: MAX_CHECKLIST_ITEMS });
    return new Checklist(drafts.map(checkItem));
  }

  /** A checklist as stored (already checked when the plan was created). */
  static stored(items: readonly ChecklistItem[]): Checklist {
    return new Checklist(items);
  }

  /** Judges the answers, one result per item in checklist order; every item must be answered, each once, in its own kind and unit. */
  evaluate(answers: readonly ChecklistAnswer[]): ChecklistItemResult[] {
    const byIndex = new Map<number, ChecklistAnswer>();
    answers.forEach((answer, i) => {
      if (!Number.isInteger(answer.itemIndex) || answer.itemIndex < 0 || answer.itemIndex >= this.items.length)
        throw new DomainError('INVALID_INPUT', { detail: `results[${i}].itemIndex: the checklist has items 0 to ${this.items.length - 1}` });
      if (byIndex.has(answer.itemIndex)) throw new DomainError('INVALID_INPUT', { detail: `results[${i}]: item ${answer.itemIndex} is answered twice` });
      byIndex.set(answer.itemIndex, answer);
    });
    const missing = this.items.filter((_, index) => !byIndex.has(index));
    if (missing.length) throw new DomainError('PM_ANSWER_MISSING', { items: missing.map((item) => item.label).join('、'), count: missing.length });
    return this.items.map((item, itemIndex) => this.judge(item, itemIndex, byIndex.get(itemIndex) as ChecklistAnswer));
  }

  private judge(item: ChecklistItem, itemIndex: number, answer: ChecklistAnswer): ChecklistItemResult {
    if (item.kind === PmChecklistItemKind.CHECK) {
      if (!given(answer.passed) || given(answer.reading) || given(answer.unit))
        throw new DomainError('PM_ANSWER_INVALID', { label: item.label, expected: 'passed (true or false)', expectedZh: '是否合格' });
      return { ...item, itemIndex, passed: answer.passed, reading: null };
    }
    const unit = item.unit as ReadingUnit;
    if (!given(answer.reading) || given(answer.passed))
      throw new DomainError('PM_ANSWER_INVALID', {
        label: item.label,
        expected: `a reading in ${UNIT_SYMBOLS[unit]}`,
        expectedZh: `读数（${UNIT_SYMBOLS[unit]}）`,
      });
    if (given(answer.unit) && answer.unit !== unit) throw new DomainError('PM_READING_UNIT_MISMATCH', { label: item.label, unit: answer.unit, expected: unit });
    const reading = finite(`results[${itemIndex}].reading`, answer.reading) as number;
    const passed = (item.min === null || reading >= item.min) && (item.max === null || reading <= item.max);
    return { ...item, itemIndex, passed, reading };
  }
}

/** What a failed item found, as the corrective work order's description says it: "reading 7.2 bar outside 8–10 bar". */
export function failureDescription(result: ChecklistItemResult): string {
  if (result.kind === PmChecklistItemKind.CHECK || result.reading === null) return 'check failed';
  const unit = result.unit as ReadingUnit;
  const reading = `reading ${withUnit(result.reading, unit)}`;
  if (result.min !== null && result.max !== null) return `${reading} outside ${result.min}–${withUnit(result.max, unit)}`;
  return result.min !== null ? `${reading} below ${withUnit(result.min, unit)}` : `${reading} above ${withUnit(result.max as number, unit)}`;
}
