import { normalizeState, type Catalog } from './normalize';
import type { AtlasStore } from './store';
import { notices } from './store';
import { isNavigation, parseUrl, serializeUrl, type UrlState } from './url';

/** The URL is a projection of the store: pushState for a new view of the data, replaceState for panning; back/forward restore. */
export function syncUrl(store: AtlasStore, catalog: Catalog): void {
  let applying = false;
  store.subscribe((state, previous) => {
    if (applying) return;
    const search = serializeUrl(state);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (isNavigation(state as UrlState, previous as UrlState)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => {
    const parsed = parseUrl(window.location.search, catalog);
    const { state, messages } = normalizeState({ ...store.getState(), ...parsed.state, hover: null, focus: null }, catalog);
    applying = true;
    store.setState({ ...state, notices: notices(state.notices, [...parsed.messages, ...messages]) });
    applying = false;
  });
}
