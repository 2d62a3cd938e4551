import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { Checklist, ChecklistItemDraft, failureDescription, MAX_CHECKLIST_ITEMS, PmChecklistItemKind as K } from './checklist';
import { ReadingUnit as U } from '../common/reading-unit';

const brake: ChecklistItemDraft = { label: '制动器间隙检查', kind: K.CHECK };
const pressure: ChecklistItemDraft = { label: '冷却水压力', kind: K.READING, unit: U.BAR, min: 8, max: 10 };
const oilTemperature: ChecklistItemDraft = { label: '油温', kind: K.READING, unit: U.CELSIUS, max: 80 };
const insulation: ChecklistItemDraft = { label: '绝缘电阻', kind: K.READING, unit: U.PERCENT, min: 95 };
const checklist = Checklist.of([brake, pressure, oilTemperature, insulation]);

describe('PM checklist: definition', () => {
  it('keeps items in order, trimmed, with units and ranges only on readings', () => {
    expect(Checklist.of([{ ...brake, label: '  制动器间隙检查 ' }, pressure]).items).toEqual([
      { label: '制动器间隙检查', kind: K.CHECK, unit: null, min: null, max: null },
      { label: '冷却水压力', kind: K.READING, unit: U.BAR, min: 8, max: 10 },
    ]);
    expect(Checklist.of([oilTemperature]).items[0]).toEqual({ label: '油温', kind: K.READING, unit: U.CELSIUS, min: null, max: 80 });
  });

  it('refuses empty or oversized checklists', () => {
    expect(codeOf(() => Checklist.of([]))).toBe('PM_CHECKLIST_SIZE');
    expect(codeOf(() => Checklist.of(Array.from({ length: MAX_CHECKLIST_ITEMS + 1 }, () => brake)))).toBe('PM_CHECKLIST_SIZE');
    expect(Checklist.of(Array.from({ length: MAX_CHECKLIST_ITEMS }, () => brake)).items).toHaveLength(MAX_CHECKLIST_ITEMS);
  });

  it('refuses readings without a unit or a limit, with min above max, and CHECK items with a range', () => {
    expect(codeOf(() => Checklist.of([{ label: '压力', kind: K.READING, min: 1 }]))).toBe('PM_READING_UNIT_REQUIRED');
    expect(codeOf(() => Checklist.of([{ label: '压力', kind: K.READING, unit: U.MPA }]))).toBe('PM_READING_LIMIT_REQUIRED');
    const backwards = errorOf(() => Checklist.of([brake, { ...pressure, min: 10, max: 8 }]));
    expect(backwards.code).toBe('PM_READING_RANGE_INVALID');
    expect(backwards.messages.en).toBe('checklist[1]: the min 10 is greater than the max 8');
    expect(Checklist.of([{ ...pressure, min: 9, max: 9 }]).items[0]).toMatchObject({ min: 9, max: 9 });
    expect(codeOf(() => Checklist.of([{ ...brake, unit: U.BAR }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => Checklist.of([{ ...brake, max: 3 }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => Checklist.of([{ ...pressure, max: Number.NaN }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => Checklist.of([{ ...brake, label: ' ' }]))).toBe('TEXT_REQUIRED');
    expect(codeOf(() => Checklist.of([{ ...brake, label: '检'.repeat(49) }]))).toBe('TEXT_TOO_LONG');
  });
});

describe('PM checklist: evaluating results', () => {
  const allGood = [
    { itemIndex: 0, passed: true },
    { itemIndex: 1, reading: 9.1 },
    { itemIndex: 2, reading: 65, unit: U.CELSIUS },
    { itemIndex: 3, reading: 99 },
  ];

  it('passes checks the technician passed and readings within the range, limits included', () => {
    const results = checklist.evaluate(allGood);
    expect(results.map((r) => [r.itemIndex, r.passed, r.reading])).toEqual([
      [0, true, null],
      [1, true, 9.1],
      [2, true, 65],
      [3, true, 99],
    ]);
    expect(checklist.evaluate([...allGood.slice(0, 1), { itemIndex: 1, reading: 8 }, ...allGood.slice(2)])[1].passed).toBe(true);
    expect(checklist.evaluate([...allGood.slice(0, 1), { itemIndex: 1, reading: 10 }, ...allGood.slice(2)])[1].passed).toBe(true);
    // Answers may come in any order; results follow the checklist.
    expect(checklist.evaluate([...allGood].reverse()).map((r) => r.itemIndex)).toEqual([0, 1, 2, 3]);
  });

  it('fails a failed check and readings outside the range, on either side', () => {
    const results = checklist.evaluate([
      { itemIndex: 0, passed: false },
      { itemIndex: 1, reading: 7.2 },
      { itemIndex: 2, reading: 80.5 },
      { itemIndex: 3, reading: 94.9 },
    ]);
    expect(results.map((r) => r.passed)).toEqual([false, false, false, false]);
    expect(results.map(failureDescription)).toEqual([
      'check failed',
      'reading 7.2 bar outside 8–10 bar',
      'reading 80.5°C above 80°C',
      'reading 94.9% below 95%',
    ]);
  });

  it('refuses results that leave items unanswered, naming them', () => {
    const missing = errorOf(() => checklist.evaluate([allGood[0], allGood[2]]));
    expect(missing.code).toBe('PM_ANSWER_MISSING');
    expect(missing.messages['zh-CN']).toBe('以下 2 个检查项未填写：冷却水压力、绝缘电阻');
    expect(codeOf(() => checklist.evaluate([]))).toBe('PM_ANSWER_MISSING');
  });

  it('refuses answers of the wrong kind, unknown or repeated items', () => {
    expect(codeOf(() => checklist.evaluate([{ itemIndex: 0 }, ...allGood.slice(1)]))).toBe('PM_ANSWER_INVALID');
    expect(codeOf(() => checklist.evaluate([{ itemIndex: 0, passed: true, reading: 1 }, ...allGood.slice(1)]))).toBe('PM_ANSWER_INVALID');
    const noReading = errorOf(() => checklist.evaluate([allGood[0], { itemIndex: 1, passed: true }, ...allGood.slice(2)]));
    expect(noReading.code).toBe('PM_ANSWER_INVALID');
    expect(noReading.messages['zh-CN']).toBe('检查项“冷却水压力”须填写读数（bar）');
    expect(codeOf(() => checklist.evaluate([...allGood, { itemIndex: 4, passed: true }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => checklist.evaluate([...allGood, { itemIndex: 1, reading: 9 }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => checklist.evaluate([allGood[0], { itemIndex: 1, reading: Number.POSITIVE_INFINITY }, ...allGood.slice(2)]))).toBe('INVALID_INPUT');
  });

  it('refuses a reading in another unit than the item asks for, rather than misjudging it', () => {
    const kpa = errorOf(() => checklist.evaluate([allGood[0], { itemIndex: 1, reading: 850, unit: U.KPA }, ...allGood.slice(2)]));
    expect(kpa.code).toBe('PM_READING_UNIT_MISMATCH');
    expect(kpa.messages.en).toBe('The reading for "冷却水压力" must be in BAR, not KPA');
    expect(codeOf(() => checklist.evaluate([{ itemIndex: 0, passed: true, unit: U.BAR }, ...allGood.slice(1)]))).toBe('PM_ANSWER_INVALID');
  });
});
