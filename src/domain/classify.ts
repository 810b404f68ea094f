import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';
import { bisectRight } from 'd3-array';

export type Classification = 'quantile' | 'equal' | 'jenks';
export const CLASSIFICATIONS: readonly Classification[] = ['quantile', 'equal', 'jenks'];
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  quantile: 'Quantiles',
  equal: 'Equal intervals',
  jenks: 'Natural breaks (Jenks)',
};

export const DEFAULT_CLASS_COUNT = 5;

export interface ClassBreaks {
  /** Lower bound of each class; class i holds values in [lower[i], lower[i+1]). */
  lower: number[];
  min: number;
  max: number;
  /** True when every distinct value has a class of its own (few distinct values). */
  discrete: boolean;
}

/**
 * Class breaks for the numbers of a map. When there are no more distinct values than classes,
 * each value gets its own class: a legend of "0, 1, 2, 3" reads better than ranges over four numbers.
 */
export function classBreaks(values: readonly number[], method: Classification, classes = DEFAULT_CLASS_COUNT): ClassBreaks | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const distinct = [...new Set(sorted)];
  if (distinct.length <= classes) {
    return { lower: distinct, min, max, discrete: true };
  }
  let lower: number[];
  switch (method) {
    case 'quantile':
      lower = [min];
      for (let i = 1; i < classes; i++) lower.push(quantileSorted(sorted, i / classes));
      break;
    case 'equal':
      lower = equalIntervalBreaks(sorted, classes).slice(0, classes);
      break;
    case 'jenks':
      lower = ckmeans(sorted, classes).map((cluster) => cluster[0]!);
      break;
  }
  // Tied quantiles would make empty classes: keep each lower bound once.
  lower = [...new Set(lower)];
  return { lower, min, max, discrete: false };
}

/** Index of the class a value falls in. */
export function classIndex(breaks: ClassBreaks, value: number): number {
  return Math.max(0, bisectRight(breaks.lower, value) - 1);
}
