import type { Value } from '../data/types';
import { compareValues, type SortDirection } from './rank';

export interface RankingRow {
  code: string;
  name: string;
  value: Value;
  rank: number | null;
  /** Parent STP names (CCG level), joined for display and sorting. */
  parent: string;
  /** Change from the first period of the series (or the change view's base) to the current one; null when not computable. */
  trend?: Value;
}

export type SortKey = 'rank' | 'name' | 'code' | 'value' | 'parent' | 'trend';

export interface SortSpec {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortSpec = { key: 'rank', direction: 'ascending' };

// One collator for every comparison: localeCompare with a locale builds a new one per call.
const collator = new Intl.Collator('en-GB');
const byName = (a: RankingRow, b: RankingRow) => collator.compare(a.name, b.name);

/** The direction a column sorts in when first chosen: numbers largest first, words A to Z. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'value' || key === 'trend' ? 'descending' : 'ascending';
}

/** Clicking a column header: a new column starts in its natural direction, the same one flips. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * Rows in table order. Rows with no value ("Not reported", no rank) always come last, whatever the
 * direction; ties keep alphabetical order by name.
 */
export function sortRows(rows: readonly RankingRow[], sort: SortSpec): RankingRow[] {
  const flip = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: RankingRow, b: RankingRow): number => {
    switch (sort.key) {
      case 'value':
        return compareValues(a.value, b.value, sort.direction);
      case 'rank':
        return compareValues(a.rank, b.rank, sort.direction);
      case 'name':
        return flip * byName(a, b);
      case 'code':
        return flip * (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
      case 'parent':
        return flip * collator.compare(a.parent, b.parent);
      case 'trend':
        return compareValues(a.trend ?? null, b.trend ?? null, sort.direction);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}

/** SVG polyline points of a small line over the values (each line scaled to its own range); missing values leave gaps unjoined. */
export function sparklinePoints(values: readonly Value[], width: number, height: number): string {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length < 2) return '';
  const low = Math.min(...numbers);
  const span = Math.max(...numbers) - low || 1;
  const step = width / Math.max(1, values.length - 1);
  return values
    .flatMap((v, i) => (typeof v === 'number' ? [`${(i * step).toFixed(1)},${(height - 1 - ((v - low) / span) * (height - 2)).toFixed(1)}`] : []))
    .join(' ');
}
