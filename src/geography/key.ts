import type { Level } from '../data/types';
import type { GeographyKey, OrgsYear, Shape } from './geography';

/**
 * The one place that says which geography a view is drawn on: the level, the organisations of the
 * year the reader chose (April 2016 when the state does not say), on their boundaries or as
 * hexagons (`shape`; hexagons are the 2016 organisations').
 */
export function geographyKeyOf(state: { level: Level; orgs?: OrgsYear; shape?: Shape }): GeographyKey {
  return { level: state.level, orgs: state.orgs ?? '2016', shape: state.shape ?? 'geo' };
}
