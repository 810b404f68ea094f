import type { Value } from '../data/types';

/**
 * Competition ranking ("1, 2, 2, 4"), largest first. Areas with no number are not ranked.
 * Returns the rank of each code and how many were ranked.
 */
export function rankDescending(values: ReadonlyMap<string, Value>): { ranks: Map<string, number | null>; ranked: number } {
  const numeric = [...values].filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]));
  numeric.sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number | null>();
  for (const code of values.keys()) ranks.set(code, null);
  numeric.forEach(([code, value], i) => {
    const previous = numeric[i - 1];
    ranks.set(code, previous && previous[1] === value ? ranks.get(previous[0])! : i + 1);
  });
  return { ranks, ranked: numeric.length };
}

export type SortDirection = 'ascending' | 'descending';

/** Comparator for values of one metric: "not reported" always sorts last, whatever the direction. */
export function compareValues(a: Value, b: Value, direction: SortDirection): number {
  const aMissing = a === null || (typeof a === 'number' && !Number.isFinite(a));
  const bMissing = b === null || (typeof b === 'number' && !Number.isFinite(b));
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return direction === 'ascending' ? order : -order;
}
