import { DomainError, ReferenceMismatch } from '@houqin/platform-errors';

/** Text limits of the directory (the platform's: names 100, codes 32, longer free text 2000). */
export const NAME_MAX = 100;
export const CODE_MAX = 32;
export const TEXT_MAX = 2000;

export { isUuid } from '@houqin/platform-errors';

export { ReferenceMismatch } from '@houqin/platform-errors';

/** A named thing in both languages, for error sentences. */
export interface Noun {
  zh: string;
  en: string;
}

/** Directory rows only ever point at rows of their own campus (a ward's department, a technician's team). */
export function requireSameCampus(campusId: string, referenced: { campusId: string } | null, noun: Noun): void {
  if (referenced && referenced.campusId !== campusId) throw new ReferenceMismatch(`${noun.zh}不属于该院区`, `The ${noun.en} is not on this campus`);
}

/** A phone number as staff type them: digits with optional +, - and spaces (e.g. 021-6404 1990, +86 138...). */
export function optionalPhone(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const phone = value.trim();
  if (!/^\+?[0-9][0-9 -]{2,30}$/.test(phone)) throw new DomainError('INVALID_INPUT', { detail: 'phone must be digits, spaces, - or a leading +' });
  return phone;
}
