import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { WasteContainerKind } from '../waste-container/waste-category';
import { requireCollectable, requireCollectionIds, requireSaneWeight, stepTime, STEP_MAX } from './custody-rules';

const HOUR = 3_600_000;
const now = new Date('2026-12-07T02:00:00Z');

describe('the chain of custody’s rules', () => {
  it('takes a weighing the container can hold, and refuses zero, fractions and kilograms typed as grams', () => {
    expect(requireSaneWeight(WasteContainerKind.BAG, 3_250)).toBe(3_250);
    expect(requireSaneWeight(WasteContainerKind.BIN, 60_000)).toBe(60_000);
    for (const [kind, grams] of [
      [WasteContainerKind.BAG, 0],
      [WasteContainerKind.BAG, 12.5],
      [WasteContainerKind.SHARPS_BOX, 10_001],
      [WasteContainerKind.BAG, 3_250_000],
    ] as const) {
      expect(domainErrorCode(() => requireSaneWeight(kind, grams))).toBe('WASTE_WEIGHT_OUT_OF_RANGE');
    }
  });

  it('scans a container once per load: a bin again after its transfer, a bag or a box never', () => {
    expect(() => requireCollectable(WasteContainerKind.BAG, { open: false, ever: false })).not.toThrow();
    expect(() => requireCollectable(WasteContainerKind.BIN, { open: false, ever: true })).not.toThrow();
    expect(domainErrorCode(() => requireCollectable(WasteContainerKind.BIN, { open: true, ever: true }))).toBe('WASTE_CONTAINER_ALREADY_COLLECTED');
    expect(domainErrorCode(() => requireCollectable(WasteContainerKind.BAG, { open: false, ever: true }))).toBe('WASTE_CONTAINER_ALREADY_COLLECTED');
    expect(domainErrorCode(() => requireCollectable(WasteContainerKind.SHARPS_BOX, { open: false, ever: true }))).toBe('WASTE_CONTAINER_ALREADY_COLLECTED');
  });

  it('dates a step now, or late from paper within 72 h, never in the future nor before the step it follows', () => {
    expect(stepTime('at', null, null, now)).toBe(now);
    const late = new Date(now.getTime() - 71 * HOUR);
    expect(stepTime('at', late, null, now)).toBe(late);
    expect(domainErrorCode(() => stepTime('at', new Date(now.getTime() - 73 * HOUR), null, now))).toBe('WASTE_TIME_OUT_OF_RANGE');
    expect(domainErrorCode(() => stepTime('at', new Date(now.getTime() + 5 * 60_000), null, now))).toBe('WASTE_TIME_OUT_OF_RANGE');
    expect(domainErrorCode(() => stepTime('at', new Date(now.getTime() - 2 * HOUR), new Date(now.getTime() - HOUR), now))).toBe('WASTE_TIME_OUT_OF_RANGE');
    expect(domainErrorCode(() => stepTime('at', new Date('not a date'), null, now))).toBe('WASTE_TIME_OUT_OF_RANGE');
  });

  it('names the times of a refusal on the Beijing clock', () => {
    try {
      stepTime('storedAt', new Date(now.getTime() + HOUR), null, now);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({ params: { field: 'storedAt', value: '2026-12-07 11:00', latest: '2026-12-07 10:00', earliest: '2026-12-04 10:00' } });
    }
  });

  it('takes 1–200 loads per step, each once', () => {
    const id = randomUUID();
    expect(requireCollectionIds([id, id.toUpperCase()])).toEqual([id]);
    expect(domainErrorCode(() => requireCollectionIds([]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => requireCollectionIds(Array.from({ length: STEP_MAX + 1 }, () => randomUUID())))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => requireCollectionIds(['bag-1']))).toBe('INVALID_ID');
  });
});
