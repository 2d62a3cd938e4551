import { DomainError, optionalUuid, requireText, requireUuid } from '@houqin/platform-errors';
import { requireCategory } from '../work-order/work-order-category';
import { ExpectedReading, ExpectedReadingInput, requireExpectedReading } from './reading-check';

export const MAX_CHECKPOINTS = 100;
export const MIN_DURATION_MINUTES = 10;
/** One shift: a round that needs longer is two routes. */
export const MAX_DURATION_MINUTES = 480;
/** Route name and checkpoint label together make the corrective work order's title (at most 100 characters). */
export const ROUTE_NAME_MAX = 40;
export const CHECKPOINT_LABEL_MAX = 50;

const MINUTES_PER_DAY = 24 * 60;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface CheckpointInput extends ExpectedReadingInput {
  sequence: number;
  label: string;
  locationId: string;
  assetId?: string | null;
  workCategory: string;
}

export interface RoutePlanInput {
  campusId: string;
  name: string;
  teamId: string;
  startTimes: string[];
  durationMinutes: number;
  startGraceMinutes: number;
  checkpoints: CheckpointInput[];
}

export interface PlannedCheckpoint {
  sequence: number;
  label: string;
  locationId: string;
  assetId: string | null;
  expected: ExpectedReading;
  /** The trade of the corrective work order an out-of-range reading opens (ELECTRICAL, MEDICAL_GAS). */
  workCategory: string;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * 巡检路线 as entered, checked without I/O: 1–100 checkpoints in a unique order, each with what it expects;
 * daily start times (HH:MM Beijing time, distinct), a duration of 10–480 minutes and a grace for starting
 * late shorter than the duration. Rounds of one route never overlap, across midnight included, so a crew
 * is never asked to walk the same route twice at once.
 */
export class RoutePlan {
  private constructor(
    readonly campusId: string,
    readonly name: string,
    readonly teamId: string,
    readonly startTimes: string[],
    readonly durationMinutes: number,
    readonly startGraceMinutes: number,
    readonly checkpoints: PlannedCheckpoint[],
  ) {}

  static from(input: RoutePlanInput): RoutePlan {
    const durationMinutes = RoutePlan.duration(input.durationMinutes);
    return new RoutePlan(
      requireUuid('campusId', input.campusId),
      requireText('name', input.name, ROUTE_NAME_MAX),
      requireUuid('teamId', input.teamId),
      RoutePlan.startTimes(input.startTimes, durationMinutes),
      durationMinutes,
      RoutePlan.grace(input.startGraceMinutes, durationMinutes),
      RoutePlan.checkpoints(input.checkpoints),
    );
  }

  private static duration(value: number): number {
    if (!Number.isInteger(value) || value < MIN_DURATION_MINUTES || value > MAX_DURATION_MINUTES)
      throw new DomainError('INVALID_INPUT', { detail: `durationMinutes: ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}` });
    return value;
  }

  private static grace(value: number, durationMinutes: number): number {
    if (!Number.isInteger(value) || value < 0 || value >= durationMinutes)
      throw new DomainError('INVALID_INPUT', { detail: 'startGraceMinutes: 0 or more, and less than durationMinutes' });
    return value;
  }

  /** Sorted, so the schedule reads in the order of the day. */
  private static startTimes(values: string[], durationMinutes: number): string[] {
    if (!values.length) throw new DomainError('INVALID_INPUT', { detail: 'startTimes: at least one' });
    values.forEach((time, i) => {
      if (!HH_MM.test(time)) throw new DomainError('INVALID_INPUT', { detail: `startTimes[${i}]: HH:MM in Beijing time, e.g. 08:00` });
    });
    const times = [...values].sort();
    times.forEach((time, i) => {
      if (i > 0 && times[i - 1] === time) throw new DomainError('INVALID_INPUT', { detail: `startTimes: ${time} is given twice` });
      // The next round, wrapping to the first one of the next day.
      const next = times[(i + 1) % times.length];
      const gap = (minutesOf(next) - minutesOf(time) + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
      if (gap < durationMinutes) throw new DomainError('INSPECTION_SCHEDULE_OVERLAP', { time, next, duration: durationMinutes });
    });
    return times;
  }

  private static checkpoints(inputs: CheckpointInput[]): PlannedCheckpoint[] {
    if (!inputs.length || inputs.length > MAX_CHECKPOINTS) throw new DomainError('INVALID_INPUT', { detail: `checkpoints: 1 to ${MAX_CHECKPOINTS}` });
    const sequences = new Set<number>();
    const checkpoints = inputs.map((input, i): PlannedCheckpoint => {
      const field = `checkpoints[${i}]`;
      if (!Number.isInteger(input.sequence) || input.sequence < 1) throw new DomainError('INVALID_INPUT', { detail: `${field}.sequence: 1 or more` });
      if (sequences.has(input.sequence)) throw new DomainError('INVALID_INPUT', { detail: `${field}.sequence: ${input.sequence} is given twice` });
      sequences.add(input.sequence);
      return {
        sequence: input.sequence,
        label: requireText(`${field}.label`, input.label, CHECKPOINT_LABEL_MAX),
        locationId: requireUuid(`${field}.locationId`, input.locationId),
        assetId: optionalUuid(`${field}.assetId`, input.assetId),
        expected: requireExpectedReading(field, input),
        workCategory: requireCategory(`${field}.workCategory`, input.workCategory),
      };
    });
    return checkpoints.sort((a, b) => a.sequence - b.sequence);
  }
}
