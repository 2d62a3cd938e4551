export interface IssueLine {
  itemId: string;
  quantity: number;
}

/**
 * One line per item, quantities summed, in order of first mention: a work order may list the same part
 * twice, and allocating each mention separately would judge stock line by line instead of in total.
 */
export function mergeIssueLines(lines: readonly IssueLine[]): IssueLine[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.itemId, (merged.get(line.itemId) ?? 0) + line.quantity);
  return [...merged].map(([itemId, quantity]) => ({ itemId, quantity }));
}
