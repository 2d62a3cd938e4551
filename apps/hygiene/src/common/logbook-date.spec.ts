import { domainErrorCode } from '@houqin/platform-errors';
import { requireLoggedDate } from './logbook-date';

describe('a logbook date', () => {
  // 2026-06-01 17:00 UTC is already 2 June in Beijing.
  const now = new Date('2026-06-01T17:00:00Z');

  it('is a real date up to today in Beijing', () => {
    expect(requireLoggedDate('visitedOn', '2026-06-02', now)).toBe('2026-06-02');
    expect(domainErrorCode(() => requireLoggedDate('visitedOn', '2026-06-03', now))).toBe('DATE_IN_FUTURE');
    expect(domainErrorCode(() => requireLoggedDate('visitedOn', '2026-02-30', now))).toBe('INVALID_INPUT');
  });
});
