import { domainErrorCode } from '@houqin/platform-errors';
import { Pest } from './pest';
import { checkFindings, daysOverdue, requireDueAfter } from './pest-findings';

const KITCHEN = 'kitchen';
const WARD = 'ward';
const areas = new Set([KITCHEN, WARD]);
const name = (id: string) => (id === 'store' ? '库房' : id);

describe('pest findings', () => {
  it('are in an area of the visit and are a sighting or a density', () => {
    const findings = [
      { locationId: KITCHEN, pest: Pest.COCKROACH, sighted: false, density: 2.5 },
      { locationId: WARD, pest: Pest.RODENT, sighted: true, density: null },
    ];
    expect(checkFindings(findings, areas, name)).toEqual(findings);
    expect(domainErrorCode(() => checkFindings([{ locationId: 'store', pest: Pest.FLY, sighted: true, density: null }], areas, name))).toBe(
      'PEST_FINDING_OUTSIDE_VISIT',
    );
    expect(domainErrorCode(() => checkFindings([{ locationId: KITCHEN, pest: Pest.FLY, sighted: false, density: 0 }], areas, name))).toBe('PEST_FINDING_EMPTY');
    expect(domainErrorCode(() => checkFindings([{ locationId: KITCHEN, pest: Pest.FLY, sighted: true, density: -1 }], areas, name))).toBe(
      'MEASUREMENT_OUT_OF_RANGE',
    );
  });
});

describe('follow-up dates', () => {
  it('counts whole days late and none before the due date', () => {
    expect(daysOverdue('2026-06-01', '2026-06-04')).toBe(3);
    expect(daysOverdue('2026-06-05', '2026-06-04')).toBe(0);
  });

  it('wants a re-check after today', () => {
    expect(requireDueAfter('dueOn', '2026-06-05', '2026-06-04')).toBe('2026-06-05');
    expect(domainErrorCode(() => requireDueAfter('dueOn', '2026-06-04', '2026-06-04'))).toBe('INVALID_DATE_RANGE');
  });
});
