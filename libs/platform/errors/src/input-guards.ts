import { DomainError } from './domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Checks shared by every service's input handling, so the same mistake gets the same error everywhere. */
export function requireUuid(field: string, value: string): string {
  if (!isUuid(value)) throw new DomainError('INVALID_ID', { field, value: String(value).slice(0, 64) });
  return value.toLowerCase();
}

export function optionalUuid(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : requireUuid(field, value);
}

export function requireText(field: string, value: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new DomainError('TEXT_REQUIRED', { field });
  if ([...text].length > max) throw new DomainError('TEXT_TOO_LONG', { field, max });
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(field, value, max);
}

export function requirePositiveInt(field: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) throw new DomainError('QUANTITY_NOT_POSITIVE', { field });
  return value;
}

export function requireNonNegativeInt(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new DomainError('INVALID_INPUT', { detail: `${field} < 0` });
  return value;
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export function requireIsoDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new DomainError('INVALID_INPUT', { detail: `${field} must be a date YYYY-MM-DD` });
  return value;
}

/** `requireIsoDate`, or null when absent (empty counts as absent). */
export function optionalIsoDate(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : requireIsoDate(field, value);
}
