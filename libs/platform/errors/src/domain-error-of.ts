import { DomainError } from './domain-error';

/** The DomainError a rule throws (for unit tests of guards and domain rules); fails if it throws nothing else. */
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
