import { monthBounds } from './cost-ledger';
import { labourCostFen } from './labour-rates';

describe('maintenance costs', () => {
  it('prices minutes at an hourly rate, rounded to the fen', () => {
    expect(labourCostFen(45, 9000)).toBe(6750);
    expect(labourCostFen(1, 100)).toBe(2);
    expect(labourCostFen(30, 0)).toBe(0);
  });

  it('bounds a month, across year ends', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });
});
