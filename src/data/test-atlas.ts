// For unit tests: the atlas of the committed data files, the ones the app loads.
import { readFileSync } from 'node:fs';
import { createChoroplethCache } from '../domain/choropleth-cache';
import type { Choropleth } from '../domain/choropleth';
import { parseHexJson } from '../domain/hexjson';
import type { Geography, Shape } from '../geography/geography';
import { hexagons2016 } from '../geography/hexagons';
import { geographyKeyOf } from '../geography/key';
import type { AtlasState } from '../state/state';
import * as later from '../orgs-later';
import { buildAtlas } from './atlas';
import { mergeDetails } from './lazy';
import { attachOrgs } from './orgs-load';
import type { OrgYear } from './orgs-types';
import type { AtlasTopology, Level, MetricsFile } from './types';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** As the app has it after a first selection: the area details (details.json) merged in. */
export const testAtlas = buildAtlas(read('public/geo/atlas.topo.json') as AtlasTopology, read('public/data/metrics.json') as MetricsFile);
mergeDetails(testAtlas, read('public/data/details.json'));
attachOrgs(testAtlas, later, read('public/data/orgs.json'));
testAtlas.geographies.add(hexagons2016(parseHexJson(read('public/geo/ccg-hex.hexjson'))));

export function testGeography(level: Level, orgs: OrgYear = '2016', shape: Shape = 'geo'): Geography {
  return testAtlas.geographies.get(geographyKeyOf({ level, orgs, shape }));
}

const cache = createChoroplethCache(testAtlas);

/** The choropleth of a state, as the app's context computes it. */
export function testChoropleth(state: AtlasState): Choropleth {
  return cache(testGeography(state.level, state.orgs, state.shape), state);
}
