// The monthly series (metrics-monthly.json) are fetched only when a reader first picks a month.
import type { Atlas } from './atlas';
import { DataError, validateMetrics } from './load';
import type { LazyValuesFile, Level, MetricDef, MetricKey } from './types';

export const MONTHLY_URL = 'data/metrics-monthly.json';
const FILE = 'metrics-monthly.json';

/** True when the view asks for a period whose values have not been fetched yet. */
export function lazyPending(atlas: Pick<Atlas, 'defs' | 'metrics'>, view: { metric: MetricKey; period: string }): boolean {
  const def = atlas.defs.get(view.metric);
  return !!def?.lazyPeriods?.includes(view.period) && def.levels.some((level) => !atlas.metrics.values[view.metric]?.[level]?.[view.period]);
}

/**
 * Checks the lazy file with the same rules as metrics.json (every lazy period of every metric, known
 * codes, numbers or categories) and merges its tables into the atlas's values.
 */
export function mergeLazyValues(atlas: Pick<Atlas, 'metrics'>, json: unknown, knownCodes: ReadonlyMap<string, Level>): void {
  const lazyDefs: MetricDef[] = atlas.metrics.metrics.filter((d) => d.lazyPeriods?.length).map(({ lazyPeriods, ...d }) => ({ ...d, periods: lazyPeriods! }));
  const file = json as Partial<LazyValuesFile> | null;
  const checked = validateMetrics({ version: file?.version, metrics: lazyDefs, values: file?.values }, knownCodes, FILE);
  for (const def of lazyDefs) {
    for (const level of def.levels) {
      const into = ((atlas.metrics.values[def.key] ??= {})[level] ??= {});
      for (const period of def.periods) into[period] = checked.values[def.key]![level]![period]!;
    }
  }
}

/** One fetch for the page's life; a failure can be retried by asking again. */
export function createLazyLoader(atlas: Atlas, fetchText: (url: string) => Promise<Response> = (url) => fetch(new URL(url, document.baseURI))): () => Promise<void> {
  let pending: Promise<void> | null = null;
  const codes = new Map([...atlas.areas.values()].map((a) => [a.code, a.level]));
  return () => {
    pending ??= (async () => {
      let response: Response;
      try {
        response = await fetchText(MONTHLY_URL);
      } catch {
        throw new DataError(FILE, 'could not be downloaded (network error)');
      }
      if (!response.ok) throw new DataError(FILE, `could not be downloaded (HTTP ${response.status})`);
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new DataError(FILE, 'is not valid JSON (truncated or damaged)');
      }
      mergeLazyValues(atlas, json, codes);
    })().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
