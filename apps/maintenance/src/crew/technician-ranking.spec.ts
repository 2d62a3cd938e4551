import { DutyKind, strongestDuty } from './duty-roster';
import { rankTechnicians, TechnicianStanding } from './technician-ranking';

const tech = (staffId: string, name: string, standing: Partial<TechnicianStanding> = {}): TechnicianStanding => ({
  staffId,
  name,
  qualified: true,
  onDuty: null,
  openOrders: 0,
  ...standing,
});
const ids = (list: TechnicianStanding[]) => rankTechnicians(list).map((t) => t.staffId);

describe('technician ranking', () => {
  it('puts qualified technicians first, however busy or off duty', () => {
    const ranked = ids([tech('unqualified', '王五', { qualified: false, onDuty: DutyKind.SHIFT }), tech('qualified', '赵六', { openOrders: 9 })]);
    expect(ranked).toEqual(['qualified', 'unqualified']);
  });

  it('then on site, on call, off duty; then the fewest open orders', () => {
    const ranked = ids([
      tech('off', '甲', { openOrders: 0 }),
      tech('on-call', '乙', { onDuty: DutyKind.ON_CALL }),
      tech('shift-busy', '丙', { onDuty: DutyKind.SHIFT, openOrders: 3 }),
      tech('shift-free', '丁', { onDuty: DutyKind.SHIFT, openOrders: 1 }),
    ]);
    expect(ranked).toEqual(['shift-free', 'shift-busy', 'on-call', 'off']);
  });

  it('then by name in pinyin order, and by id when even the names are the same', () => {
    expect(ids([tech('z', '张伟'), tech('l', '李强'), tech('w', '王丽')])).toEqual(['l', 'w', 'z']);
    expect(ids([tech('b', '李强'), tech('a', '李强')])).toEqual(['a', 'b']);
  });

  it('does not reorder the list it is given', () => {
    const list = [tech('b', '乙', { qualified: false }), tech('a', '甲')];
    rankTechnicians(list);
    expect(list.map((t) => t.staffId)).toEqual(['b', 'a']);
  });

  it('counts someone on site and on call at once as on site', () => {
    expect(strongestDuty([DutyKind.ON_CALL, DutyKind.SHIFT])).toBe(DutyKind.SHIFT);
    expect(strongestDuty([DutyKind.ON_CALL])).toBe(DutyKind.ON_CALL);
    expect(strongestDuty([])).toBeNull();
  });
});
