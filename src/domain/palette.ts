import { schemeBuPu, schemeOrRd, schemePuBu, schemePuRd } from 'd3-scale-chromatic';
import type { MetricKey } from '../data/types';

/** Light grey with a hatch on the map: the colour of "Not reported". */
export const NO_DATA_COLOUR = '#e4e4e4';
export const NO_DATA_HATCH = '#9a9a9a';

type Scheme = readonly (readonly string[])[];

// ColorBrewer sequential schemes, all marked colour-blind safe by ColorBrewer.
const SCHEMES: Partial<Record<MetricKey, Scheme>> = {
  population: schemePuBu,
  interim_spend: schemePuRd,
  new_care_models: schemeBuPu,
};

/** n colours, light to dark, for the metric's classes. */
export function sequentialColours(metric: MetricKey, n: number): string[] {
  const scheme = SCHEMES[metric] ?? schemeOrRd;
  if (n >= 3) return [...scheme[Math.min(n, 9)]!];
  // Two or one classes: take the darker end of the three-class scheme so they read as "has a value".
  return scheme[3]!.slice(3 - n);
}

/** Colours for categorical values; "yes" is the strong colour. */
export const CATEGORY_COLOURS: Record<string, string> = {
  yes: '#2c7fb8',
  no: '#edf8b1',
};
