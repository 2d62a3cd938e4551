import { DomainError, requirePositiveInt } from '@houqin/platform-errors';
import { LINEN_KIND_ZH, LinenKind } from './linen-kind';

/** One kind on a collection: counted out dirty, back clean, and written off when the collection was settled short. */
export interface LinenLine {
  kind: LinenKind;
  collected: number;
  returned: number;
  lost: number;
}

export interface LinenCount {
  kind: LinenKind;
  quantity: number;
}

/** Counts as entered: each kind once, each a whole number above zero. */
export function requireLinenCounts(counts: readonly LinenCount[]): LinenCount[] {
  if (!counts.length) throw new DomainError('TEXT_REQUIRED', { field: 'lines' });
  const seen = new Set<LinenKind>();
  return counts.map(({ kind, quantity }) => {
    if (seen.has(kind)) throw new DomainError('LINEN_KIND_REPEATED', { kind, kindZh: LINEN_KIND_ZH[kind] });
    seen.add(kind);
    return { kind, quantity: requirePositiveInt(`lines.${kind}`, quantity) };
  });
}

export const outstanding = (line: LinenLine): number => line.collected - line.returned - line.lost;

/** The lines after the laundry brought `counts` back; a kind never collected, or more than is outstanding, is refused. */
export function applyReturn(lines: readonly LinenLine[], counts: readonly LinenCount[]): LinenLine[] {
  const next = lines.map((line) => ({ ...line }));
  for (const { kind, quantity } of counts) {
    const line = next.find((l) => l.kind === kind);
    const open = line ? outstanding(line) : 0;
    if (!line || quantity > open) {
      throw new DomainError('LINEN_RETURN_EXCEEDS_OUTSTANDING', { kind, kindZh: LINEN_KIND_ZH[kind], returned: quantity, outstanding: open });
    }
    line.returned += quantity;
  }
  return next;
}

/** Settling a collection: whatever is still outstanding is lost. */
export const settle = (lines: readonly LinenLine[]): LinenLine[] => lines.map((line) => ({ ...line, lost: line.lost + outstanding(line) }));

export const fullyReturned = (lines: readonly LinenLine[]): boolean => lines.every((line) => outstanding(line) === 0);

/**
 * How much of its par a department may have at the laundry after a return before it is short: par levels carry
 * a margin over a day's use (a spare set per bed), so a few pieces late are normal, a fifth of the stock is not.
 */
export const PAR_SHORTFALL_SHARE = 0.2;

/**
 * The kinds a department is short of: it should hold `par` clean and in use, and every piece still at the laundry
 * is one it does not have. A kind without a par level is never short.
 */
export function linenShortfalls(
  par: ReadonlyMap<LinenKind, number>,
  atLaundry: ReadonlyMap<LinenKind, number>,
): { kind: LinenKind; par: number; outstanding: number }[] {
  return [...atLaundry]
    .filter(([kind, pieces]) => (par.get(kind) ?? 0) > 0 && pieces > (par.get(kind) as number) * PAR_SHORTFALL_SHARE)
    .map(([kind, pieces]) => ({ kind, par: par.get(kind) as number, outstanding: pieces }));
}

/** Lost pieces per piece collected, to four places; null when nothing was collected. */
export const lossRate = (collected: number, lost: number): number | null => (collected > 0 ? Math.round((lost / collected) * 10_000) / 10_000 : null);
