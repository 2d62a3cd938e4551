import { DomainError, requireNonNegativeInt } from '@houqin/platform-errors';

/** Amounts fit the integer columns with room to spare: 2,000 万元. */
export const MAX_FEN = 2_000_000_000;

/** An amount of money in fen (分): a whole number, not negative, at most MAX_FEN. */
export function requireFen(field: string, value: number): number {
  if (requireNonNegativeInt(field, value) > MAX_FEN) throw new DomainError('INVALID_INPUT', { detail: `${field}: at most ${MAX_FEN} fen` });
  return value;
}
