// For unit tests: the atlas of the committed data files, the ones the app loads.
import { readFileSync } from 'node:fs';
import { createChoroplethCache } from '../domain/choropleth-cache';
import type { Choropleth } from '../domain/choropleth';
import { parseHexJson } from '../domain/hexjson';
import type { Geography, Shape } from '../geography/geography';
import { hexagons2016 } from '../geography/hexagons';
import { geographyKeyOf } from '../geography/key';
import type { AtlasState } from '../state/state';
import { buildAtlas } from './atlas';
import type { AtlasTopology, Level, MetricsFile } from './types';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const testAtlas = buildAtlas(read('public/geo/atlas.topo.json') as AtlasTopology, read('public/data/metrics.json') as MetricsFile);
testAtlas.geographies.add(hexagons2016(parseHexJson(read('public/geo/ccg-hex.hexjson'))));

export function testGeography(level: Level, shape: Shape = 'geo'): Geography {
  return testAtlas.geographies.get(geographyKeyOf({ level, shape }));
}

const cache = createChoroplethCache(testAtlas);

/** The choropleth of a state, as the app's context computes it. */
export function testChoropleth(state: AtlasState): Choropleth {
  return cache(testGeography(state.level, state.shape), state);
}
