import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import { checkNewForOld, ExchangeLine, OldUnit, OldUnitCondition, requireExemption } from './new-for-old';

const label = (itemId: string) => ({ mop: '拖把 (CLN-MOP)', gloves: '丁腈手套 (PPE-GLOVE-NBR)' })[itemId] ?? itemId;
const mop = (issuing: number, exemptLeft = 0): ExchangeLine => ({ itemId: 'mop', durable: true, issuing, exemptLeft });
const gloves = (issuing: number): ExchangeLine => ({ itemId: 'gloves', durable: false, issuing, exemptLeft: 0 });
const old = (quantity: number, condition = OldUnitCondition.WORN_OUT, note: string | null = null, itemId = 'mop'): OldUnit => ({
  itemId,
  quantity,
  condition,
  note,
});

describe('领新交旧', () => {
  it('issues a durable item for as many old units handed back, worn out or broken', () => {
    expect(checkNewForOld([mop(3)], [old(2), old(1, OldUnitCondition.BROKEN)], label)).toEqual(new Map());
  });

  it('refuses fewer old units than new ones, saying how many are missing', () => {
    const error = domainErrorOf(() => checkNewForOld([mop(3)], [old(1)], label));
    expect(error.code).toBe('REQUISITION_OLD_UNITS_MISSING');
    expect(error.params).toEqual({ item: '拖把 (CLN-MOP)', issued: 3, returned: 1, exempt: 0, missing: 2 });
    expect(error.messages['zh-CN']).toBe('拖把 (CLN-MOP) 须领新交旧：本次发放 3 件，交回旧品 1 件，可免交 0 件，尚缺 2 件旧品');
  });

  it('lets the shortfall go within the exemption and reports what it used', () => {
    expect(checkNewForOld([mop(3, 2)], [old(1)], label)).toEqual(new Map([['mop', 2]]));
    expect(checkNewForOld([mop(2, 5)], [], label)).toEqual(new Map([['mop', 2]]));
    expect(codeOf(() => checkNewForOld([mop(3, 1)], [old(1)], label))).toBe('REQUISITION_OLD_UNITS_MISSING');
  });

  it('records a lost old unit only with a note, and counts it only within the exemption', () => {
    expect(codeOf(() => checkNewForOld([mop(1, 1)], [old(1, OldUnitCondition.LOST)], label))).toBe('REQUISITION_LOST_NOTE_REQUIRED');
    expect(checkNewForOld([mop(1, 1)], [old(1, OldUnitCondition.LOST, '病区搬迁时遗失')], label)).toEqual(new Map([['mop', 1]]));
    expect(codeOf(() => checkNewForOld([mop(1)], [old(1, OldUnitCondition.LOST, '遗失')], label))).toBe('REQUISITION_OLD_UNITS_MISSING');
  });

  it('takes no old units for items that are not durable or not issued now, and never more than are issued', () => {
    expect(checkNewForOld([gloves(100)], [], label)).toEqual(new Map());
    expect(codeOf(() => checkNewForOld([gloves(100)], [old(1, OldUnitCondition.WORN_OUT, null, 'gloves')], label))).toBe('REQUISITION_OLD_UNITS_EXCEED_ISSUED');
    expect(codeOf(() => checkNewForOld([gloves(1)], [old(1)], label))).toBe('REQUISITION_OLD_UNITS_EXCEED_ISSUED');
    const error = domainErrorOf(() => checkNewForOld([mop(2)], [old(2), old(1, OldUnitCondition.LOST, 'x')], label));
    expect(error.params).toEqual({ item: '拖把 (CLN-MOP)', returned: 3, issued: 2 });
  });
});

describe('requireExemption', () => {
  const line = { itemId: 'mop', durable: true, approved: 5, exemptUsed: 2 };

  it('allows from what is already used up to the approved quantity', () => {
    for (const quantity of [2, 5]) expect(() => requireExemption(line, quantity, label)).not.toThrow();
    const error = domainErrorOf(() => requireExemption(line, 6, label));
    expect(error.code).toBe('REQUISITION_EXEMPTION_OUT_OF_RANGE');
    expect(error.params).toMatchObject({ min: 2, max: 5 });
    expect(codeOf(() => requireExemption(line, 1, label))).toBe('REQUISITION_EXEMPTION_OUT_OF_RANGE');
  });

  it('is only for durable items', () => {
    expect(codeOf(() => requireExemption({ ...line, itemId: 'gloves', durable: false }, 1, label))).toBe('REQUISITION_EXEMPTION_NOT_DURABLE');
  });
});
