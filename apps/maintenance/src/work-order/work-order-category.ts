import { DomainError, requireText } from '@houqin/platform-errors';

const CATEGORY = /^[A-Z][A-Z_]{1,31}$/;

/** A repair category (trade), upper case: PLUMBING, ELECTRICAL, HVAC, ELEVATOR, ... */
export function requireCategory(field: string, value: string): string {
  const category = requireText(field, value, 32).toUpperCase();
  if (!CATEGORY.test(category)) throw new DomainError('INVALID_INPUT', { detail: `${field}: letters and _ only, e.g. PLUMBING` });
  return category;
}
