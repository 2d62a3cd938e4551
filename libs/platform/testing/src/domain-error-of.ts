import { DomainError } from '@houqin/platform-errors';

/** The DomainError a domain rule throws, for unit tests that check its code and params. */
export function domainErrorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

export const domainErrorCode = (fn: () => unknown): string => domainErrorOf(fn).code;
