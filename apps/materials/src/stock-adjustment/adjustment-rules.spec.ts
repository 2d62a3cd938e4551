import { AdjustedLot, AdjustmentReason, checkAdjustmentLine, requireAdjustmentNote, requireAdjustmentReason, requireQuantityDelta } from './adjustment-rules';

const today = '2025-06-15';
const lot = (fields: Partial<AdjustedLot> = {}): AdjustedLot => ({
  lotId: 'lot-1',
  item: '医用口罩 (MASK-01)',
  quantityRemaining: 10,
  expiresOn: null,
  ...fields,
});
const codeOf = (check: () => void): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('adjustment rules', () => {
  it('lets a count difference go either way, within the lot', () => {
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.COUNT_DIFFERENCE, -10, lot(), today))).toBeUndefined();
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.COUNT_DIFFERENCE, 4, lot(), today))).toBeUndefined();
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.OTHER, 4, lot(), today))).toBeUndefined();
  });

  it('never takes a lot below zero', () => {
    expect(() => checkAdjustmentLine(AdjustmentReason.DAMAGED, -11, lot(), today)).toThrow(
      expect.objectContaining({ code: 'ADJUSTMENT_EXCEEDS_LOT', params: { item: '医用口罩 (MASK-01)', lotId: 'lot-1', available: 10, requested: 11 } }),
    );
  });

  it('holds each reason to its direction', () => {
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.DAMAGED, 1, lot(), today))).toBe('ADJUSTMENT_DIRECTION');
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.EXPIRED_WRITE_OFF, 1, lot({ expiresOn: '2025-01-01' }), today))).toBe('ADJUSTMENT_DIRECTION');
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.FOUND, -1, lot(), today))).toBe('ADJUSTMENT_DIRECTION');
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.FOUND, 1, lot({ quantityRemaining: 0 }), today))).toBeUndefined();
  });

  it('writes off as expired only a lot past its expiry date (it expires at the end of its day)', () => {
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.EXPIRED_WRITE_OFF, -1, lot({ expiresOn: '2025-06-14' }), today))).toBeUndefined();
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.EXPIRED_WRITE_OFF, -1, lot({ expiresOn: today }), today))).toBe('ADJUSTMENT_LOT_NOT_EXPIRED');
    expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.EXPIRED_WRITE_OFF, -1, lot(), today))).toBe('ADJUSTMENT_LOT_NOT_EXPIRED');
  });

  it('wants a note for OTHER only', () => {
    expect(codeOf(() => requireAdjustmentNote(AdjustmentReason.OTHER, null))).toBe('ADJUSTMENT_NOTE_REQUIRED');
    expect(codeOf(() => requireAdjustmentNote(AdjustmentReason.OTHER, '消防演练借用未归还'))).toBeUndefined();
    expect(codeOf(() => requireAdjustmentNote(AdjustmentReason.DAMAGED, null))).toBeUndefined();
  });

  it('accepts whole non-zero deltas and known reasons only', () => {
    expect(requireQuantityDelta('d', -3)).toBe(-3);
    for (const bad of [0, 1.5, Number.NaN]) expect(codeOf(() => requireQuantityDelta('d', bad))).toBe('INVALID_INPUT');
    expect(requireAdjustmentReason('FOUND')).toBe(AdjustmentReason.FOUND);
    expect(codeOf(() => requireAdjustmentReason('LOST'))).toBe('INVALID_INPUT');
  });
});
