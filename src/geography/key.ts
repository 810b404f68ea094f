import type { Level } from '../data/types';
import type { GeographyKey } from './geography';

/**
 * The one place that says which geography a view is drawn on. Today every view shows the 2016
 * organisations on their boundaries; a state that chooses organisations or shapes says so here.
 */
export function geographyKeyOf(state: { level: Level }): GeographyKey {
  return { level: state.level, orgs: '2016', shape: 'geo' };
}
