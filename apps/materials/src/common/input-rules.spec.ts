import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { optionalIsoDate, optionalPastTime, requireLines } from './input-rules';

describe('optionalIsoDate', () => {
  it('accepts real dates and treats absence as null', () => {
    expect(optionalIsoDate('expiresOn', '2027-02-28')).toBe('2027-02-28');
    expect(optionalIsoDate('expiresOn', '2028-02-29')).toBe('2028-02-29');
    expect(optionalIsoDate('expiresOn', null)).toBeNull();
    expect(optionalIsoDate('expiresOn', undefined)).toBeNull();
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2027-02-30', '2027-13-01', '27-01-01', '2027/01/01', '2027-01-01T00:00:00Z']) {
      expect(codeOf(() => optionalIsoDate('expiresOn', bad))).toBe('INVALID_INPUT');
    }
  });
});

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
