import type { Atlas } from '../data/atlas';
import type { MetricKey, Value } from '../data/types';
import type { Area } from '../geography/geography';
import { CUMBRIA_CCG, CUMBRIA_PART_STP } from '../geography/cumbria';

export interface LaterValues {
  values: Map<string, Value>;
  /** Areas whose value is an approximation (a share of NHS Cumbria CCG by area), rounded to the nearest 1,000. */
  approximate: Set<string>;
}

/**
 * Values of the later years' areas, computed from their 2016 CCGs: how many there are, and the
 * population summed from them (mid-2015; a part of NHS Cumbria CCG by its share of the area). Other
 * metrics are the 2016/17 organisations' and have no value here.
 */
export function laterYearValues(atlas: Pick<Atlas, 'metrics'>, areas: readonly Area[], metric: MetricKey): LaterValues {
  const approximate = new Set<string>();
  const population = atlas.metrics.values.population?.ccg?.['mid-2015'] ?? {};
  const split = atlas.metrics.cumbria_split;
  const valueOf = (area: Area): Value => {
    const members = area.predecessors ?? [];
    if (metric === 'predecessors') return members.length;
    if (metric !== 'population') return null;
    let sum = 0;
    for (const code of members) {
      const people = population[code];
      if (typeof people !== 'number') return null;
      const share = code === CUMBRIA_CCG && area.cumbriaPart ? split[CUMBRIA_PART_STP[area.cumbriaPart]] : 1;
      if (share === undefined) return null;
      if (share !== 1) approximate.add(area.code);
      sum += people * share;
    }
    return approximate.has(area.code) ? Math.round(sum / 1000) * 1000 : sum;
  };
  return { values: new Map(areas.map((area) => [area.code, valueOf(area)])), approximate };
}
