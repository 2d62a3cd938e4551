import { domainErrorOf } from '@houqin/platform-errors';
import { RoutingRule, RoutingTable } from './routing-table';

describe('routing table', () => {
  const rule = (teamId: string, category: string, place: Partial<RoutingRule> = {}): RoutingRule => ({
    category,
    buildingId: null,
    locationId: null,
    teamId,
    ...place,
  });
  const table = RoutingTable.check([
    rule('campus-plumbing', 'PLUMBING'),
    rule('inpatient-plumbing', 'PLUMBING', { buildingId: 'inpatient' }),
    rule('icu-plumbing', 'PLUMBING', { locationId: 'icu' }),
    rule('campus-electrical', 'ELECTRICAL'),
  ]);

  it('prefers the location, then the nearest ancestor, then the building, then the campus-wide rule', () => {
    expect(table.teamFor('PLUMBING', { locationIds: ['icu'], buildingId: 'inpatient' })).toBe('icu-plumbing');
    expect(table.teamFor('PLUMBING', { locationIds: ['icu-bed-3', 'icu'], buildingId: 'inpatient' })).toBe('icu-plumbing');
    expect(table.teamFor('PLUMBING', { locationIds: ['ward-5'], buildingId: 'inpatient' })).toBe('inpatient-plumbing');
    expect(table.teamFor('PLUMBING', { locationIds: ['lobby'], buildingId: 'outpatient' })).toBe('campus-plumbing');
    expect(table.teamFor('ELECTRICAL', { locationIds: ['icu'], buildingId: 'inpatient' })).toBe('campus-electrical');
  });

  it('leaves the choice to the dispatcher when no rule covers the category', () => {
    expect(table.teamFor('HVAC', { locationIds: ['icu'], buildingId: 'inpatient' })).toBeNull();
  });

  it('refuses two lines for the same category and place, and a line naming both a building and a location', () => {
    expect(domainErrorOf(() => RoutingTable.check([rule('a', 'PLUMBING'), rule('b', 'PLUMBING')])).params).toMatchObject({
      detail: 'rules[1]: PLUMBING for this place appears twice',
    });
    expect(domainErrorOf(() => RoutingTable.check([rule('a', 'PLUMBING', { buildingId: 'b', locationId: 'l' })])).code).toBe('INVALID_INPUT');
  });
});
