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
      cache.set(key, result);
    }
    return result;
  };
}
