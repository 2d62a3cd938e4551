/** The quarterly grade of a contractor (季度评级). */
export enum ContractorGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

/** Lowest score of each grade, best first; below the last is D. */
export const GRADE_THRESHOLDS: readonly [ContractorGrade, number][] = [
  [ContractorGrade.A, 90],
  [ContractorGrade.B, 80],
  [ContractorGrade.C, 70],
];

/** The departments' monthly checks weigh more than the inspections: they are the users of the service. */
export const CHECK_WEIGHT = 0.6;
export const INSPECTION_WEIGHT = 0.4;
/** Each complaint in the quarter costs points, up to a cap, so one bad month does not sink the whole quarter. */
export const POINTS_PER_COMPLAINT = 2;
export const COMPLAINT_DEDUCTION_MAX = 20;

export interface QuarterFigures {
  /** The departments' monthly check scores (0–100) in the quarter. */
  checkScores: readonly number[];
  /** The inspection scores (0–100) of the contractor's zones in the quarter (cleaning contractors only). */
  inspectionScores: readonly number[];
  complaints: number;
}

export interface Rating {
  checkAverage: number | null;
  inspectionAverage: number | null;
  deduction: number;
  /** Null when there is nothing to rate them on (no check and no inspection in the quarter). */
  score: number | null;
  grade: ContractorGrade | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const average = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * A contractor's quarterly rating: 60 % the departments' monthly checks, 40 % the inspections of its zones
 * (either alone when the other is missing: laundry and pest contractors have no zones), less 2 points per
 * complaint (at most 20); graded A ≥ 90, B ≥ 80, C ≥ 70, D below.
 */
export function rateQuarter(figures: QuarterFigures): Rating {
  const checkAverage = average(figures.checkScores);
  const inspectionAverage = average(figures.inspectionScores);
  const deduction = Math.min(figures.complaints * POINTS_PER_COMPLAINT, COMPLAINT_DEDUCTION_MAX);
  const base =
    checkAverage !== null && inspectionAverage !== null
      ? CHECK_WEIGHT * checkAverage + INSPECTION_WEIGHT * inspectionAverage
      : (checkAverage ?? inspectionAverage);
  if (base === null) return { checkAverage, inspectionAverage, deduction, score: null, grade: null };
  const score = round1(Math.max(0, base - deduction));
  const grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? ContractorGrade.D;
  return {
    checkAverage: checkAverage === null ? null : round1(checkAverage),
    inspectionAverage: inspectionAverage === null ? null : round1(inspectionAverage),
    deduction,
    score,
    grade,
  };
}

/** The months of a quarter `YYYY-Qn`, or null for anything else. */
export function quarterMonths(quarter: string): string[] | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter ?? '');
  if (!match) return null;
  const first = (Number(match[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${match[1]}-${String(first + i).padStart(2, '0')}`);
}
