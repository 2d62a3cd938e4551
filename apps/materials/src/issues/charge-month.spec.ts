import { chargeMonthRange } from './charge-month';

describe('chargeMonthRange', () => {
  it('spans the month in Beijing time', () => {
    expect(chargeMonthRange('2025-03')).toEqual({ from: new Date('2025-02-28T16:00:00Z'), to: new Date('2025-03-31T16:00:00Z') });
  });

  it('rolls December into January of the next year', () => {
    expect(chargeMonthRange('2025-12')).toEqual({ from: new Date('2025-11-30T16:00:00Z'), to: new Date('2025-12-31T16:00:00Z') });
  });

  it('rejects anything but YYYY-MM', () => {
    for (const bad of ['2025-13', '2025-3', '202503', '2025-03-01', '']) expect(() => chargeMonthRange(bad)).toThrow(/YYYY-MM/);
  });
});
