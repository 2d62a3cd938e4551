import { domainErrorCode as codeOf, domainErrorOf as errorOf } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { CheckpointKind } from './reading-check';
import { ReadingUnit } from '../common/reading-unit';
import { CheckpointInput, RoutePlan, RoutePlanInput } from './route-plan';

const checkpoint = (sequence: number, overrides: Partial<CheckpointInput> = {}): CheckpointInput => ({
  sequence,
  label: `${sequence}号变压器温度`,
  locationId: randomUUID(),
  kind: CheckpointKind.READING,
  unit: 'CELSIUS',
  max: 85,
  workCategory: 'electrical',
  ...overrides,
});
const route = (overrides: Partial<RoutePlanInput> = {}): RoutePlanInput => ({
  campusId: randomUUID(),
  name: '配电房夜间巡检',
  teamId: randomUUID(),
  startTimes: ['08:00', '16:00', '00:00'],
  durationMinutes: 60,
  startGraceMinutes: 15,
  checkpoints: [checkpoint(2), checkpoint(1, { label: '氧气汇流排压力', unit: 'MPA', min: 0.4, max: 0.6, workCategory: 'MEDICAL_GAS' })],
  ...overrides,
});

describe('inspection route plan', () => {
  it('keeps checkpoints in their order and start times in the order of the day', () => {
    const plan = RoutePlan.from(route());
    expect(plan.startTimes).toEqual(['00:00', '08:00', '16:00']);
    expect(plan.checkpoints.map((c) => [c.sequence, c.label, c.workCategory])).toEqual([
      [1, '氧气汇流排压力', 'MEDICAL_GAS'],
      [2, '2号变压器温度', 'ELECTRICAL'],
    ]);
    expect(plan.checkpoints[0].expected).toEqual({ kind: CheckpointKind.READING, unit: ReadingUnit.MPA, min: 0.4, max: 0.6 });
    expect(plan.checkpoints[0].assetId).toBeNull();
  });

  it('takes 1 to 100 checkpoints, each in its own place of the order', () => {
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [] })))).toBe('INVALID_INPUT');
    const hundred = Array.from({ length: 100 }, (_, i) => checkpoint(i + 1));
    expect(RoutePlan.from(route({ checkpoints: hundred })).checkpoints).toHaveLength(100);
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [...hundred, checkpoint(101)] })))).toBe('INVALID_INPUT');
    expect(errorOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1), checkpoint(1)] }))).messages.en).toBe(
      'Invalid input: checkpoints[1].sequence: 1 is given twice',
    );
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(0)] })))).toBe('INVALID_INPUT');
  });

  it('checks what each checkpoint expects: a reading needs a unit and a sensible range, units are known ones', () => {
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { unit: null })] })))).toBe('READING_RANGE_REQUIRED');
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { min: 90, max: 85 })] })))).toBe('READING_RANGE_INVERTED');
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { unit: 'kPa' })] })))).toBe('READING_UNIT_UNKNOWN');
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { label: ' ' })] })))).toBe('TEXT_REQUIRED');
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { locationId: 'power-room' })] })))).toBe('INVALID_ID');
    expect(codeOf(() => RoutePlan.from(route({ checkpoints: [checkpoint(1, { workCategory: 'MEDICAL GAS' })] })))).toBe('INVALID_INPUT');
    const switchboard = checkpoint(1, { kind: CheckpointKind.CHECK, unit: null, max: null, label: '配电柜指示灯' });
    expect(RoutePlan.from(route({ checkpoints: [switchboard] })).checkpoints[0].expected).toEqual({ kind: CheckpointKind.CHECK });
  });

  it('takes distinct HH:MM start times whose rounds never overlap, across midnight included', () => {
    expect(codeOf(() => RoutePlan.from(route({ startTimes: [] })))).toBe('INVALID_INPUT');
    expect(codeOf(() => RoutePlan.from(route({ startTimes: ['8:00'] })))).toBe('INVALID_INPUT');
    expect(codeOf(() => RoutePlan.from(route({ startTimes: ['24:00'] })))).toBe('INVALID_INPUT');
    expect(errorOf(() => RoutePlan.from(route({ startTimes: ['08:00', '16:00', '08:00'] }))).messages.en).toBe(
      'Invalid input: startTimes: 08:00 is given twice',
    );
    expect(RoutePlan.from(route({ startTimes: ['23:00', '00:00'] })).startTimes).toEqual(['00:00', '23:00']);
    expect(errorOf(() => RoutePlan.from(route({ startTimes: ['23:30', '00:10'] }))).messages).toEqual({
      'zh-CN': '23:30 开始的巡检限时 60 分钟，与 00:10 开始的巡检重叠',
      en: 'The round starting at 23:30 lasts 60 minutes and overlaps the round starting at 00:10',
    });
    expect(codeOf(() => RoutePlan.from(route({ startTimes: ['08:00', '08:59'] })))).toBe('INSPECTION_SCHEDULE_OVERLAP');
    // A single round a day may take a whole shift.
    expect(RoutePlan.from(route({ startTimes: ['22:00'], durationMinutes: 480 })).durationMinutes).toBe(480);
  });

  it('takes 10 to 480 minutes to finish and a grace for starting late shorter than that', () => {
    expect(RoutePlan.from(route({ durationMinutes: 10, startGraceMinutes: 0 })).startGraceMinutes).toBe(0);
    for (const durationMinutes of [9, 481, 30.5]) expect(codeOf(() => RoutePlan.from(route({ durationMinutes })))).toBe('INVALID_INPUT');
    expect(codeOf(() => RoutePlan.from(route({ startGraceMinutes: 60 })))).toBe('INVALID_INPUT');
    expect(codeOf(() => RoutePlan.from(route({ startGraceMinutes: -1 })))).toBe('INVALID_INPUT');
    expect(codeOf(() => RoutePlan.from(route({ name: '配电房'.repeat(14) })))).toBe('TEXT_TOO_LONG');
  });
});
