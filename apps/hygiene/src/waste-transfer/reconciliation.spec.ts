import { kilograms, percent, reconcile } from './reconciliation';

describe('reconciling a transfer against the wards’ weights', () => {
  it('accepts a difference within the tolerance, in either direction, up to and including its edge', () => {
    expect(reconcile(100_000, 104_000, 500)).toEqual({
      wardWeightGrams: 100_000,
      companyWeightGrams: 104_000,
      differenceGrams: 4_000,
      deviationBasisPoints: 400,
      discrepancy: false,
    });
    expect(reconcile(100_000, 95_000, 500)).toMatchObject({ differenceGrams: -5_000, deviationBasisPoints: 500, discrepancy: false });
  });

  it('flags one gram past the tolerance, more or less than was weighed out', () => {
    expect(reconcile(100_000, 105_001, 500)).toMatchObject({ differenceGrams: 5_001, deviationBasisPoints: 501, discrepancy: true });
    expect(reconcile(100_000, 80_000, 500)).toMatchObject({ differenceGrams: -20_000, deviationBasisPoints: 2_000, discrepancy: true });
  });

  it('rounds the deviation up so a flagged transfer never shows the tolerance itself', () => {
    expect(reconcile(3, 4, 3_333)).toMatchObject({ deviationBasisPoints: 3_334, discrepancy: true });
  });

  it('takes a zero tolerance literally and refuses a transfer with nothing weighed', () => {
    expect(reconcile(1_000, 1_000, 0).discrepancy).toBe(false);
    expect(reconcile(1_000, 1_001, 0).discrepancy).toBe(true);
    expect(() => reconcile(0, 1_000, 500)).toThrow('at least one');
  });

  it('shows grams as kilograms and basis points as percent', () => {
    expect([kilograms(12_345), kilograms(12_000), kilograms(5)]).toEqual(['12.345', '12', '0.005']);
    expect([percent(520), percent(500), percent(1)]).toEqual(['5.2', '5', '0.01']);
  });
});
