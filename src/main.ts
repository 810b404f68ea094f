import './styles.css';
import { DataError, loadAtlas } from './data/load';
import { createDetailsLoader, createLazyLoader, detailsPending, lazyPending } from './data/lazy';
import { followAreaDetails, followLazyPeriods, prefetchOnIntent, standInPeriod } from './state/lazy-data';
import { mountEvents } from './events/mount';
import type { Atlas } from './data/atlas';
import { createChoroplethCache } from './domain/choropleth-cache';
import { geographyKeyOf } from './geography/key';
import { fitCamera, sameView } from './map/camera';
import { CameraBus } from './map/camera-bus';
import type { AppContext, MapHooks } from './map/context';
import { attachKeyboard } from './map/keyboard';
import { mountLabels } from './map/labels';
import { trackSize } from './map/size';
import { SvgMap } from './map/svg-map';
import { normalizeState, type Catalog } from './state/normalize';
import { DEFAULT_STATE, type MapView } from './state/state';
import { createAtlasStore, notices, updateState } from './state/store';
import { parseUrl, serializeUrl } from './state/url';
import { syncUrl } from './state/url-sync';
import { mountControls } from './ui/controls';
import { mountLegend } from './ui/legend';
import { mountNotices } from './ui/notices';
import { mountPanel } from './ui/panel';
import { mountCompare } from './ui/compare';
import { mountRanking } from './ui/ranking';
import { mountSearch } from './ui/search';
import { attachBottomSheet } from './ui/sheet';
import { createTooltip } from './ui/tooltip';
import { mountShare } from './ui/share';
import { mountPeriodTimeline } from './ui/timeline/timeline';

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

/** What the state rules know of the areas: those of the geography links are read against. */
function catalogOf(atlas: Atlas): Catalog {
  const geography = atlas.geographies.get(geographyKeyOf(DEFAULT_STATE));
  return {
    defs: atlas.defs,
    levelOf: (code) => geography.find(code)?.level ?? null,
    parentsOf: (code) => geography.find(code)?.parents ?? [],
    nameOf: (code) => geography.find(code)?.shortName ?? code,
  };
}

function showLoadError(error: unknown): void {
  const status = element('map-status');
  status.hidden = false;
  status.classList.add('is-error');
  status.setAttribute('role', 'alert');
  const message = error instanceof DataError ? error.message : 'an unexpected error stopped the map.';
  status.textContent = `The map could not be drawn: ${message} Try reloading the page; if it persists, the data files on this server are damaged.`;
  document.documentElement.dataset.ready = 'error';
  console.warn(error);
}

