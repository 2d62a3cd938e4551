import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { optionalPastTime, requireLines } from './input-rules';

describe('optionalPastTime', () => {
  const now = new Date('2025-06-01T08:00:00Z');
  it('accepts the past and a little clock skew', () => {
    expect(optionalPastTime('receivedAt', new Date('2025-05-01T00:00:00Z'), now)).toEqual(new Date('2025-05-01T00:00:00Z'));
    expect(optionalPastTime('receivedAt', new Date('2025-06-01T08:04:00Z'), now)).not.toBeNull();
  });
  it('rejects the future', () => {
    expect(codeOf(() => optionalPastTime('receivedAt', new Date('2025-06-02T00:00:00Z'), now))).toBe('INVALID_INPUT');
  });
});

describe('requireLines', () => {
  it('rejects empty and too long lists', () => {
    expect(codeOf(() => requireLines('lines', [], 3))).toBe('INVALID_INPUT');
    expect(codeOf(() => requireLines('lines', [1, 2, 3, 4], 3))).toBe('INVALID_INPUT');
    expect(requireLines('lines', [1, 2], 3)).toEqual([1, 2]);
  });
});
