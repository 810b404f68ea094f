// Loaded with the hexagons' layout file, so none of this weighs on the first paint.
import { HexJsonError, parseHexJson } from '../domain/hexjson';
import type { GeographyKey } from '../geography/geography';
import { hexagons2016 } from '../geography/hexagons';
import type { GeographyRegistry } from '../geography/registry';

/**
 * Checks the fetched layout, adds the hexagon cut to the registry and builds `keys` from it.
 * Returns what is wrong with a damaged file (the registry then has no hexagons), or null.
 */
export function addHexagons(geographies: GeographyRegistry, keys: readonly GeographyKey[], json: unknown): string | null {
  let remove = () => {};
  try {
    remove = geographies.add(hexagons2016(parseHexJson(json)));
    for (const key of keys) geographies.get(key);
    return null;
  } catch (error) {
    remove();
    return error instanceof HexJsonError ? error.message.replace(/^HexJSON: /, '') : `could not be drawn (${(error as Error).message.slice(0, 80)})`;
  }
}
