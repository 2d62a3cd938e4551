import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError, requireUuid } from '@houqin/platform-errors';
import { isReusable, MAX_WEIGHT_GRAMS, WasteContainerKind } from '../waste-container/waste-category';

const HOUR_MS = 3_600_000;
/** A paper handover sheet (the PDA was flat, the network down) may be entered this long afterwards (补录). */
export const LATE_ENTRY_HOURS = 72;
/** Phones and the server disagree by a few seconds. */
const CLOCK_SKEW_MS = 60_000;

/** A weighing the container can really hold: a reading outside it is a scale or typing error. */
export function requireSaneWeight(kind: WasteContainerKind, weightGrams: number): number {
  const maxGrams = MAX_WEIGHT_GRAMS[kind];
  if (!Number.isInteger(weightGrams) || weightGrams <= 0 || weightGrams > maxGrams) {
    throw new DomainError('WASTE_WEIGHT_OUT_OF_RANGE', { weightGrams: String(weightGrams), maxGrams });
  }
  return weightGrams;
}

/**
 * A container is scanned once per load: while a load is on its way to disposal, and ever again for a bag or a box
 * (they leave with the waste). A second scan is a duplicate entry that would double the ward's weight.
 */
export function requireCollectable(kind: WasteContainerKind, history: { open: boolean; ever: boolean }): void {
  if (history.open) throw new DomainError('WASTE_CONTAINER_ALREADY_COLLECTED', { reason: 'its load is not yet transferred', reasonZh: '上一批尚未转运' });
  if (history.ever && !isReusable(kind)) throw new DomainError('WASTE_CONTAINER_ALREADY_COLLECTED', { reason: 'it is single-use', reasonZh: '一次性容器' });
}

/**
 * When a step of the chain happened: now unless the caller enters it late from paper; never in the future, never
 * more than LATE_ENTRY_HOURS back, never before the step it follows (a load is not stored before it was signed over).
 */
export function stepTime(field: string, requested: Date | null | undefined, previous: Date | null, now: Date): Date {
  const at = requested ?? now;
  const earliest = new Date(Math.max(now.getTime() - LATE_ENTRY_HOURS * HOUR_MS, previous?.getTime() ?? 0));
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS || at < earliest) {
    throw new DomainError('WASTE_TIME_OUT_OF_RANGE', {
      field,
      value: Number.isNaN(at.getTime()) ? String(requested) : chinaDateTime(at),
      earliest: chinaDateTime(earliest),
      latest: chinaDateTime(now),
    });
  }
  return at;
}

/** A cart is well under this many loads; more is a client fault. */
export const STEP_MAX = 200;

/** The loads a step is taken for: 1–200 distinct ids. */
export function requireCollectionIds(ids: readonly string[]): string[] {
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > STEP_MAX)
    throw new DomainError('INVALID_INPUT', { detail: `collectionIds must list 1–${STEP_MAX} loads` });
  return [...new Set(ids.map((id) => requireUuid('collectionIds', id)))];
}
