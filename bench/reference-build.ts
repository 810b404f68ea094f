import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemeOrRd } from 'd3-scale-chromatic';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { build } from 'vite';

export const REFERENCE_DIST = resolve('bench/reference/dist');

/** STPs from the app's topology as GeoJSON, each coloured by its 2015/16 backlog quintile (OrRd). */
export function referenceGeoJson(topologyFile = 'public/geo/atlas.topo.json', metricsFile = 'public/data/metrics.json'): FeatureCollection {
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology;
  const metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as { values: Record<string, Record<string, Record<string, Record<string, number | null>>>> };
  const backlog = metrics.values.backlog?.stp?.['2015-16'] ?? {};
  const collection = feature(topology, topology.objects.stp!) as unknown as FeatureCollection;
  const sorted = Object.values(backlog).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const palette = schemeOrRd[5]!;
  for (const f of collection.features) {
    const value = backlog[String(f.properties?.code)];
    const rank = typeof value === 'number' ? sorted.indexOf(value) / sorted.length : -1;
    f.properties = { code: f.properties?.code, colour: rank < 0 ? '#d9d9d9' : palette[Math.min(4, Math.floor(rank * 5))] };
  }
  return collection;
}

/** Builds the reference page with Vite into bench/reference/dist, with its GeoJSON beside it. */
export async function buildReference(): Promise<string> {
  await build({
    configFile: false,
    root: resolve('bench/reference'),
    base: './',
    logLevel: 'warn',
    build: { outDir: REFERENCE_DIST, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1100 },
  });
  mkdirSync(REFERENCE_DIST, { recursive: true });
  writeFileSync(resolve(REFERENCE_DIST, 'stp.geojson'), JSON.stringify(referenceGeoJson()));
  return REFERENCE_DIST;
}
