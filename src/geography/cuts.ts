import type { CutFactory } from './geography';
import { polygons2016 } from './polygons-2016';

/**
 * Every cut of England the app can draw from the first load. A new one (hexagons) is a CutFactory
 * in a file of its own, listed here; the views take it from the registry unchanged. The later
 * years' organisations (LATER_CUTS in organisations.ts) come with orgs.json, when first asked for.
 */
export const CUTS: readonly CutFactory[] = [polygons2016];
