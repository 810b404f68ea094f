import type { Level, MetricDef, Value } from '../data/types';
import { ordinal, periodLabel } from './format';

/** Adds a code to the pinned list (once, at the end); a full list is left as it is. */
export function pinArea(pinned: readonly string[], code: string, max: number): string[] {
  if (pinned.includes(code) || pinned.length >= max) return [...pinned];
  return [...pinned, code];
}

export function unpinArea(pinned: readonly string[], code: string): string[] {
  return pinned.filter((c) => c !== code);
}

export interface CompareCell {
  value: string;
  /** Words for screen readers when `value` is a bare dash. */
  note: string;
  /** "3rd of 44 STPs", or "" when the metric has no rank there. */
  rank: string;
  missing: boolean;
}

export interface CompareRow {
  def: MetricDef;
  period: string;
  periodLabel: string;
  cells: CompareCell[];
}

/** What a compare row needs to know about one metric at one level and period. */
export interface MetricView {
  values: ReadonlyMap<string, Value>;
  ranks: ReadonlyMap<string, number | null>;
  ranked: number;
  format(value: Value): string;
}

const LEVEL_WORDS: Record<Level, string> = { stp: 'STPs', ccg: 'CCGs' };

/**
 * One row per metric, one cell per pinned area: its value and its rank among the areas of its own
 * level. A metric not reported at an area's level says so rather than showing a blank.
 */
export function compareRows(
  defs: readonly MetricDef[],
  areas: readonly { code: string; level: Level }[],
  periodFor: (def: MetricDef) => string,
  view: (def: MetricDef, level: Level, period: string) => MetricView,
): CompareRow[] {
  return defs.map((def) => {
    const period = periodFor(def);
    const cells = areas.map((area): CompareCell => {
      if (!def.levels.includes(area.level)) return { value: '—', note: `not mapped for ${LEVEL_WORDS[area.level]}`, rank: '', missing: true };
      const v = view(def, area.level, period);
      const value = v.values.get(area.code) ?? null;
      const rank = v.ranks.get(area.code) ?? null;
      return { value: v.format(value), note: '', rank: rank === null ? '' : `${ordinal(rank)} of ${v.ranked} ${LEVEL_WORDS[area.level]}`, missing: value === null };
    });
    return { def, period, periodLabel: periodLabel(def, period), cells };
  });
}
