import { DomainError } from '@houqin/platform-errors';
import { LocationHierarchy, LocationKind, LocationPlacement, PlacedLocation } from './location-hierarchy';

const EAST = '0196a1e0-0001-7000-8000-000000001000';
const WEST = '0196a1e0-0001-7000-8000-000000002000';
const ZY1 = { id: 'b-zy1', campusId: EAST };
const ward5: PlacedLocation = { id: 'ward-5', kind: LocationKind.WARD, campusId: EAST, buildingId: ZY1.id };
const room501: PlacedLocation = { id: 'room-501', kind: LocationKind.ROOM, campusId: EAST, buildingId: ZY1.id };
const bed: PlacedLocation = { id: 'bed-501-1', kind: LocationKind.BED, campusId: EAST, buildingId: ZY1.id };
const hall: PlacedLocation = { id: 'hall', kind: LocationKind.AREA, campusId: EAST, buildingId: ZY1.id };

const placement = (overrides: Partial<LocationPlacement>): LocationPlacement => ({
  id: 'new',
  kind: LocationKind.BED,
  campusId: EAST,
  building: ZY1,
  floor: { buildingId: ZY1.id },
  parent: ward5,
  department: { campusId: EAST },
  ...overrides,
});

function mismatch(p: LocationPlacement): DomainError {
  try {
    LocationHierarchy.check(p);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('REFERENCE_MISMATCH');
    return error as DomainError;
  }
  throw new Error('expected REFERENCE_MISMATCH');
}

describe('LocationHierarchy', () => {
  it('accepts a bed under a ward or a room of the same campus and building', () => {
    expect(() => LocationHierarchy.check(placement({ parent: ward5 }))).not.toThrow();
    expect(() => LocationHierarchy.check(placement({ parent: room501 }))).not.toThrow();
  });

  it('requires a bed to have a ward or room parent, and says so in both languages', () => {
    const error = mismatch(placement({ parent: null }));
    expect(error.messages['zh-CN']).toBe('床位必须属于某个病区或房间');
    expect(error.messages.en).toBe('A bed must belong to a ward or room');
  });

  it('refuses a bed under a bed or an area', () => {
    expect(mismatch(placement({ parent: bed })).messages.en).toBe("A bed's parent must be a ward or room, not a bed");
    mismatch(placement({ parent: hall }));
  });

  it('refuses a ward under a bed, a room or another ward; allows it under an area or on its own', () => {
    for (const parent of [bed, room501, ward5]) mismatch(placement({ kind: LocationKind.WARD, parent }));
    expect(() => LocationHierarchy.check(placement({ kind: LocationKind.WARD, parent: hall }))).not.toThrow();
    expect(() => LocationHierarchy.check(placement({ kind: LocationKind.WARD, parent: null }))).not.toThrow();
  });

  it('gives an area no parent at all', () => {
    expect(mismatch(placement({ kind: LocationKind.AREA, parent: hall })).messages['zh-CN']).toBe('区域不能有上级位置');
  });

  it('refuses a parent on another campus or in another building', () => {
    mismatch(placement({ parent: { ...ward5, campusId: WEST } }));
    expect(mismatch(placement({ parent: { ...ward5, buildingId: 'b-other' } })).messages['zh-CN']).toBe('上级位置不在同一楼栋');
  });

  it('refuses a location as its own parent', () => {
    mismatch(placement({ id: room501.id, kind: LocationKind.ROOM, parent: { ...room501, kind: LocationKind.WARD } }));
  });

  it('refuses a floor of another building', () => {
    expect(mismatch(placement({ floor: { buildingId: 'b-other' } })).messages).toEqual({
      'zh-CN': '楼层不属于该楼栋',
      en: 'The floor is not in this building',
    });
  });

  it('refuses a building or department of another campus', () => {
    expect(mismatch(placement({ building: { ...ZY1, campusId: WEST } })).messages.en).toBe('The building is not on this campus');
    expect(mismatch(placement({ department: { campusId: WEST } })).messages['zh-CN']).toBe('科室不属于该院区');
  });

  it('ranks kinds so the tree cannot loop: every allowed parent is of a kind that cannot be under its child', () => {
    for (const kind of Object.values(LocationKind)) {
      for (const parentKind of LocationHierarchy.allowedParents(kind)) expect(LocationHierarchy.allowedParents(parentKind)).not.toContain(kind);
    }
  });
});
