import type { Topology } from 'topojson-specification';
import { buildAtlas, type Atlas } from './atlas';
import type { Shape } from '../geography/geography';
import { geographyKeyOf } from '../geography/key';
import { LEVELS, TOPOLOGY_OBJECTS, type AtlasTopology, type MetricsFile } from './types';

export const TOPOLOGY_URL = 'geo/atlas.topo.json';
export const METRICS_URL = 'data/metrics.json';
export const HEX_LAYOUT_URL = 'geo/ccg-hex.hexjson';

/** A data file could not be used; the message names the file and the problem, for the page. */
export class DataError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataError';
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const file = url.split('/').pop()!;
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch {
    throw new DataError(file, 'could not be downloaded (network error)');
  }
  if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
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

export function validateMetrics(json: unknown, knownCodes: ReadonlyMap<string, 'stp' | 'ccg'>, file = 'metrics.json'): MetricsFile {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.metrics) || !isRecord(json.values)) {
    throw new DataError(file, 'is not a version 1 metrics file');
  }
  const metrics = json as unknown as MetricsFile;
  for (const def of metrics.metrics) {
    if (!isRecord(def) || typeof def.key !== 'string' || !Array.isArray(def.levels) || !Array.isArray(def.periods)) {
      throw new DataError(file, 'has a metric definition without key, levels or periods');
    }
    const byLevel = metrics.values[def.key];
    for (const level of def.levels) {
      if (!LEVELS.includes(level)) throw new DataError(file, `metric ${def.key} has unknown level ${String(level).slice(0, 20)}`);
      for (const period of def.periods) {
        const table = byLevel?.[level]?.[period];
        if (!isRecord(table)) throw new DataError(file, `has no ${def.key} values for ${level.toUpperCase()}s, ${period}`);
        for (const [code, value] of Object.entries(table)) {
          if (knownCodes.get(code) !== level) {
            throw new DataError(file, `${def.key} (${period}) has a value for unknown ${level.toUpperCase()} code ${code.slice(0, 20)}`);
          }
          const ok = value === null || (def.kind === 'numeric' ? typeof value === 'number' && Number.isFinite(value) : (def.categories ?? []).some((c) => c.value === value));
          if (!ok) throw new DataError(file, `${def.key} (${period}) value for ${code} is not ${def.kind === 'numeric' ? 'a number' : 'a known category'}`);
        }
      }
    }
  }
  return metrics;
}

/** Downloads and checks both data files, then builds the atlas model and the geographies of its levels. */
export async function loadAtlas(): Promise<Atlas> {
  const [topologyJson, metricsJson] = await Promise.all([fetchJson(TOPOLOGY_URL), fetchJson(METRICS_URL)]);
  const topology = validateTopology(topologyJson);
  const codes = new Map<string, 'stp' | 'ccg'>();
  for (const level of LEVELS) {
    const object = topology.objects[level] as unknown as { geometries: { properties: { code: string } }[] };
    for (const g of object.geometries) codes.set(g.properties.code, level);
  }
  const metrics = validateMetrics(metricsJson, codes);
  try {
    const atlas = buildAtlas(topology as AtlasTopology, metrics);
    for (const level of LEVELS) atlas.geographies.get(geographyKeyOf({ level, shape: 'geo' }));
    return atlas;
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
