import { DomainError } from '@houqin/platform-errors';
import { CHLORINE_BASED, Disinfectant, GB_18466_TABLE_2, SEWAGE_PARAMETERS, SewageLimit, SewageParameter, SewageStandard } from './sewage-standard';

export type SewageReadings = Partial<Record<SewageParameter, number | null>>;

/** A reading outside its limit, with the limit it broke. */
export interface SewageExceedance extends SewageLimit {
  value: number;
}

/** The physically possible range of each reading: anything outside is a typing error, not a breach. */
const POSSIBLE: Record<SewageParameter, [number, number]> = {
  PH: [0, 14],
  COD: [0, 100_000],
  BOD5: [0, 100_000],
  SS: [0, 100_000],
  AMMONIA_NITROGEN: [0, 10_000],
  FECAL_COLIFORM: [0, 1e12],
  RESIDUAL_CHLORINE: [0, 1_000],
};

export function requireReading(parameter: SewageParameter, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const [min, max] = POSSIBLE[parameter];
  if (!Number.isFinite(value) || value < min || value > max)
    throw new DomainError('MEASUREMENT_OUT_OF_RANGE', { field: parameter, min, max, value: String(value) });
  return value;
}

/** The standard's limits with the campus's own in place of the standard's, each checked (min ≤ max). */
export function stationLimits(standard: SewageStandard, overrides: readonly SewageLimit[]): SewageLimit[] {
  const chosen = new Map(GB_18466_TABLE_2[standard].map((limit) => [limit.parameter, limit]));
  for (const limit of overrides) {
    const min = requireReading(limit.parameter, limit.min);
    const max = requireReading(limit.parameter, limit.max);
    if (min !== null && max !== null && min > max) throw new DomainError('SEWAGE_LIMIT_RANGE_INVALID', { field: limit.parameter, min, max });
    chosen.set(limit.parameter, { parameter: limit.parameter, min, max });
  }
  return [...chosen.values()].filter((limit) => limit.min !== null || limit.max !== null);
}

/** A station's limits, applied to a day's readings: which are out, and whether it ran its hours. */
export class SewageLimitCheck {
  constructor(
    private readonly limits: readonly SewageLimit[],
    private readonly expectedRunHours: number,
  ) {}

  /** The readings out of limits; residual chlorine only counts for chlorine disinfection. A reading not taken breaks nothing. */
  exceedances(readings: SewageReadings, disinfectant: Disinfectant): SewageExceedance[] {
    return this.limits.flatMap((limit) => {
      const value = readings[limit.parameter];
      if (value === null || value === undefined) return [];
      if (limit.parameter === SewageParameter.RESIDUAL_CHLORINE && !CHLORINE_BASED.has(disinfectant)) return [];
      const out = (limit.min !== null && value < limit.min) || (limit.max !== null && value > limit.max);
      return out ? [{ ...limit, value }] : [];
    });
  }

  isShortRun(runHours: number): boolean {
    return runHours < this.expectedRunHours;
  }
}

/** Exceedances as people read them: "COD 72 mg/L (≤ 60)；pH 9.4 (6–9)". */
export function describeExceedances(exceedances: readonly SewageExceedance[]): string {
  return exceedances
    .map(({ parameter, value, min, max }) => {
      const { en, unit } = SEWAGE_PARAMETERS[parameter];
      const limit = min !== null && max !== null ? `${min}–${max}` : min !== null ? `≥ ${min}` : `≤ ${max}`;
      return `${en} ${value}${unit ? ` ${unit}` : ''} (${limit})`;
    })
    .join('; ');
}
