import { domainErrorCode } from '@houqin/platform-errors';
import { ZoneKind } from '../zone/zone-kind';
import { defaultSheet } from './default-sheets';
import { atpPasses, clearancePercent, ScoreSheet, SheetItem, SheetItemKind } from './score-sheet';

const check = (key: string, weight: number): SheetItem => ({ key, label: key, kind: SheetItemKind.CHECK, weight, maxRlu: null, minClearancePercent: null });
const atp: SheetItem = { key: 'atp', label: '床栏 ATP', kind: SheetItemKind.ATP, weight: 20, maxRlu: 250, minClearancePercent: null };
const marks: SheetItem = { key: 'marks', label: '荧光标记', kind: SheetItemKind.FLUORESCENT, weight: 30, maxRlu: null, minClearancePercent: 80 };
const sheet = ScoreSheet.of([check('floor', 50), atp, marks], 85);

describe('ATP and fluorescent-marker spot checks', () => {
  it('pass ATP at or below the limit', () => {
    expect(atpPasses(250, 250)).toBe(true);
    expect(atpPasses(251, 250)).toBe(false);
  });

  it('compute the clearance rate in percent', () => {
    expect(clearancePercent(10, 8)).toBe(80);
    expect(clearancePercent(3, 2)).toBe(66.7);
  });
});

describe('a score sheet', () => {
  it('scores the passed items’ share of the weights and passes at the pass score', () => {
    const all = sheet.judge([
      { key: 'floor', ok: true },
      { key: 'atp', rlu: 120 },
      { key: 'marks', marked: 10, removed: 9 },
    ]);
    expect(all).toMatchObject({ score: 100, passed: true });
    const dirty = sheet.judge([
      { key: 'floor', ok: true },
      { key: 'atp', rlu: 820 },
      { key: 'marks', marked: 10, removed: 7 },
    ]);
    expect(dirty.score).toBe(50);
    expect(dirty.passed).toBe(false);
    expect(dirty.outcomes.map((o) => [o.item.key, o.passed, o.finding])).toEqual([
      ['floor', true, '合格'],
      ['atp', false, 'ATP 820 RLU，限值 250 RLU'],
      ['marks', false, '荧光标记清除 7/10（70%），要求 ≥ 80%'],
    ]);
    expect(
      sheet.judge([
        { key: 'floor', ok: true },
        { key: 'atp', rlu: 250 },
        { key: 'marks', marked: 10, removed: 7 },
      ]),
    ).toMatchObject({ score: 70, passed: false });
  });

  it('wants one reading of the right shape for each item', () => {
    const base = [
      { key: 'floor', ok: true },
      { key: 'atp', rlu: 100 },
    ];
    expect(domainErrorCode(() => sheet.judge(base))).toBe('INSPECTION_READING_MISSING');
    expect(domainErrorCode(() => sheet.judge([...base, { key: 'marks', marked: 10, removed: 9 }, { key: 'walls', ok: true }]))).toBe('INSPECTION_ITEM_UNKNOWN');
    expect(domainErrorCode(() => sheet.judge([...base, { key: 'marks', ok: true }]))).toBe('INSPECTION_READING_MISMATCH');
    expect(domainErrorCode(() => sheet.judge([...base, { key: 'marks', marked: 5, removed: 6 }]))).toBe('INSPECTION_READING_MISMATCH');
    expect(
      domainErrorCode(() =>
        sheet.judge([
          { key: 'floor', ok: true },
          { key: 'atp', rlu: -1 },
          { key: 'marks', marked: 5, removed: 5 },
        ]),
      ),
    ).toBe('INSPECTION_READING_MISMATCH');
  });

  it('refuses a sheet it could not score', () => {
    expect(domainErrorCode(() => ScoreSheet.of([], 85))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => ScoreSheet.of([check('floor', 10), check('floor', 10)], 85))).toBe('DUPLICATE');
    expect(domainErrorCode(() => ScoreSheet.of([{ ...atp, maxRlu: null }], 85))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => ScoreSheet.of([{ ...check('floor', 10), maxRlu: 500 }], 85))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => ScoreSheet.of([{ ...marks, minClearancePercent: 0 }], 85))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => ScoreSheet.of([check('Floor', 10)], 85))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => ScoreSheet.of([check('floor', 0)], 85))).toBe('INVALID_INPUT');
  });

  it('has a valid default for every kind of zone, stricter ATP where the risk is high', () => {
    for (const kind of Object.values(ZoneKind)) {
      const { items, passScore } = defaultSheet(kind);
      expect(() => ScoreSheet.of(items, passScore)).not.toThrow();
      expect(items.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
    }
    expect(defaultSheet(ZoneKind.ICU).items.find((i) => i.kind === SheetItemKind.ATP)?.maxRlu).toBe(250);
    expect(defaultSheet(ZoneKind.WARD).items.find((i) => i.kind === SheetItemKind.ATP)?.maxRlu).toBe(500);
    expect(defaultSheet(ZoneKind.OFFICE).items.some((i) => i.kind !== SheetItemKind.CHECK)).toBe(false);
  });
});
