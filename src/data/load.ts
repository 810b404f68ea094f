import type { Topology } from 'topojson-specification';
import { buildAtlas, type Atlas } from './atlas';
import { LEVELS, TOPOLOGY_OBJECTS, type Level, type MetricDef, type MetricsFile } from './types';

export const TOPOLOGY_URL = 'geo/atlas.topo.json';
export const METRICS_URL = 'data/metrics.json';

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
  if (advice === 'server') return "The server did not send the data; try reloading later, and if it persists, please tell the site's owner.";
  return "The data file on this server is damaged; please tell the site's owner.";
}

/** A metric left out because its own data is damaged; the rest of the atlas goes on without it. */
export interface LeftOutMetric {
  key: string;
  label: string;
  problem: string;
}

async function fetchJson(url: string): Promise<unknown> {
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

function isRecord(x: unknown): x is Record<string, unknown> {
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

/** The first problem of one metric's definition and values, or null when it can be shown. */
function metricProblem(def: unknown, values: unknown, knownCodes: ReadonlyMap<string, 'stp' | 'ccg'>): string | null {
  if (!isRecord(def) || typeof def.key !== 'string' || !Array.isArray(def.levels) || !Array.isArray(def.periods)) {
    return 'its definition has no key, levels or periods';
  }
  if (typeof def.label !== 'string' || typeof def.defaultPeriod !== 'string' || !def.periods.includes(def.defaultPeriod)) return 'its definition has no label or default period';
  const numeric = def.kind === 'numeric';
  const categories = Array.isArray(def.categories) ? (def.categories as unknown[]) : [];
  for (const level of def.levels as unknown[]) {
    if (!LEVELS.includes(level as Level)) return `it has unknown level ${String(level).slice(0, 20)}`;
    for (const period of def.periods as unknown[]) {
      const table = isRecord(values) && isRecord(values[level as Level]) ? (values[level as Level] as Record<string, unknown>)[String(period)] : undefined;
      if (!isRecord(table)) return `it has no values for ${String(level).toUpperCase()}s, ${String(period).slice(0, 20)}`;
      for (const [code, value] of Object.entries(table)) {
        if (knownCodes.get(code) !== level) return `(${String(period)}) has a value for unknown ${String(level).toUpperCase()} code ${code.slice(0, 20)}`;
        const ok = value === null || (numeric ? typeof value === 'number' && Number.isFinite(value) : categories.some((c) => isRecord(c) && c.value === value));
        if (!ok) return `(${String(period)}) value for ${code.slice(0, 20)} is not ${numeric ? 'a number' : 'a known category'}`;
      }
    }
  }
  return null;
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
    const problem = metricProblem(def, values[key], knownCodes);
    if (problem === null) return true;
    leftOut.push({ key, label: isRecord(def) && typeof def.label === 'string' ? def.label : key, problem });
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
  for (const metric of leftOut) console.warn(`metrics.json: ${metric.key} left out: ${metric.problem}`);
  try {
    return { atlas: buildAtlas(topology as Parameters<typeof buildAtlas>[0], metrics), notices: leftOutNotice(leftOut) };
  } catch (error) {
    throw new DataError('atlas.topo.json', `could not be read as map geometry (${(error as Error).message.slice(0, 80)})`);
  }
}
