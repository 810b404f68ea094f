import type { Atlas } from '../data/atlas';
import type { Choropleth } from '../domain/choropleth';
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
  choropleth(state?: AtlasState): Choropleth;
  update(patch: Partial<AtlasState>): void;
  /** Projection of the renderer on screen now, for overlays and exports. */
  camera: CameraBus;
}

/** Which areas a renderer draws: the level's areas, dimming those outside a selected STP at CCG level. */
export function isDimmed(state: AtlasState, atlas: Atlas, code: string): boolean {
  if (state.level !== 'ccg' || !state.area) return false;
  const selected = atlas.areas.get(state.area);
  return selected?.level === 'stp' && !selected.children.includes(code);
}