async function start(): Promise<void> {
  const atlas = await loadAtlas();
  const catalog = catalogOf(atlas);
  const parsed = parseUrl(window.location.search, catalog);
  const normalized = normalizeState({ ...DEFAULT_STATE, ...parsed.state }, catalog);
  const loadMonthly = createLazyLoader(atlas);
  if (lazyPending(atlas, normalized.state)) {
    // A shared link to a month: fetch the monthly series before the first paint.
    await loadMonthly().catch((error: unknown) => {
      normalized.messages.push(`Monthly figures unavailable: ${(error as Error).message}`);
      normalized.state.period = standInPeriod(atlas, normalized.state);
    });
  }
  const loadDetails = createDetailsLoader(atlas);
  if (detailsPending(atlas, normalized.state)) {
    // A shared link to an area: its panel's details come before the first paint.
    await loadDetails().catch((error: unknown) => normalized.messages.push(`Area details unavailable: ${(error as Error).message}`));
  }
  const store = createAtlasStore({ ...normalized.state, notices: notices([], [...parsed.messages, ...normalized.messages]) });
  followLazyPeriods(store, atlas, loadMonthly);
  followAreaDetails(store, atlas, loadDetails);
  prefetchOnIntent(loadDetails);
  const cache = createChoroplethCache(atlas);
  const ctx: AppContext = {
    atlas,
    store,
    catalog,
    geography: (state = store.getState()) => atlas.geographies.get(geographyKeyOf(state)),
    choropleth: (state = store.getState()) => cache(ctx.geography(state), state),
    update: (patch) => updateState(store, catalog, patch),
    camera: new CameraBus(),
  };
  document.documentElement.classList.toggle('embed', store.getState().embed);

  const mapElement = element('map');
  const frame = element('map-frame');
  const tooltip = createTooltip(frame, ctx);
  const hooks: MapHooks = {
    hover(code, point) {
      if (store.getState().hover !== code) store.setState({ hover: code });
      if (code && point) tooltip.show(code, point);
      else tooltip.hide();
    },
    select(code) {
      ctx.update({ area: code, focus: null });
    },
  };
  const mapSize = trackSize(mapElement);
  const englandBounds = (): MapView => fitCamera([[-6.42, 49.86], [1.77, 55.82]], mapSize.width, mapSize.height, 12);
  const viewOf = () => store.getState().view ?? englandBounds();
  const fitArea = (code: string) => {
    const area = ctx.geography().find(code);
    if (area) store.setState({ view: fitCamera(area.bounds, mapSize.width, mapSize.height, Math.round(Math.min(mapSize.width, mapSize.height) * 0.18)) });
  };

  mountControls(element('controls'), ctx);
  mountLegend(element('legend'), ctx);
  mountPeriodTimeline(element('period-timeline'), ctx);
  mountNotices(element('notices'), store);
  mountPanel(element('panel'), ctx);
  attachBottomSheet(element('panel'), store);
  attachKeyboard(mapElement, element('announcer'), ctx);
  mountEvents(ctx, { controls: element('controls'), layer: element('event-layer'), timeline: element('event-timeline') });
  mountShare(element('header-actions'), ctx, mapElement);
  if (store.getState().embed) void import('./embed/embed').then(({ mountEmbed }) => mountEmbed(element('embed-bar'), ctx));
  mountSearch(element('search'), ctx);
  mountRanking(element('ranking'), ctx);
  mountCompare(element('panel'), ctx);

  const svgMap = new SvgMap(mapElement, ctx, hooks, viewOf, mapSize);
  ctx.camera.setSource(svgMap.cameraSource());
  mountLabels(frame, mapElement, ctx);
  element('map-status').hidden = true;
  if (store.getState().area && !store.getState().view) fitArea(store.getState().area!);
  svgMap.render(store.getState());
  requestAnimationFrame(() => {
    performance.mark('atlas:first-choropleth');
    document.documentElement.dataset.ready = 'svg';
  });

  store.subscribe((state, previous) => {
    if (state.area !== previous.area && state.area && (state.view === previous.view || state.view === null)) fitArea(state.area);
    svgMap.render(store.getState());
  });
  mapSize.onResize(() => svgMap.render(store.getState()));

  const canonical = serializeUrl(store.getState());
  if (canonical !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${canonical}${window.location.hash}`);
  syncUrl(store, catalog);

  // MapLibre (pan, zoom, pinch) loads when the reader first reaches for the map, so it never delays the first paint.
  const intents = ['pointerenter', 'pointerdown', 'touchstart', 'wheel', 'focus'] as const;
  const loadMapLibre = () => {
    for (const intent of intents) mapElement.removeEventListener(intent, loadMapLibre);
    void import('./map/maplibre-map')
      .then(({ startMapLibre }) => startMapLibre(mapElement, ctx, hooks, viewOf, sameView))
      .then((started) => {
        if (started) {
          svgMap.setVisible(false);
          ctx.camera.notify();
          document.documentElement.dataset.renderer = 'maplibre';
        }
      })
      .catch((error: unknown) => console.warn('MapLibre unavailable, keeping the SVG map', error));
  };
  for (const intent of intents) mapElement.addEventListener(intent, loadMapLibre, { passive: true });
  document.documentElement.dataset.renderer = 'svg';
}

start().catch(showLoadError);
