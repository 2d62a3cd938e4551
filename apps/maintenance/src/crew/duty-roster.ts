import { DomainError } from '@houqin/platform-errors';

/** 在岗班次 is someone working on site; 值班 / 备班 (24h on call) is someone who can be called in. */
export enum DutyKind {
  SHIFT = 'SHIFT',
  ON_CALL = 'ON_CALL',
}

export const DUTY_KIND_LABELS_ZH: Record<DutyKind, string> = { SHIFT: '在岗班次', ON_CALL: '值班' };

/** A 24h on-call duty is the longest; anything longer is a typing mistake (and the overlap query relies on it). */
export const MAX_SHIFT_HOURS = 24;
export const MAX_SHIFT_MS = MAX_SHIFT_HOURS * 3600_000;
/** A month's roster of a large campus in one call, while keeping one transaction and one event reasonable. */
export const MAX_SHIFTS_PER_CALL = 500;
export const MAX_ROSTER_DAYS = 31;

/** When two duties are held at once, being on site counts more than being on call. */
export function strongestDuty(kinds: readonly DutyKind[]): DutyKind | null {
  if (kinds.includes(DutyKind.SHIFT)) return DutyKind.SHIFT;
  return kinds.includes(DutyKind.ON_CALL) ? DutyKind.ON_CALL : null;
}

function requireOrder(field: string, from: Date, other: string, to: Date): void {
  if (to > from) return;
  throw new DomainError('INVALID_DATE_RANGE', {
    field: other,
    value: to.toISOString(),
    relation: 'after',
    relationZh: '晚于',
    other: field,
    otherValue: from.toISOString(),
  });
}

/** A shift ends after it starts and lasts at most a day. `field` names it in the input (shifts[3]). */
export function checkShiftTimes(field: string, startsAt: Date, endsAt: Date): void {
  requireOrder(`${field}.startsAt`, startsAt, `${field}.endsAt`, endsAt);
  if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_MS) throw new DomainError('DUTY_SHIFT_TOO_LONG', { field, max: MAX_SHIFT_HOURS });
}

/** The period a roster is read for: `to` after `from`, at most a month. */
export function checkRosterPeriod(from: Date, to: Date): void {
  requireOrder('from', from, 'to', to);
  if (to.getTime() - from.getTime() > MAX_ROSTER_DAYS * 86_400_000)
    throw new DomainError('INVALID_INPUT', { detail: `a roster covers at most ${MAX_ROSTER_DAYS} days` });
}
