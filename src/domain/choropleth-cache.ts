import type { Atlas } from '../data/atlas';
import type { Geography } from '../geography/geography';
import { computeChoropleth, type Choropleth, type ViewSpec } from './choropleth';

/** Choropleths are recomputed only when the geography or the spec changes; hover and selection reuse them. */
export function createChoroplethCache(atlas: Atlas): (geography: Geography, spec: ViewSpec) => Choropleth {
  const cache = new Map<string, Choropleth>();
  return (geography, spec) => {
    const key = `${geography.id}|${spec.metric}|${spec.period}|${spec.perHead}|${spec.classify}`;
    let result = cache.get(key);
    if (!result) {
      result = computeChoropleth(atlas, geography, { level: geography.level, metric: spec.metric, period: spec.period, perHead: spec.perHead, classify: spec.classify });
      // A lazily loaded period with no values yet is not cached: it changes when they arrive.
      if (atlas.metrics.values[spec.metric]?.[geography.level]?.[spec.period]) cache.set(key, result);
    }
    return result;
  };
}
