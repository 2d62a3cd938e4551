import { DomainError, requireIsoDate } from '@houqin/platform-errors';

/** Something that has already happened (commissioning, an inspection) cannot be dated after today. */
export function requireNotInFuture(field: string, date: string, today: string): string {
  if (date > today) throw new DomainError('DATE_IN_FUTURE', { field, value: date });
  return date;
}

/** `later` must fall after `earlier`, or on the same day too when `sameDayAllowed`. */
export function requireDateOrder(later: { field: string; value: string }, earlier: { field: string; value: string }, sameDayAllowed: boolean): void {
  if (later.value > earlier.value || (sameDayAllowed && later.value === earlier.value)) return;
  throw new DomainError('INVALID_DATE_RANGE', {
    field: later.field,
    value: later.value,
    other: earlier.field,
    otherValue: earlier.value,
    relation: sameDayAllowed ? 'on or after' : 'after',
    relationZh: sameDayAllowed ? '不早于' : '晚于',
  });
}

/**
 * A certificate's period as entered (an inspection certificate, an operator's licence): issued or inspected
 * by today, valid until a later day, and not already expired — an expired certificate proves nothing today.
 */
export function requireCertificatePeriod(
  issued: { field: string; value: string },
  validUntilValue: string,
  today: string,
): { issuedOn: string; validUntil: string } {
  const issuedOn = requireNotInFuture(issued.field, requireIsoDate(issued.field, issued.value), today);
  const validUntil = requireIsoDate('validUntil', validUntilValue);
  requireDateOrder({ field: 'validUntil', value: validUntil }, { field: issued.field, value: issuedOn }, false);
  if (validUntil < today) throw new DomainError('CERTIFICATE_EXPIRED', { validUntil });
  return { issuedOn, validUntil };
}
