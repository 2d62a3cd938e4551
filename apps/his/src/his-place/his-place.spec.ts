import { isResolved, KnownLocation, resolvePlace } from './his-place';

const location = (id: string, kind: string, hisCode: string | null, parentId: string | null = null): KnownLocation => ({
  id,
  campusId: 'east',
  parentId,
  departmentId: 'cardiology',
  kind,
  hisCode,
});
const ward5 = location('ward5', 'WARD', 'E05');
const room501 = location('room501', 'ROOM', '501', 'ward5');
const bed501_1 = location('bed501-1', 'BED', '1', 'room501');
const room502 = location('room502', 'ROOM', '502', 'ward5');
const bed502_1 = location('bed502-1', 'BED', '1', 'room502');
const extraBed = location('extra', 'BED', 'JC1', 'ward5');
const below = [room501, bed501_1, room502, bed502_1, extraBed];

describe('HIS places', () => {
  it('leads ward, room and bed codes to the bed, telling apart beds with the same code in different rooms', () => {
    const place = resolvePlace({ ward: 'E05', room: '502', bed: '1' }, [ward5], below);
    expect(isResolved(place) && [place.ward.id, place.room?.id, place.location.id]).toEqual(['ward5', 'room502', 'bed502-1']);
  });

  it('takes a bed straight under the ward when the HIS sends no room, and the ward alone when it sends neither', () => {
    const extra = resolvePlace({ ward: 'E05', room: '', bed: 'JC1' }, [ward5], below);
    expect(isResolved(extra) && extra.location.id).toBe('extra');
    const wardOnly = resolvePlace({ ward: 'E05', room: '', bed: '' }, [ward5], below);
    expect(isResolved(wardOnly) && wardOnly.location.id).toBe('ward5');
  });

  it('names the code it cannot map, and a ward code two wards share', () => {
    expect(resolvePlace({ ward: 'E99', room: '', bed: '' }, [], below)).toEqual({ field: 'PV1-3.1', code: 'E99', reason: 'UNKNOWN' });
    expect(resolvePlace({ ward: 'E05', room: '509', bed: '1' }, [ward5], below)).toEqual({ field: 'PV1-3.2', code: '509', reason: 'UNKNOWN' });
    expect(resolvePlace({ ward: 'E05', room: '501', bed: '7' }, [ward5], below)).toEqual({ field: 'PV1-3.3', code: '7', reason: 'UNKNOWN' });
    const twin = { ...ward5, id: 'west-ward5', campusId: 'west' };
    expect(resolvePlace({ ward: 'E05', room: '', bed: '' }, [ward5, twin], below, 'PV1-6')).toEqual({ field: 'PV1-6.1', code: 'E05', reason: 'AMBIGUOUS' });
  });
});
