import { CampusScope, Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';

/** Reports cover at most three years; lists of rounds or calls a month. */
export const MAX_REPORT_DAYS = 366 * 3;

/** A period [from, to): `to` after `from`, at most `maxDays` apart. */
export function requirePeriod(from: Date, to: Date, maxDays: number = MAX_REPORT_DAYS): void {
  if (!(from < to)) {
    throw new DomainError('INVALID_DATE_RANGE', {
      field: 'to',
      value: to.toISOString(),
      relation: 'after',
      relationZh: '晚于',
      other: 'from',
      otherValue: from.toISOString(),
    });
  }
  if (to.getTime() - from.getTime() > maxDays * 86_400_000) throw new DomainError('INVALID_INPUT', { detail: `from and to are at most ${maxDays} days apart` });
}

/** The campuses a report covers: the one asked for (the caller must see it), else every campus the caller sees (null = all). */
export function reportCampuses(identity: Identity, campusId: string | null | undefined): string[] | null {
  return campusId ? [requireCampusInScope(identity, campusId)] : CampusScope.of(identity).filter();
}
