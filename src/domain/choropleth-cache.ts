import type { Atlas } from '../data/atlas';
import { computeChoropleth, type Choropleth, type ViewSpec } from './choropleth';

/** Choropleths are recomputed only when the spec changes; hover and selection reuse them. */
export function createChoroplethCache(atlas: Atlas): (spec: ViewSpec) => Choropleth {
  const cache = new Map<string, Choropleth>();
  return (spec) => {
    const key = `${spec.level}|${spec.metric}|${spec.period}|${spec.perHead}|${spec.classify}`;
    let result = cache.get(key);
    if (!result) {
      result = computeChoropleth(atlas, { level: spec.level, metric: spec.metric, period: spec.period, perHead: spec.perHead, classify: spec.classify });
      // A lazily loaded period with no values yet is not cached: it changes when they arrive.
      if (atlas.metrics.values[spec.metric]?.[spec.level]?.[spec.period]) cache.set(key, result);
    }
    return result;
  };
}
