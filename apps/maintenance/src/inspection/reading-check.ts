import { DomainError } from '@houqin/platform-errors';
import { ReadingUnit, UNIT_SYMBOLS } from '../common/reading-unit';

/** CHECK: looked at and found normal or not (指示灯、异响、渗漏). READING: a value read off a gauge or meter. */
export enum CheckpointKind {
  CHECK = 'CHECK',
  READING = 'READING',
}

export type ExpectedReading = { kind: CheckpointKind.CHECK } | { kind: CheckpointKind.READING; unit: ReadingUnit; min: number | null; max: number | null };

/** What a checkpoint expects, as entered (GraphQL input or stored row). */
export interface ExpectedReadingInput {
  kind: CheckpointKind;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
}

/** One reading as entered: `ok` for a CHECK, `value` and `unit` for a READING. */
export interface ReadingInput {
  ok?: boolean | null;
  value?: number | null;
  unit?: string | null;
}

export interface CheckedReading {
  ok: boolean | null;
  value: number | null;
  unit: ReadingUnit | null;
  /** Outside [min, max], or a CHECK found not ok: either opens a corrective work order. */
  outOfRange: boolean;
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function requireUnit(field: string, value: string): ReadingUnit {
  if (!Object.prototype.hasOwnProperty.call(UNIT_SYMBOLS, value)) throw new DomainError('READING_UNIT_UNKNOWN', { field, unit: String(value).slice(0, 32) });
  return value as ReadingUnit;
}

/** A checkpoint's expectation: a CHECK has no unit or range; a READING has a unit and a min, a max or both (min ≤ max). */
export function requireExpectedReading(field: string, input: ExpectedReadingInput): ExpectedReading {
  if (input.kind === CheckpointKind.CHECK) {
    if (given(input.unit) || given(input.min) || given(input.max)) throw new DomainError('INVALID_INPUT', { detail: `${field}: a CHECK has no unit or range` });
    return { kind: CheckpointKind.CHECK };
  }
  if (!given(input.unit) || (!given(input.min) && !given(input.max))) throw new DomainError('READING_RANGE_REQUIRED', { field });
  const unit = requireUnit(`${field}.unit`, input.unit);
  const min = input.min ?? null;
  const max = input.max ?? null;
  if (min !== null && max !== null && min > max) throw new DomainError('READING_RANGE_INVERTED', { field, min, max });
  return { kind: CheckpointKind.READING, unit, min, max };
}

/**
 * Checks a reading against its checkpoint. A value in another unit than the checkpoint's is refused rather
 * than converted: kPa sent for an MPa gauge is far more often a slip than a deliberate conversion.
 */
export function checkReading(checkpoint: string, expected: ExpectedReading, input: ReadingInput): CheckedReading {
  if (expected.kind === CheckpointKind.CHECK) {
    if (!given(input.ok) || given(input.value) || given(input.unit))
      throw new DomainError('INVALID_INPUT', { detail: `"${checkpoint}" is a check: send ok (true or false), no value` });
    return { ok: input.ok, value: null, unit: null, outOfRange: !input.ok };
  }
  if (!given(input.value) || !given(input.unit) || given(input.ok))
    throw new DomainError('INVALID_INPUT', { detail: `"${checkpoint}" is a reading: send value and unit, not ok` });
  if (!Number.isFinite(input.value)) throw new DomainError('INVALID_INPUT', { detail: `"${checkpoint}": the value must be a number` });
  const unit = requireUnit('unit', input.unit);
  if (unit !== expected.unit) throw new DomainError('READING_UNIT_MISMATCH', { checkpoint, unit: UNIT_SYMBOLS[unit], expected: UNIT_SYMBOLS[expected.unit] });
  const value = input.value;
  const outOfRange = (expected.min !== null && value < expected.min) || (expected.max !== null && value > expected.max);
  return { ok: null, value, unit, outOfRange };
}

/** The expected range as technicians read it: "≤ 85 °C", "≥ 20 %", "0.4–0.6 MPa". */
export function describeExpected(expected: ExpectedReading): string {
  if (expected.kind === CheckpointKind.CHECK) return '正常';
  const symbol = UNIT_SYMBOLS[expected.unit];
  if (expected.min !== null && expected.max !== null) return `${expected.min}–${expected.max} ${symbol}`;
  return expected.max !== null ? `≤ ${expected.max} ${symbol}` : `≥ ${expected.min} ${symbol}`;
}

/** What was found: "92 °C", or 正常 / 异常 for a check. */
export const describeReading = (reading: CheckedReading): string =>
  reading.unit !== null ? `${reading.value} ${UNIT_SYMBOLS[reading.unit]}` : reading.ok ? '正常' : '异常';
