import { daysBetween } from '@houqin/platform-calendar';
import { DomainError } from '@houqin/platform-errors';
import { Pest } from './pest';

export interface FindingEntry {
  locationId: string;
  pest: Pest;
  sighted: boolean;
  density: number | null;
}

/**
 * A visit's findings as entered: each in one of the areas treated, and each saying something (a sighting, or the
 * density the contractor measured: rodent traces per 100 m², cockroaches per trap-night, …).
 */
export function checkFindings<F extends FindingEntry>(findings: readonly F[], areas: ReadonlySet<string>, locationName: (id: string) => string): F[] {
  for (const finding of findings) {
    if (!areas.has(finding.locationId)) throw new DomainError('PEST_FINDING_OUTSIDE_VISIT', { location: locationName(finding.locationId) });
    if (finding.density !== null && !(Number.isFinite(finding.density) && finding.density >= 0)) {
      throw new DomainError('MEASUREMENT_OUT_OF_RANGE', { field: 'density', min: 0, max: '∞', value: String(finding.density) });
    }
    if (!finding.sighted && !finding.density) throw new DomainError('PEST_FINDING_EMPTY');
  }
  return [...findings];
}

/** Whole days a re-check due on `dueOn` is late on `today` (0 when not yet late). */
export const daysOverdue = (dueOn: string, today: string): number => Math.max(0, daysBetween(dueOn, today));

/** A re-check date: after the day the follow-up was opened or last re-checked. */
export function requireDueAfter(field: string, dueOn: string, after: string): string {
  if (dueOn <= after)
    throw new DomainError('INVALID_DATE_RANGE', { field, value: dueOn, relationZh: '晚于', relation: 'after', other: 'today', otherValue: after });
  return dueOn;
}
