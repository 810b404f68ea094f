import type { Level } from '../data/types';
import type { GeographyKey, OrgsYear } from './geography';

/**
 * The one place that says which geography a view is drawn on: the level, and the organisations of
 * the year the reader chose (April 2016 when the state does not say).
 */
export function geographyKeyOf(state: { level: Level; orgs?: OrgsYear }): GeographyKey {
  return { level: state.level, orgs: state.orgs ?? '2016', shape: 'geo' };
}
