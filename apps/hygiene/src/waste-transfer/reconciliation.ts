/** The disposal company's weighbridge against the wards' scales for one manifest (称重核对). */
export interface Reconciliation {
  wardWeightGrams: number;
  companyWeightGrams: number;
  /** The company's weight less the wards' (negative: less arrived than was weighed out). */
  differenceGrams: number;
  /** |difference| over the wards' total, in basis points (1 % = 100), rounded up so a flag is never hidden by rounding. */
  deviationBasisPoints: number;
  /** Outside the tolerance either way: waste lost or added on the way, or a scale out of calibration. */
  discrepancy: boolean;
}

/** Integer arithmetic throughout: grams and basis points, so a 5 % tolerance is exactly 5 %. */
export function reconcile(wardWeightGrams: number, companyWeightGrams: number, toleranceBasisPoints: number): Reconciliation {
  if (wardWeightGrams <= 0) throw new Error('a transfer reconciles at least one weighed load');
  const differenceGrams = companyWeightGrams - wardWeightGrams;
  const scaled = Math.abs(differenceGrams) * 10_000;
  return {
    wardWeightGrams,
    companyWeightGrams,
    differenceGrams,
    deviationBasisPoints: Math.ceil(scaled / wardWeightGrams),
    discrepancy: scaled > wardWeightGrams * toleranceBasisPoints,
  };
}

/** Grams as kilograms for people: 12345 → "12.345". */
export const kilograms = (grams: number): string => (grams / 1000).toFixed(3).replace(/\.?0+$/, '');

/** Basis points as a percentage for people: 520 → "5.2". */
export const percent = (basisPoints: number): string => (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '');
