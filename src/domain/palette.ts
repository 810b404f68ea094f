import { COLORBREWER, type Scheme } from './colorbrewer';
import type { Direction, Level, MetricKey } from '../data/types';

/** Light grey with a hatch on the map: the colour of "Not reported". */
export const NO_DATA_COLOUR = '#e4e4e4';
export const NO_DATA_HATCH = '#9a9a9a';
/** The land under the areas, on every renderer and in the PNG. */
export const LAND_COLOUR = '#ffffff';
/** Opacity of an area outside the selected area's family, on every renderer and in the PNG. */
export const DIMMED_OPACITY = 0.3;

export interface LineStyle {
  colour: string;
  width: number;
  opacity?: number;
  dash?: readonly number[];
}

/** The map's lines over the areas and their borders, on every renderer and in the PNG, drawn in this order. */
export const MAP_LINES = {
  /** The 2016 CCGs inside a later year's bodies. */
  faint: { colour: '#ffffff', width: 0.5, opacity: 0.6, dash: [2, 2] },
  /** The STPs over the CCG map. */
  overlay: { colour: '#2b2b2b', width: 1.3 },
  /** England's coast and border. */
  outline: { colour: '#6b7a86', width: 0.8 },
} as const satisfies Record<string, LineStyle>;

/** Each area's border, under the lines above: heavier between the 44 STPs than between the 209 CCGs. */
export const AREA_LINES = {
  stp: { colour: '#ffffff', width: 1 },
  ccg: { colour: '#ffffff', width: 0.6 },
} as const satisfies Record<Level, LineStyle>;

/** The outlines of the area under the pointer, the keyboard's and the selected one, on every renderer and in the PNG. */
export const HIGHLIGHT_LINES = {
  hover: { colour: '#333333', width: 2 },
  focus: { colour: '#0a58ca', width: 3 },
  selected: { colour: '#111111', width: 3 },
} as const satisfies Record<'hover' | 'focus' | 'selected', LineStyle>;

// ColorBrewer sequential schemes, all marked colour-blind safe by ColorBrewer; OrRd for the rest.
const SCHEMES: Partial<Record<MetricKey, Scheme>> = {
  population: COLORBREWER.PuBu,
  interim_spend: COLORBREWER.PuRd,
  new_care_models: COLORBREWER.BuPu,
  deprivation: COLORBREWER.PuRd,
};

/**
 * n colours for the metric's classes, lowest class first: light to dark, so the largest value is
 * darkest; reversed when higher is better, so the worst (lowest) value is darkest.
 */
export function sequentialColours(metric: MetricKey, n: number, direction?: Direction): string[] {
  const scheme = SCHEMES[metric] ?? COLORBREWER.OrRd;
  // Two or one classes: take the darker end of the three-class scheme so they read as "has a value".
  const colours = n >= 3 ? [...scheme[Math.min(n, 9)]!] : scheme[3]!.slice(3 - n);
  return direction === 'higher_is_better' ? colours.reverse() : colours;
}

/** What the shading means, for the legend: "Higher is better: darkest = worst". */
export function directionLabel(direction: Direction | undefined): string | null {
  if (direction === 'higher_is_better') return 'Higher is better: darkest = worst';
  if (direction === 'higher_is_worse') return 'Higher is worse: darkest = worst';
  return null;
}

/** Colours for categorical values; "yes" is the strong colour. */
export const CATEGORY_COLOURS: Record<string, string> = {
  yes: '#2c7fb8',
  no: '#edf8b1',
};
