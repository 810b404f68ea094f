import type { Atlas } from '../data/atlas';
import type { Geography } from '../geography/geography';
import { computeChangeChoropleth } from './change-choropleth';
import { computeChoropleth, computeClassBasis, periodLoaded, periodSeries, type ClassBasis, type Choropleth, type ViewSpec } from './choropleth';

/**
 * Choropleths are recomputed only when the geography or the spec changes; hover and selection reuse them.
 * The classes over all periods of a series are computed once per (geography, metric, series, per-head,
 * classification), so stepping through periods only recolours.
 */
export function createChoroplethCache(atlas: Atlas): (geography: Geography, spec: ViewSpec) => Choropleth {
  const cache = new Map<string, Choropleth>();
  const bases = new Map<string, ClassBasis>();
  const loaded = (geography: Geography, metric: ViewSpec['metric'], period: string) => periodLoaded(atlas, metric, geography.level, period);
  return (geography, spec) => {
    const key = `${geography.id}|${spec.metric}|${spec.period}|${spec.perHead}|${spec.classify}|${spec.change ?? ''}`;
    let result = cache.get(key);
    if (!result) {
      const view: ViewSpec = { level: geography.level, metric: spec.metric, period: spec.period, perHead: spec.perHead, classify: spec.classify };
      if (spec.change) {
        result = computeChangeChoropleth(atlas, geography, { ...view, change: spec.change });
        if (loaded(geography, spec.metric, spec.period) && loaded(geography, spec.metric, spec.change)) cache.set(key, result);
        return result;
      }
      const series = periodSeries(atlas.defs.get(spec.metric)!, spec.period);
      const basisKey = `${geography.id}|${spec.metric}|${series[0]}|${spec.perHead}|${spec.classify}`;
      let basis = bases.get(basisKey);
      if (!basis) {
        basis = computeClassBasis(atlas, geography, view);
        // Classes over a series some of whose periods are still loading are not kept: they change when the values arrive.
        if (series.every((p) => loaded(geography, spec.metric, p))) bases.set(basisKey, basis);
      }
      result = computeChoropleth(atlas, geography, view, basis);
      // A lazily loaded period with no values yet is not cached: it changes when they arrive.
      if (loaded(geography, spec.metric, spec.period)) cache.set(key, result);
    }
    return result;
  };
}
