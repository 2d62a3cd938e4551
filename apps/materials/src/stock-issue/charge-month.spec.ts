import { chargeMonthRange, netMonthlyCharge } from './charge-month';

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

describe('netMonthlyCharge', () => {
  it('credits the month’s returns against its issues', () => {
    expect(netMonthlyCharge([{ totalCostFen: 53_400 }, { totalCostFen: 3800 }], [{ totalCostFen: 7600 }])).toEqual({
      issuedCostFen: 57_200,
      returnedCostFen: 7600,
      totalCostFen: 49_600,
    });
  });

  it('goes negative when a month returns more than it issues (stock issued in an earlier month)', () => {
    expect(netMonthlyCharge([], [{ totalCostFen: 1200 }])).toEqual({ issuedCostFen: 0, returnedCostFen: 1200, totalCostFen: -1200 });
  });

  it('is zero for a month without either', () => {
    expect(netMonthlyCharge([], [])).toEqual({ issuedCostFen: 0, returnedCostFen: 0, totalCostFen: 0 });
  });
});
