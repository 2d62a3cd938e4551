import { DomainError } from '@houqin/platform-errors';

/** Clock skew tolerated between the caller's device and the server. */
const SKEW_MS = 5 * 60_000;

/** A moment that has already happened (a receipt entered after the fact), or null when absent. */
export function optionalPastTime(field: string, value: Date | null | undefined, now: Date): Date | null {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime()) || value.getTime() > now.getTime() + SKEW_MS)
    throw new DomainError('INVALID_INPUT', { detail: `${field} must not be in the future` });
  return value;
}

/** Rejects empty and oversized line lists before any lookup. */
export function requireLines<T>(field: string, lines: readonly T[] | null | undefined, max: number): readonly T[] {
  if (!lines || lines.length === 0) throw new DomainError('INVALID_INPUT', { detail: `${field} must not be empty` });
  if (lines.length > max) throw new DomainError('INVALID_INPUT', { detail: `${field}: at most ${max} lines` });
  return lines;
}
