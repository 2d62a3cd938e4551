import { chinaInstant, chinaMonthRange } from '@houqin/platform-calendar';
import { occupiedBedDays } from './occupied-bed-days';

const december = chinaMonthRange('2026-12') as { from: Date; to: Date };
const later = chinaInstant('2027-02-01', '00:00');

describe('occupied bed-days (实际占用总床日数)', () => {
  it('counts a patient at each 24:00 census they are in hospital for, within the month', () => {
    // In from November: counted at the ends of 1 and 2 December, gone before the end of the 3rd.
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-11-28', '10:00'), dischargedAt: chinaInstant('2026-12-03', '09:00') }], december, later)).toBe(2);
    // Still in at the month's end: the ends of 30 and 31 December.
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-30', '08:00'), dischargedAt: null }], december, later)).toBe(2);
    // One night.
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-10', '08:00'), dischargedAt: chinaInstant('2026-12-11', '10:00') }], december, later)).toBe(1);
    // Stays wholly in other months count nothing here.
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-11-01', '08:00'), dischargedAt: chinaInstant('2026-11-20', '08:00') }], december, later)).toBe(0);
  });

  it('counts a patient admitted and discharged on the same day as one bed-day', () => {
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-10', '08:00'), dischargedAt: chinaInstant('2026-12-10', '17:00') }], december, later)).toBe(1);
    // A day case that ends just after midnight is a night in hospital, counted once by the census.
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-10', '23:00'), dischargedAt: chinaInstant('2026-12-11', '00:30') }], december, later)).toBe(1);
  });

  it('counts a month not over only up to the last census taken', () => {
    const now = chinaInstant('2026-12-15', '12:00');
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-11-20', '08:00'), dischargedAt: null }], december, now)).toBe(14);
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-15', '08:00'), dischargedAt: chinaInstant('2026-12-15', '11:00') }], december, now)).toBe(1);
    expect(occupiedBedDays([{ admittedAt: chinaInstant('2026-12-15', '08:00'), dischargedAt: chinaInstant('2026-12-15', '18:00') }], december, now)).toBe(0);
  });

  it('adds the stays up', () => {
    const stays = [
      { admittedAt: chinaInstant('2026-12-01', '09:00'), dischargedAt: chinaInstant('2026-12-08', '09:00') },
      { admittedAt: chinaInstant('2026-12-05', '09:00'), dischargedAt: chinaInstant('2026-12-05', '15:00') },
      { admittedAt: chinaInstant('2026-12-31', '20:00'), dischargedAt: null },
    ];
    expect(occupiedBedDays(stays, december, later)).toBe(7 + 1 + 1);
  });
});
