import { median } from 'd3-array';
import type { Atlas } from '../data/atlas';
import type { Value } from '../data/types';
import type { Geography } from '../geography/geography';
import { changeKind, changeValue, describeChange, divergingColours, divergingLower, formatChange } from './change';
import { shownValues, type Choropleth, type LegendItem, type ViewSpec } from './choropleth';
import { classIndex } from './classify';
import { isSummable, periodLabel } from './format';
import { NO_DATA_COLOUR } from './palette';
import { rankDescending } from './rank';

/** The change view: each area coloured by its change from `spec.change` to `spec.period`, on a diverging scale centred on zero. */
export function computeChangeChoropleth(atlas: Atlas, geography: Pick<Geography, 'level' | 'areas'>, spec: ViewSpec & { change: string }): Choropleth {
  const def = atlas.defs.get(spec.metric)!;
  const kind = changeKind(def);
  const base = shownValues(atlas, geography, spec, spec.change);
  const current = shownValues(atlas, geography, spec, spec.period);
  const values = new Map<string, Value>([...current].map(([code, v]) => [code, changeValue(base.get(code) ?? null, v, kind)]));
  const numbers = [...values.values()].filter((v): v is number => typeof v === 'number');
  const lower = divergingLower(numbers);
  const breaks = { lower, min: Math.min(...numbers), max: Math.max(...numbers), discrete: false };
  const palette = divergingColours(def.direction);
  const format = (value: Value) => formatChange(value, kind);
  const colours = new Map<string, string>();
  const counts = lower.map(() => 0);
  for (const [code, v] of values) {
    if (typeof v !== 'number') colours.set(code, NO_DATA_COLOUR);
    else {
      const i = classIndex(breaks, v);
      counts[i]!++;
      colours.set(code, palette[i]!);
    }
  }
  const bound = (x: number) => formatChange(x, kind).replace(/\.0(?=%| pp)/, '');
  // A total cannot fall by more than 100%: classes below that are left out, the lowest starts at −100%.
  const floor = kind === 'percent' ? -100 : -Infinity;
  const legend: LegendItem[] = lower.flatMap((classLow, i) => {
    const high = lower[i + 1];
    if (high !== undefined && high <= floor) return [];
    const low = Math.max(classLow, floor);
    const label = low === -Infinity ? `below ${bound(high!)}` : high === undefined ? `${bound(low)} and over` : `${bound(low)} to under ${bound(high)}`;
    return [{ colour: palette[i]!, label, kind: 'class' as const, count: counts[i]! }];
  });
  const missing = numbers.length < values.size ? values.size - numbers.length : 0;
  if (missing > 0) legend.push({ colour: NO_DATA_COLOUR, label: 'Not reported (a period missing)', kind: 'nodata', count: missing });
  const span = `change from ${periodLabel(def, spec.change)} to ${periodLabel(def, spec.period)}`;
  const { ranks, ranked } = rankDescending(values);
  return {
    spec,
    def,
    title: `${def.label}${spec.perHead ? ' per resident' : ''}, ${span}`,
    periodLabel: span,
    unit: kind === 'points' ? 'percentage points' : '% change',
    values,
    approximate: new Set(),
    colours,
    breaks,
    classPeriods: '',
    legend,
    ranks,
    ranked,
    format,
    englandChange: englandChange(base, current, values, kind, isSummable(def.unit) && !spec.perHead),
  };
}

/** England's change over the areas reported in both periods: of the totals for sums, of the median area otherwise. */
function englandChange(base: Map<string, Value>, current: Map<string, Value>, changes: Map<string, Value>, kind: ReturnType<typeof changeKind>, summable: boolean): string | null {
  const both = [...changes].filter(([, v]) => typeof v === 'number').map(([code]) => code);
  if (both.length === 0) return null;
  if (summable) {
    const sum = (m: Map<string, Value>) => both.reduce((total, code) => total + (m.get(code) as number), 0);
    const change = changeValue(sum(base), sum(current), kind);
    return typeof change === 'number' ? `England (the ${both.length} areas reported in both) ${describeChange(change, kind)}` : null;
  }
  const middle = median(both.map((code) => Number(changes.get(code))))!;
  return `Median area ${describeChange(middle, kind)}`;
}
