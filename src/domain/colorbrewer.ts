/** A ColorBrewer scheme: index n holds its n colours (n from 3 to 9, or 11 for diverging ones; below 3, nothing). */
export type Scheme = readonly (readonly string[])[];

declare const __COLORBREWER__: Record<'BuPu' | 'OrRd' | 'PuBu' | 'PuRd' | 'RdBu', Scheme>;

/**
 * The ColorBrewer schemes the map uses, all marked colour-blind safe by ColorBrewer: d3-scale-chromatic's
 * arrays, written into the build by vite.config.ts (`define`), so the page ships these five and not
 * the library's every scheme and interpolator.
 */
export const COLORBREWER = __COLORBREWER__;
