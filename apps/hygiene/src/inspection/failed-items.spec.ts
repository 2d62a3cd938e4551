import { domainErrorCode } from '@houqin/platform-errors';
import { followUpsOf, RemedyRequest } from './failed-items';
import { InspectionRemedy } from './inspection-remedy';
import { ItemOutcome, SheetItemKind } from './score-sheet';

const outcome = (key: string, passed: boolean): ItemOutcome => ({
  item: { key, label: key, kind: SheetItemKind.CHECK, weight: 10, maxRlu: null, minClearancePercent: null },
  passed,
  finding: passed ? '合格' : '不合格',
  rlu: null,
  marked: null,
  removed: null,
});
const ROOM_1 = '0193a000-0000-7000-8000-000000000001';
const ROOM_2 = '0193a000-0000-7000-8000-000000000002';
const ward = { name: '5病区', locationIds: [ROOM_1, ROOM_2] };
const ask = (remedy: InspectionRemedy | null, locationId: string | null = ROOM_1, repairCategory: string | null = null): RemedyRequest => ({
  remedy,
  locationId,
  repairCategory,
});

describe('follow-ups of failed items', () => {
  it('give each failed item its location and remedy, and passed items none', () => {
    const requests = new Map([
      ['floor', ask(InspectionRemedy.CLEANING)],
      ['tap', ask(InspectionRemedy.REPAIR, ROOM_2, 'PLUMBING')],
      ['bins', ask(InspectionRemedy.REPAIR, ROOM_2, 'PLUMBING')],
    ]);
    expect(followUpsOf([outcome('floor', false), outcome('tap', false), outcome('bins', true)], requests, ward)).toEqual([
      { locationId: ROOM_1, remedy: InspectionRemedy.CLEANING, repairCategory: null },
      { locationId: ROOM_2, remedy: InspectionRemedy.REPAIR, repairCategory: 'PLUMBING' },
      null,
    ]);
  });

  it('take the zone’s only location when none is named', () => {
    const single = { name: '门诊大厅', locationIds: [ROOM_1] };
    expect(followUpsOf([outcome('floor', false)], new Map([['floor', ask(InspectionRemedy.CLEANING, null)]]), single)[0]?.locationId).toBe(ROOM_1);
  });

  it('refuse a failed item without a remedy, a location, a location of another zone or a repair without a trade', () => {
    const failed = [outcome('floor', false)];
    expect(domainErrorCode(() => followUpsOf(failed, new Map(), ward))).toBe('INSPECTION_REMEDY_REQUIRED');
    expect(domainErrorCode(() => followUpsOf(failed, new Map([['floor', ask(InspectionRemedy.CLEANING, null)]]), ward))).toBe('INSPECTION_LOCATION_REQUIRED');
    const elsewhere = ask(InspectionRemedy.CLEANING, '0193a000-0000-7000-8000-000000000009');
    expect(domainErrorCode(() => followUpsOf(failed, new Map([['floor', elsewhere]]), ward))).toBe('INSPECTION_LOCATION_OUTSIDE_ZONE');
    expect(domainErrorCode(() => followUpsOf(failed, new Map([['floor', ask(InspectionRemedy.REPAIR)]]), ward))).toBe('INSPECTION_REPAIR_CATEGORY_REQUIRED');
  });
});
