/**
 * When to warn that an item is running low. The alert fires when an issue takes the on-hand quantity from
 * at-or-above the reorder point to below it, not on every issue while it stays low, so purchasing gets one
 * signal per dip instead of a stream of duplicates.
 */
export function crossesBelowReorderPoint(change: { onHandBefore: number; onHandAfter: number; reorderPoint: number | null }): boolean {
  const { onHandBefore, onHandAfter, reorderPoint } = change;
  if (reorderPoint === null) return false;
  return onHandBefore >= reorderPoint && onHandAfter < reorderPoint;
}

/** Whether a level is currently below its reorder point (no reorder point: never). */
export function isBelowReorderPoint(onHand: number, reorderPoint: number | null): boolean {
  return reorderPoint !== null && onHand < reorderPoint;
}
