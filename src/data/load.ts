import type { Topology } from 'topojson-specification';
import { buildAtlas, type Atlas } from './atlas';
import type { Shape } from '../geography/geography';
import { geographyKeyOf } from '../geography/key';
import { LEVELS, TOPOLOGY_OBJECTS, type AtlasTopology, type CategoryDef, type Level, type MetricDef, type MetricsFile } from './types';

export const TOPOLOGY_URL = 'geo/atlas.topo.json';
export const METRICS_URL = 'data/metrics.json';
export const HEX_LAYOUT_URL = 'geo/ccg-hex.hexjson';

/**
 * What a reader can do about a data file that could not be used: a network failure may pass, a
 * server error may be mended, a damaged file needs the site's owner.
 */
export type DataAdvice = 'connection' | 'server' | 'damaged';

/** A data file could not be used; the message names the file and the problem, for the page. */
export class DataError extends Error {
  constructor(readonly file: string, problem: string, readonly advice: DataAdvice = 'damaged') {
    super(`${file}: ${problem}`);
    this.name = 'DataError';
  }
}

/** The advice sentence of the full-page error. */
export function adviceText(advice: DataAdvice): string {
  if (advice === 'connection') return 'Check your connection and reload the page.';
  if (advice === 'server') return "Try reloading later; if it persists, please tell the site's owner.";
  return "The data file on this server is damaged; please tell the site's owner.";
}

/** A metric left out because its own data is damaged; the rest of the atlas goes on without it. */
export interface LeftOutMetric {
  key: string;
  label: string;
}

export async function fetchJson(url: string): Promise<unknown> {
  const file = url.split('/').pop()!;
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch {
    throw new DataError(file, 'could not be downloaded (network error)', 'connection');
  }
  if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`, 'server');
  try {
    return await response.json();
  } catch {
    throw new DataError(file, 'is not valid JSON (truncated or damaged)');
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function validateTopology(json: unknown, file = 'atlas.topo.json'): Topology {
  if (!isRecord(json) || json.type !== 'Topology' || !Array.isArray(json.arcs) || !isRecord(json.objects)) {
    throw new DataError(file, 'is not a TopoJSON topology');
  }
  for (const name of Object.values(TOPOLOGY_OBJECTS)) {
    const object = json.objects[name];
    if (!isRecord(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new DataError(file, `has no "${name}" object`);
    }
    if (name !== 'england') {
      object.geometries.forEach((g: unknown, i: number) => {
        if (!isRecord(g) || !isRecord(g.properties) || typeof g.properties.code !== 'string' || typeof g.properties.name !== 'string') {
          throw new DataError(file, `${name} feature ${i} has no code or name`);
        }
      });
    }
  }
  return json as unknown as Topology;
}

/** Whether one metric's definition and values can be shown: every value a number (or a known category) or null, for a known area of its level. */
function metricIsSound(def: unknown, values: unknown, knownCodes: ReadonlyMap<string, 'stp' | 'ccg'>): boolean {
  if (!isRecord(def) || typeof def.label !== 'string' || !Array.isArray(def.levels) || !Array.isArray(def.periods) || !def.periods.includes(def.defaultPeriod)) return false;
  const categories = Array.isArray(def.categories) ? (def.categories as (CategoryDef | null)[]) : [];
  return (def.levels as Level[]).every((level) =>
    LEVELS.includes(level) &&
    // Lazily loaded periods (the monthly series) are checked when their file arrives (src/data/lazy.ts).
    (def.periods as string[]).filter((period) => !(Array.isArray(def.lazyPeriods) && def.lazyPeriods.includes(period))).every((period) => {
      const table = isRecord(values) && isRecord(values[level]) ? values[level][period] : null;
      return isRecord(table) && Object.entries(table).every(([code, value]) =>
        knownCodes.get(code) === level && (value === null || (def.kind === 'numeric' ? Number.isFinite(value) : categories.some((c) => c?.value === value))));
    }));
}

/**
 * Checks the metrics file. A damaged file as a whole throws; a damaged metric is left out (and
 * listed), so one bad value spoils one metric, not the atlas. Without population no metric can
 * be shown per resident.
 */
export function validateMetrics(json: unknown, knownCodes: ReadonlyMap<string, 'stp' | 'ccg'>, file = 'metrics.json'): { metrics: MetricsFile; leftOut: LeftOutMetric[] } {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.metrics) || !isRecord(json.values)) {
    throw new DataError(file, 'is not a version 1 metrics file');
  }
  const values = json.values;
  const leftOut: LeftOutMetric[] = [];
  const healthy = (json.metrics as unknown[]).filter((def, i) => {
    const key = isRecord(def) && typeof def.key === 'string' ? def.key : `metric ${i + 1}`;
    if (metricIsSound(def, values[key], knownCodes)) return true;
    leftOut.push({ key, label: isRecord(def) && typeof def.label === 'string' ? def.label : key });
    return false;
  }) as MetricDef[];
  if (healthy.length === 0) throw new DataError(file, 'has no metric that can be shown');
  const withPopulation = healthy.some((d) => d.key === 'population');
  const metrics = withPopulation ? healthy : healthy.map((d) => ({ ...d, perHead: false }));
  return { metrics: { ...(json as unknown as MetricsFile), metrics }, leftOut };
}

/** The notice naming the metrics left out, or none. */
export function leftOutNotice(leftOut: readonly LeftOutMetric[]): string[] {
  if (leftOut.length === 0) return [];
  const names = leftOut.map((m) => m.label).join(', ');
  return [`${names} ${leftOut.length === 1 ? 'is' : 'are'} left out of the Metric list: the data on this server is damaged; please tell the site's owner`];
}

/** Downloads and checks both data files, then builds the atlas model; says which metrics it left out. */
export async function loadAtlas(): Promise<{ atlas: Atlas; notices: string[] }> {
  const [topologyJson, metricsJson] = await Promise.all([fetchJson(TOPOLOGY_URL), fetchJson(METRICS_URL)]);
  const topology = validateTopology(topologyJson);
  const codes = new Map<string, 'stp' | 'ccg'>();
  for (const level of LEVELS) {
    const object = topology.objects[level] as unknown as { geometries: { properties: { code: string } }[] };
    for (const g of object.geometries) codes.set(g.properties.code, level);
  }
  const { metrics, leftOut } = validateMetrics(metricsJson, codes);
  try {
    const atlas = buildAtlas(topology as AtlasTopology, metrics);
    for (const level of LEVELS) atlas.geographies.get(geographyKeyOf({ level, shape: 'geo' }));
    return { atlas, notices: leftOutNotice(leftOut) };
  } catch (error) {
    throw new DataError('atlas.topo.json', `could not be read as map geometry (${(error as Error).message.slice(0, 80)})`);
  }
}

/**
 * Makes a map shape drawable: the hexagons' layout is fetched the first time they are asked for,
 * checked, and both levels built from it (./hex-load.ts). Returns null, or the notice saying why
 * the shape cannot be shown (the atlas is then unchanged).
 */
export async function ensureShape(atlas: Atlas, shape: Shape): Promise<string | null> {
  const keys = LEVELS.map((level) => geographyKeyOf({ level, shape }));
  if (keys.every((key) => atlas.geographies.has(key))) return null;
  const problem = await import('./hex-load').then(({ loadHexagons }) => loadHexagons(atlas.geographies, keys, () => fetchJson(HEX_LAYOUT_URL)), () => 'its code could not be downloaded');
  return problem && `The hexagon map could not be loaded (${problem}) — showing the geographic map`;
}
