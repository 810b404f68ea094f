// Loaded with the hexagons' layout file, so none of this weighs on the first paint.
import { HexJsonError, parseHexJson } from '../domain/hexjson';
import type { GeographyKey } from '../geography/geography';
import { hexagons2016 } from '../geography/hexagons';
import type { GeographyRegistry } from '../geography/registry';

/**
 * Fetches the layout (with `fetchLayout`, which throws DataErrors) and adds the hexagons from it;
 * returns null, or what went wrong, naming the file.
 */
export async function loadHexagons(geographies: GeographyRegistry, keys: readonly GeographyKey[], fetchLayout: () => Promise<unknown>): Promise<string | null> {
  try {
    const problem = addHexagons(geographies, keys, await fetchLayout());
    return problem && `ccg-hex.hexjson: ${problem}`;
  } catch (error) {
    return error instanceof Error ? error.message : 'an unexpected error stopped it';
  }
}

/**
 * Checks the fetched layout, adds the hexagon cut to the registry and builds `keys` from it.
 * Returns what is wrong with a damaged file (nothing is added then), or null.
 */
export function addHexagons(geographies: GeographyRegistry, keys: readonly GeographyKey[], json: unknown): string | null {
  try {
    const doc = parseHexJson(json);
    // Every area of the 2016 polygons must have its place before the cut is added.
    const placed = new Set(Object.values(doc.hexes).flatMap((hex) => [hex['stp']]));
    for (const key of keys) {
      const lost = geographies.get({ ...key, shape: 'geo' }).areas.find((area) => !(area.code in doc.hexes || placed.has(area.code)));
      if (lost) return `has no hexagon for ${lost.code}`;
    }
    geographies.add(hexagons2016(doc));
    for (const key of keys) geographies.get(key);
    return null;
  } catch (error) {
    return error instanceof HexJsonError ? error.message.replace(/^HexJSON: /, '') : `could not be drawn (${(error as Error).message.slice(0, 80)})`;
  }
}
