import type { CutFactory } from './geography';
import { polygons2016 } from './polygons-2016';

/**
 * Every cut of England the app can draw from the first load. A new one is a CutFactory in a file of
 * its own, listed here; the views take it from the registry unchanged. Cuts built from a file fetched
 * on first use are added to the registry when the file arrives, so their code is not in the first
 * load: the later years' organisations (LATER_CUTS in organisations.ts, with orgs.json) and the
 * hexagons (src/geography/hexagons.ts, added by src/data/hex-load.ts).
 */
export const CUTS: readonly CutFactory[] = [polygons2016];
