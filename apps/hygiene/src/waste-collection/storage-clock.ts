const HOUR_MS = 3_600_000;

/**
 * 暂时贮存不得超过2天 (《医疗卫生机构医疗废物管理办法》): a warning when a load has been held a day, the limit at
 * two. The clock starts when the waste leaves the ward (collection), the stricter reading: a load signed over late
 * or left on the cart still counts.
 */
export enum StorageThreshold {
  HOURS_24 = 'HOURS_24',
  HOURS_48 = 'HOURS_48',
}

export const STORAGE_THRESHOLD_HOURS: Record<StorageThreshold, number> = { HOURS_24: 24, HOURS_48: 48 };

/** The legal limit: held longer than this is overdue (超期贮存). */
export const STORAGE_LIMIT_HOURS = STORAGE_THRESHOLD_HOURS.HOURS_48;

/** Whole hours a load collected at `collectedAt` has been held at `at`. */
export const hoursHeld = (collectedAt: Date, at: Date): number => Math.max(0, Math.floor((at.getTime() - collectedAt.getTime()) / HOUR_MS));

/** When the load reaches the threshold. */
export const thresholdDueAt = (collectedAt: Date, threshold: StorageThreshold): Date =>
  new Date(collectedAt.getTime() + STORAGE_THRESHOLD_HOURS[threshold] * HOUR_MS);

/** The thresholds a load still held at `at` has reached, in order. */
export const thresholdsReached = (collectedAt: Date, at: Date): StorageThreshold[] =>
  Object.values(StorageThreshold).filter((threshold) => thresholdDueAt(collectedAt, threshold) <= at);

/** Held past the limit at `at` (the KPIs' overdue count, the ledger's flag). */
export const isOverdue = (collectedAt: Date, at: Date): boolean => at.getTime() - collectedAt.getTime() > STORAGE_LIMIT_HOURS * HOUR_MS;
