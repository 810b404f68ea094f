import type { CutFactory } from './geography';
import { hexagons2016 } from './hexagons';
import { polygons2016 } from './polygons-2016';

/**
 * Every cut of England the app can draw. A new one (organisations of a later year, hexagons) is a
 * CutFactory in a file of its own, listed here; the views take it from the registry unchanged.
 */
export const CUTS: readonly CutFactory[] = [polygons2016, hexagons2016];
