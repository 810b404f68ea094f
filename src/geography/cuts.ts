import type { CutFactory } from './geography';
import { polygons2016 } from './polygons-2016';

/**
 * Every cut of England the app can draw from the start. A new one (organisations of a later year) is
 * a CutFactory in a file of its own, listed here; the views take it from the registry unchanged. A
 * cut built from a file fetched on first use (the hexagons, src/geography/hexagons.ts) is added to
 * the registry when the file arrives (src/data/hex-load.ts), so its code is not in the first load.
 */
export const CUTS: readonly CutFactory[] = [polygons2016];
