import { durationParts, slaCountdown } from './sla-countdown';

const order = (status: string, pausedSince: string | null = null) => ({
  status,
  submittedAt: '2026-12-07T08:00:00Z',
  sla: { responseDueAt: '2026-12-07T08:30:00Z', resolutionDueAt: '2026-12-07T12:00:00Z', pausedSince },
});
const at = (time: string) => new Date(`2026-12-07T${time}Z`);

describe('slaCountdown', () => {
  it('counts the response clock until the order is accepted, then the resolution clock', () => {
    expect(slaCountdown(order('SUBMITTED'), at('08:10:00'))).toEqual({ clock: 'response', level: 'ok', remainingMs: 20 * 60_000 });
    expect(slaCountdown(order('DISPATCHED'), at('08:10:00')).clock).toBe('response');
    expect(slaCountdown(order('ACCEPTED'), at('08:10:00'))).toEqual({ clock: 'resolution', level: 'ok', remainingMs: (3 * 60 + 50) * 60_000 });
    expect(slaCountdown(order('IN_PROGRESS'), at('08:10:00')).clock).toBe('resolution');
  });

  it('turns amber with less than a quarter of the window left and red once past due', () => {
    // Response window 30 min: a quarter is 7.5 min.
    expect(slaCountdown(order('SUBMITTED'), at('08:22:00')).level).toBe('ok');
    expect(slaCountdown(order('SUBMITTED'), at('08:23:00')).level).toBe('amber');
    expect(slaCountdown(order('SUBMITTED'), at('08:30:00')).level).toBe('amber');
    expect(slaCountdown(order('SUBMITTED'), at('08:31:00'))).toEqual({ clock: 'response', level: 'red', remainingMs: -60_000 });
    // Resolution window 4 h: amber from 11:00.
    expect(slaCountdown(order('IN_PROGRESS'), at('10:59:00')).level).toBe('ok');
    expect(slaCountdown(order('IN_PROGRESS'), at('11:01:00')).level).toBe('amber');
  });

  it('stands still while the resolution clock is paused, at what was left when it stopped', () => {
    expect(slaCountdown(order('IN_PROGRESS', '2026-12-07T11:30:00Z'), at('13:00:00'))).toEqual({
      clock: 'resolution',
      level: 'paused',
      remainingMs: 30 * 60_000,
    });
  });

  it('has nothing to count once the work is done or cancelled', () => {
    for (const status of ['COMPLETED', 'SIGNED_OFF', 'CLOSED', 'CANCELLED']) expect(slaCountdown(order(status), at('13:00:00')).level).toBe('done');
  });
});

describe('durationParts', () => {
  it('splits into days, hours and minutes, overdue or not', () => {
    expect(durationParts(80 * 60_000)).toEqual({ days: 0, hours: 1, minutes: 20 });
    expect(durationParts(-(26 * 60 + 5) * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(durationParts(59_999)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
