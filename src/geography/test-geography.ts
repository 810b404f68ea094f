// For unit tests: the geographies of the committed topology, the one the app loads.
import { readFileSync } from 'node:fs';
import type { AtlasTopology, Level } from '../data/types';
import type { Geography } from './geography';
import { geographyKeyOf } from './key';
import { createGeographyRegistry } from './registry';

const registry = createGeographyRegistry(JSON.parse(readFileSync('public/geo/atlas.topo.json', 'utf8')) as AtlasTopology);

export function testGeography(level: Level): Geography {
  return registry.get(geographyKeyOf({ level }));
}
