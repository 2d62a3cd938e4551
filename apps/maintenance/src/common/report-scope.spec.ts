import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { reportCampuses, requirePeriod } from './report-scope';

const at = (iso: string) => new Date(iso);
const EAST = '0196a1e0-0001-7000-8000-000000001000';
const WEST = '0196a1e0-0001-7000-8000-000000002000';

describe('report scope', () => {
  it('bounds the period of a list or report', () => {
    expect(() => requirePeriod(at('2026-06-01T00:00:00Z'), at('2026-07-02T00:00:00Z'), 31)).not.toThrow();
    expect(codeOf(() => requirePeriod(at('2026-06-01T00:00:00Z'), at('2026-07-02T00:00:01Z'), 31))).toBe('INVALID_INPUT');
    expect(codeOf(() => requirePeriod(at('2026-06-01T00:00:00Z'), at('2026-06-01T00:00:00Z'), 31))).toBe('INVALID_DATE_RANGE');
    expect(codeOf(() => requirePeriod(at('2020-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z')))).toBe('INVALID_INPUT');
  });

  it('covers the campus asked for if the caller sees it, else every campus the caller sees', () => {
    const admin: Identity = { subject: 'a', staffId: null, name: 'a', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
    const analyst: Identity = { subject: 'b', staffId: null, name: 'b', roles: [Role.ANALYST], campusIds: [] };
    expect(reportCampuses(admin, EAST)).toEqual([EAST]);
    expect(reportCampuses(admin, null)).toEqual([EAST]);
    expect(codeOf(() => reportCampuses(admin, WEST))).toBe('FORBIDDEN');
    expect(reportCampuses(analyst, undefined)).toBeNull();
  });
});
