import type { Atlas } from '../data/atlas';
import type { Choropleth } from '../domain/choropleth';
import type { Geography } from '../geography/geography';
import type { Catalog } from '../state/normalize';
import type { AtlasState } from '../state/state';
import type { AtlasStore } from '../state/store';
import type { CameraBus } from './camera-bus';

/** What a map renderer reports back; the app turns it into state, tooltip and panel. */
export interface MapHooks {
  hover(code: string | null, clientPoint?: [number, number]): void;
  select(code: string | null): void;
}

export interface AppContext {
  atlas: Atlas;
  store: AtlasStore;
  catalog: Catalog;
  /** The areas and shapes a state is drawn on (its level, organisations and shapes): read it here, never from the data. */
  geography(state?: Pick<AtlasState, 'level'> & Partial<Pick<AtlasState, 'orgs' | 'shape'>>): Geography;
  choropleth(state?: AtlasState): Choropleth;
  update(patch: Partial<AtlasState>): void;
  /** Projection of the renderer on screen now, for overlays and exports. */
  camera: CameraBus;
}

/** Which areas a renderer dims: at CCG level, those outside a selected STP (an area of another level with children). */
export function isDimmed(state: Pick<AtlasState, 'area'>, geography: Geography, code: string): boolean {
  if (!state.area) return false;
  const selected = geography.find(state.area);
  return selected !== undefined && selected.level !== geography.level && selected.children.length > 0 && !selected.children.includes(code);
}
