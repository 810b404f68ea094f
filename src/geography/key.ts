import type { Level } from '../data/types';
import type { GeographyKey, Shape } from './geography';

/**
 * The one place that says which geography a view is drawn on: the 2016 organisations, on their
 * boundaries or as hexagons (`shape`).
 */
export function geographyKeyOf(state: { level: Level; shape: Shape }): GeographyKey {
  return { level: state.level, orgs: '2016', shape: state.shape };
}
