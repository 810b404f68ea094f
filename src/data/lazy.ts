// Data the first view does not need, fetched on first use: the monthly series (metrics-monthly.json)
// when a reader first picks a month, the area details (details.json) when one first selects an area.
import type { Atlas } from './atlas';
import { DataError, validateMetrics } from './load';
import { geographyKeyOf } from '../geography/key';
import { LEVELS, type AreaDetailsFile, type LazyValuesFile, type Level, type MetricDef, type MetricKey } from './types';

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
  const lazyDefs: MetricDef[] = atlas.metrics.metrics.filter((d) => d.lazyPeriods?.length).map(({ lazyPeriods, ...d }) => ({ ...d, periods: lazyPeriods!, defaultPeriod: lazyPeriods![0]! }));
  const file = json as Partial<LazyValuesFile> | null;
  const { metrics: checked, leftOut } = validateMetrics({ version: file?.version, metrics: lazyDefs, values: file?.values }, knownCodes, FILE);
  if (leftOut.length > 0) throw new DataError(FILE, `has damaged values for ${leftOut.map((m) => m.label).join(', ')}`);
  for (const def of lazyDefs) {
    for (const level of def.levels) {
      const into = ((atlas.metrics.values[def.key] ??= {})[level] ??= {});
      for (const period of def.periods) into[period] = checked.values[def.key]![level]![period]!;
    }
  }
}

export const DETAILS_URL = 'data/details.json';
const DETAILS_FILE = 'details.json';

/** True when an area is selected but what its panel needs has not been fetched yet. */
export function detailsPending(atlas: Pick<Atlas, 'metrics'>, state: { area: string | null }): boolean {
  return state.area !== null && atlas.metrics.stp_detail === undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the shape of details.json and merges it: STP detail, trusts, trust values, IMD detail, area and trust facts. */
export function mergeDetails(atlas: Pick<Atlas, 'metrics'>, json: unknown): void {
  if (!isRecord(json) || json.version !== 1) throw new DataError(DETAILS_FILE, 'is not a version 1 details file');
  for (const key of ['stp_detail', 'trusts', 'trust_values', 'imd'] as const) {
    if (!isRecord(json[key])) throw new DataError(DETAILS_FILE, `has no ${key}`);
  }
  if (!Array.isArray(json.facts) || !json.facts.every((f) => isRecord(f) && typeof f.text === 'string' && typeof f.code === 'string')) {
    throw new DataError(DETAILS_FILE, 'has no list of facts');
  }
  if (!Array.isArray(json.events) || !Array.isArray(json.vanguards)) throw new DataError(DETAILS_FILE, 'has no events or vanguards');
  const details = json as unknown as AreaDetailsFile;
  const m = atlas.metrics;
  m.events = details.events;
  m.vanguards = details.vanguards;
  m.facts = [...m.facts.filter((f) => f.level === 'england'), ...details.facts];
  m.trusts = details.trusts;
  m.trust_values = details.trust_values;
  m.imd = details.imd;
  m.stp_detail = details.stp_detail;
}

/** One fetch of a JSON file for the page's life, handed to `apply`; a failure can be retried by asking again. */
export function createJsonLoader(url: string, apply: (json: unknown) => void, fetchResponse: (url: string) => Promise<Response> = (u) => fetch(new URL(u, document.baseURI))): () => Promise<void> {
  const file = url.split('/').pop()!;
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= (async () => {
      let response: Response;
      try {
        response = await fetchResponse(url);
      } catch {
        throw new DataError(file, 'could not be downloaded (network error)');
      }
      if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new DataError(file, 'is not valid JSON (truncated or damaged)');
      }
      apply(json);
    })().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** The monthly series loader. */
export function createLazyLoader(atlas: Atlas): () => Promise<void> {
  const codes = new Map(LEVELS.flatMap((level) => atlas.geographies.get(geographyKeyOf({ level })).areas.map((a) => [a.code, level] as const)));
  return createJsonLoader(MONTHLY_URL, (json) => mergeLazyValues(atlas, json, codes));
}

/** The area details loader. */
export function createDetailsLoader(atlas: Atlas): () => Promise<void> {
  return createJsonLoader(DETAILS_URL, (json) => mergeDetails(atlas, json));
}
