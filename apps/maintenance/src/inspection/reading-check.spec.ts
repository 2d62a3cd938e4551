import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { checkReading, CheckpointKind, describeExpected, describeReading, ExpectedReading, requireExpectedReading, requireUnit } from './reading-check';
import { ReadingUnit as U } from '../common/reading-unit';

const READING = CheckpointKind.READING;
const transformer: ExpectedReading = { kind: READING, unit: U.CELSIUS, min: null, max: 85 };
const oxygen: ExpectedReading = { kind: READING, unit: U.MPA, min: 0.4, max: 0.6 };
const fuel: ExpectedReading = { kind: READING, unit: U.PERCENT, min: 20, max: null };
const check: ExpectedReading = { kind: CheckpointKind.CHECK };

describe('reading checks', () => {
  it('knows the units by name and refuses any other', () => {
    expect(requireUnit('unit', 'MPA')).toBe(U.MPA);
    expect(codeOf(() => requireUnit('unit', 'MPa'))).toBe('READING_UNIT_UNKNOWN');
    expect(codeOf(() => requireUnit('unit', 'toString'))).toBe('READING_UNIT_UNKNOWN');
  });

  it('defines a reading by its unit and a min, a max or both, min ≤ max; a check by nothing else', () => {
    expect(requireExpectedReading('checkpoints[0]', { kind: READING, unit: 'CELSIUS', max: 85 })).toEqual(transformer);
    expect(requireExpectedReading('checkpoints[1]', { kind: READING, unit: 'MPA', min: 0.4, max: 0.6 })).toEqual(oxygen);
    expect(requireExpectedReading('checkpoints[2]', { kind: READING, unit: 'PERCENT', min: 0.5, max: 0.5 })).toMatchObject({ min: 0.5, max: 0.5 });
    expect(requireExpectedReading('checkpoints[3]', { kind: CheckpointKind.CHECK, unit: null })).toEqual(check);

    expect(codeOf(() => requireExpectedReading('checkpoints[0]', { kind: READING, unit: 'CELSIUS' }))).toBe('READING_RANGE_REQUIRED');
    expect(codeOf(() => requireExpectedReading('checkpoints[0]', { kind: READING, max: 85 }))).toBe('READING_RANGE_REQUIRED');
    expect(codeOf(() => requireExpectedReading('checkpoints[0]', { kind: READING, unit: 'FAHRENHEIT', max: 185 }))).toBe('READING_UNIT_UNKNOWN');
    expect(errorOf(() => requireExpectedReading('checkpoints[1]', { kind: READING, unit: 'MPA', min: 0.6, max: 0.4 })).messages).toEqual({
      'zh-CN': 'checkpoints[1]：下限 0.6 高于上限 0.4',
      en: 'checkpoints[1]: the minimum 0.6 is above the maximum 0.4',
    });
    expect(codeOf(() => requireExpectedReading('checkpoints[3]', { kind: CheckpointKind.CHECK, max: 1 }))).toBe('INVALID_INPUT');
  });

  it('flags values outside [min, max], bounds included as in range', () => {
    expect(checkReading('变压器温度', transformer, { value: 92, unit: 'CELSIUS' })).toEqual({ ok: null, value: 92, unit: U.CELSIUS, outOfRange: true });
    expect(checkReading('变压器温度', transformer, { value: 85, unit: 'CELSIUS' }).outOfRange).toBe(false);
    expect(checkReading('变压器温度', transformer, { value: -5, unit: 'CELSIUS' }).outOfRange).toBe(false);
    expect(checkReading('氧气汇流排压力', oxygen, { value: 0.4, unit: 'MPA' }).outOfRange).toBe(false);
    expect(checkReading('氧气汇流排压力', oxygen, { value: 0.6, unit: 'MPA' }).outOfRange).toBe(false);
    expect(checkReading('氧气汇流排压力', oxygen, { value: 0.39, unit: 'MPA' }).outOfRange).toBe(true);
    expect(checkReading('氧气汇流排压力', oxygen, { value: 0.61, unit: 'MPA' }).outOfRange).toBe(true);
    expect(checkReading('发电机油位', fuel, { value: 15, unit: 'PERCENT' }).outOfRange).toBe(true);
  });

  it('refuses a value in another unit than the checkpoint reads in, without converting it', () => {
    const mismatch = errorOf(() => checkReading('氧气汇流排压力', oxygen, { value: 500, unit: 'KPA' }));
    expect(mismatch.code).toBe('READING_UNIT_MISMATCH');
    expect(mismatch.messages).toEqual({
      'zh-CN': '巡检点“氧气汇流排压力”的读数单位为 MPa，不能按 kPa 录入（系统不做单位换算）',
      en: 'The checkpoint "氧气汇流排压力" is read in MPa, not kPa; values are not converted',
    });
    expect(codeOf(() => checkReading('变压器温度', transformer, { value: 92, unit: 'PERCENT' }))).toBe('READING_UNIT_MISMATCH');
    expect(codeOf(() => checkReading('变压器温度', transformer, { value: 92, unit: 'kelvin' }))).toBe('READING_UNIT_UNKNOWN');
  });

  it('takes ok for a check (not ok opens a corrective order) and value + unit for a reading, never a mix', () => {
    expect(checkReading('配电柜指示灯', check, { ok: true })).toEqual({ ok: true, value: null, unit: null, outOfRange: false });
    expect(checkReading('配电柜指示灯', check, { ok: false, value: null })).toMatchObject({ ok: false, outOfRange: true });
    expect(codeOf(() => checkReading('配电柜指示灯', check, {}))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkReading('配电柜指示灯', check, { ok: true, value: 1, unit: 'VOLT' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkReading('变压器温度', transformer, { value: 80 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkReading('变压器温度', transformer, { ok: true, value: 80, unit: 'CELSIUS' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkReading('变压器温度', transformer, { value: Number.NaN, unit: 'CELSIUS' }))).toBe('INVALID_INPUT');
  });

  it('describes the expectation and the finding as technicians read them', () => {
    expect(describeExpected(transformer)).toBe('≤ 85 °C');
    expect(describeExpected(oxygen)).toBe('0.4–0.6 MPa');
    expect(describeExpected(fuel)).toBe('≥ 20 %');
    expect(describeReading(checkReading('变压器温度', transformer, { value: 92, unit: 'CELSIUS' }))).toBe('92 °C');
    expect(describeReading(checkReading('配电柜指示灯', check, { ok: false }))).toBe('异常');
  });
});
