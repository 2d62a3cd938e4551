import { hoursHeld, isOverdue, StorageThreshold, thresholdDueAt, thresholdsReached } from './storage-clock';

const HOUR = 3_600_000;
const collectedAt = new Date('2026-12-05T00:30:00Z');
const after = (hours: number) => new Date(collectedAt.getTime() + hours * HOUR);

describe('the 48 h storage clock', () => {
  it('reaches the 24 h warning and the 48 h limit at the hour, not a moment before', () => {
    expect(thresholdsReached(collectedAt, after(23.99))).toEqual([]);
    expect(thresholdsReached(collectedAt, after(24))).toEqual([StorageThreshold.HOURS_24]);
    expect(thresholdsReached(collectedAt, after(47.99))).toEqual([StorageThreshold.HOURS_24]);
    expect(thresholdsReached(collectedAt, after(48))).toEqual([StorageThreshold.HOURS_24, StorageThreshold.HOURS_48]);
    expect(thresholdDueAt(collectedAt, StorageThreshold.HOURS_48).toISOString()).toBe('2026-12-07T00:30:00.000Z');
  });

  it('counts a load overdue only past 48 h, in whole hours held', () => {
    expect(isOverdue(collectedAt, after(48))).toBe(false);
    expect(isOverdue(collectedAt, after(48.01))).toBe(true);
    expect(hoursHeld(collectedAt, after(47.99))).toBe(47);
    expect(hoursHeld(collectedAt, after(-1))).toBe(0);
  });
});
