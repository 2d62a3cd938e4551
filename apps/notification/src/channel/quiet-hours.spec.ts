import { chinaInstant } from '@houqin/platform-calendar';
import { QuietHours } from './quiet-hours';

// Instants written in Beijing time; the server's own zone plays no part.
/** A Beijing wall-clock moment, YYYY-MM-DDTHH:MM[:SS]. */
const bj = (local: string) => chinaInstant(local.slice(0, 10), local.slice(11));

describe('quiet hours (Beijing time)', () => {
  const quiet = QuietHours.DEFAULT;

  it('holds non-urgent messages from 22:00 to 07:00 Beijing time and releases them at 07:00', () => {
    expect(quiet.releaseAt('INFO', bj('2026-12-07T21:59:59'))).toEqual(bj('2026-12-07T21:59:59'));
    expect(quiet.releaseAt('INFO', bj('2026-12-07T22:00:00'))).toEqual(bj('2026-12-08T07:00:00'));
    expect(quiet.releaseAt('WARNING', bj('2026-12-07T23:45:00'))).toEqual(bj('2026-12-08T07:00:00'));
    // After midnight the window ends the same Beijing day, though it is still the previous day in UTC.
    expect(quiet.releaseAt('WARNING', bj('2026-12-08T03:10:00'))).toEqual(bj('2026-12-08T07:00:00'));
    expect(quiet.releaseAt('INFO', bj('2026-12-08T06:59:59'))).toEqual(bj('2026-12-08T07:00:00'));
    expect(quiet.releaseAt('INFO', bj('2026-12-08T07:00:00'))).toEqual(bj('2026-12-08T07:00:00'));
  });

  it('lets urgent messages through at any hour', () => {
    expect(quiet.releaseAt('URGENT', bj('2026-12-08T02:30:00'))).toEqual(bj('2026-12-08T02:30:00'));
  });

  it('crosses month and year ends', () => {
    expect(quiet.releaseAt('INFO', bj('2026-12-31T23:00:00'))).toEqual(bj('2027-01-01T07:00:00'));
    expect(quiet.releaseAt('INFO', bj('2027-02-28T22:30:00'))).toEqual(bj('2027-03-01T07:00:00'));
  });

  it('knows windows that do not run past midnight', () => {
    const lunch = QuietHours.parse('12:00-13:30');
    expect(lunch.contains(bj('2026-12-07T11:59:00'))).toBe(false);
    expect(lunch.contains(bj('2026-12-07T12:00:00'))).toBe(true);
    expect(lunch.releaseAt('INFO', bj('2026-12-07T12:40:00'))).toEqual(bj('2026-12-07T13:30:00'));
    expect(lunch.contains(bj('2026-12-07T13:30:00'))).toBe(false);
    expect(lunch.contains(bj('2026-12-07T23:00:00'))).toBe(false);
  });

  it('reads the setting and refuses nonsense', () => {
    expect(QuietHours.parse(' 22:00 - 07:00 ')).toEqual(QuietHours.DEFAULT);
    for (const bad of ['22:00', '22-07', '24:00-07:00', '22:00-07:00-08:00', '08:00-08:00']) expect(() => QuietHours.parse(bad)).toThrow(/quiet hours/);
  });
});
