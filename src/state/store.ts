import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Catalog } from './normalize';
import { normalizeState } from './normalize';
import type { AtlasState, Notice } from './state';

export type AtlasStore = StoreApi<AtlasState>;

let noticeId = 0;
const MAX_NOTICES = 3;

export function notices(existing: Notice[], texts: string[]): Notice[] {
  if (texts.length === 0) return existing;
  return [...existing, ...texts.map((text) => ({ id: ++noticeId, text }))].slice(-MAX_NOTICES);
}

/** Shows a polite message, unless the same one is already showing (a repeated failure says it once). */
export function tell(store: AtlasStore, text: string): void {
  const current = store.getState().notices;
  if (current.some((n) => n.text === text)) return;
  store.setState({ notices: notices(current, [text]) });
}

export function createAtlasStore(initial: AtlasState): AtlasStore {
  return createStore<AtlasState>()(() => initial);
}

/** Every change of the atlas goes through here, so the state is always consistent with the data. */
export function updateState(store: AtlasStore, catalog: Catalog, patch: Partial<AtlasState>): void {
  const current = store.getState();
  const priority = 'level' in patch && !('metric' in patch) ? 'level' : 'metric';
  const { state, messages } = normalizeState({ ...current, ...patch }, catalog, priority);
  store.setState({ ...state, notices: notices(state.notices, messages) });
}
