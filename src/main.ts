import './styles.css';
import { geoBounds } from 'd3-geo';
import { adviceText, DataError, ensureShape, loadAtlas } from './data/load';
import { createDetailsLoader, createLazyLoader, detailsPending, lazyPending } from './data/lazy';
import { followAreaDetails, followLazyPeriods, markDetailsReady, prefetchOnIntent, standInPeriod } from './state/lazy-data';
import { ensureOrgs } from './data/orgs-load';
import { ORG_YEAR_LABELS } from './data/orgs-types';
import { shortAreaName } from './domain/format';
import { mountEvents } from './events/mount';
import type { Atlas } from './data/atlas';
import { createChoroplethCache } from './domain/choropleth-cache';
import { geographyKeyOf } from './geography/key';
import { ENGLAND_BOUNDS } from './domain/mercator';
import { fitCamera, sameView } from './map/camera';
import { CameraBus } from './map/camera-bus';
import type { AppContext, MapHooks } from './map/context';
import { attachKeyboard } from './map/keyboard';
import { mountLabels } from './map/labels';
import { trackSize } from './map/size';
import { SvgMap } from './map/svg-map';
import type { Catalog } from './state/normalize';
import { DEFAULT_STATE, type AtlasState, type MapView } from './state/state';
import { createAtlasStore, notices, updateState } from './state/store';
import { readUrl, serializeUrl } from './state/url';
import { lazyChunk, reportLoadFailure } from './lazy/chunk';
import { yieldToMain } from './lazy/yield';
import { registerServiceWorkerWhenIdle } from './offline/register';
import { syncUrl } from './state/url-sync';
import { mountControls } from './ui/controls';
import { mountOrgsControl } from './ui/orgs-control';
import { mountLegend } from './ui/legend';
import { mountNotices } from './ui/notices';
import { mountPanel } from './ui/panel';
import { loadAreaSections } from './ui/panel/area-chunk';
import { mountCompare } from './ui/compare';
import { mountRanking } from './ui/ranking';
import { mountSearch } from './ui/search';
import { attachBottomSheet } from './ui/sheet';
import { createTooltip } from './ui/tooltip';
import { mountShare } from './ui/share';
import { STEP_MS } from './ui/timeline/player';
import { mountPeriodTimeline } from './ui/timeline/timeline';

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

/** What the state rules know of the areas: those of April 2016, and once orgs.json is loaded, the later years' bodies. */
function catalogOf(atlas: Atlas): Catalog {
  const geography = atlas.geographies.get(geographyKeyOf(DEFAULT_STATE));
  const later = (code: string) => atlas.orgs?.years.flatMap((set) => set.bodies.map((body) => ({ body, kind: set.kind }))).find(({ body }) => body.code === code);
  return {
    defs: atlas.defs,
    levelOf: (code) => geography.find(code)?.level ?? (later(code) ? (later(code)!.kind === 'icb' ? 'stp' : 'ccg') : null),
    parentsOf: (code) => geography.find(code)?.parents ?? [],
    nameOf: (code) => geography.find(code)?.shortName ?? (later(code) ? shortAreaName(later(code)!.body.name) : code),
    locate: (code, orgs) => (atlas.later ? atlas.later.locateArea(code, orgs, atlas.orgs, (c) => geography.find(c) !== undefined) : orgs === '2016' && geography.find(code) ? code : null),
  };
}

/** A link to a later year needs orgs.json before its areas can be read; if it cannot be had, April 2016 is shown. */
/** The link's state; a later year's organisations are fetched first, as its areas and metrics depend on them. */
async function readLink(atlas: Atlas, catalog: Catalog): Promise<{ state: AtlasState; messages: string[] }> {
  const search = window.location.search;
  const first = readUrl(search, catalog, DEFAULT_STATE);
  if (first.state.orgs === '2016') return first;
  try {
    await ensureOrgs(atlas);
    return readUrl(search, catalog, DEFAULT_STATE);
  } catch (error) {
    console.warn(error);
    const without = readUrl(search.replace(/([?&])orgs=[^&]*/gi, '$1'), catalog, DEFAULT_STATE);
    return { state: without.state, messages: [...without.messages, `The organisations of ${ORG_YEAR_LABELS[first.state.orgs]} could not be loaded — showing April 2016`] };
  }
}

function showLoadError(error: unknown): void {
  const status = element('map-status');
  status.hidden = false;
  status.classList.add('is-error');
  status.setAttribute('role', 'alert');
  const message = error instanceof DataError ? `${error.message}.` : 'an unexpected error stopped the map.';
  const advice = error instanceof DataError ? adviceText(error.advice) : "Try reloading the page; if it persists, please tell the site's owner.";
  status.textContent = `The map could not be drawn: ${message} ${advice}`;
  // Without data the header's buttons and search have nothing to act on: say so rather than do nothing.
  for (const control of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('.site-header button, .site-header input')) {
    control.disabled = true;
  }
  document.documentElement.dataset.ready = 'error';
  console.warn(error);
}

async function start(): Promise<void> {
  const { atlas, notices: dataNotices } = await loadAtlas();
  const catalog = catalogOf(atlas);
  const fromLink = await readLink(atlas, catalog);
  const loadMonthly = createLazyLoader(atlas);
  if (lazyPending(atlas, fromLink.state)) {
    // A shared link to a month: fetch the monthly series before the first paint.
    await loadMonthly().catch((error: unknown) => {
      fromLink.messages.push(`Monthly figures unavailable: ${(error as Error).message}`);
      fromLink.state.period = standInPeriod(atlas, fromLink.state);
    });
  }
  const loadDetails = createDetailsLoader(atlas);
  // A shared link to an area: its panel's sections and details come before the first paint.
  const areaSections = fromLink.state.area ? loadAreaSections() : null;
  if (detailsPending(atlas, fromLink.state)) {
    await loadDetails().catch((error: unknown) => fromLink.messages.push(`Area details unavailable: ${(error as Error).message}`));
  }
  await areaSections;
  const failure = await ensureShape(atlas, fromLink.state.shape);
  if (failure) {
    fromLink.state.shape = 'geo';
    fromLink.messages.push(failure);
  }
  // Start-up comes in a few tasks rather than one long one, so a tap is never kept waiting long;
  // the layout stays hidden until the map is drawn, so no frame in between shows half a page.
  await yieldToMain();
  const store = createAtlasStore({ ...fromLink.state, detailsReady: atlas.metrics.stp_detail !== undefined, notices: notices([], [...dataNotices, ...fromLink.messages]) });
  followLazyPeriods(store, atlas, loadMonthly);
  followAreaDetails(store, atlas, loadDetails);
  prefetchOnIntent(() => Promise.all([loadDetails().then(() => markDetailsReady(store)), loadAreaSections()]).then(() => undefined));
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
  const legendSize = trackSize(element('legend'));
  // Home: England, or the hexagons' own extent (they sit inside England's box), clear of the legend.
  // Overlays ask for the camera once per point they place: the home view is worked out once per layout.
  let homeView: { key: string; view: MapView } | null = null;
  const home = (): MapView => {
    const hex = store.getState().shape !== 'geo';
    const key = `${hex ? ctx.geography().id : 'geo'}|${mapSize.width}x${mapSize.height}|${legendSize.width}x${legendSize.height}`;
    if (homeView?.key === key) return homeView.view;
    // A legend spanning the map (phones) takes its bottom; a floating one (wide screens) its lower left corner.
    const spans = legendSize.width > mapSize.width * 0.4;
    const bounds = hex ? geoBounds(ctx.geography().shapes) : ENGLAND_BOUNDS;
    const view = spans ? fitCamera(bounds, mapSize.width, mapSize.height, 12, legendSize.height + 8) : fitCamera(bounds, mapSize.width, mapSize.height, 12, 0, legendSize.width + 8);
    homeView = { key, view };
    return view;
  };
  const viewOf = () => store.getState().view ?? home();
  const fitArea = (code: string) => {
    // Every hexagon is already in view and of one size: selecting one does not move the camera.
    if (store.getState().shape === 'hex') return;
    const area = ctx.geography().find(code);
    if (area) store.setState({ view: fitCamera(area.bounds, mapSize.width, mapSize.height, Math.round(Math.min(mapSize.width, mapSize.height) * 0.18)) });
  };

  mountControls(element('controls'), ctx);
  mountOrgsControl(element('controls'), ctx);
  mountLegend(element('legend'), ctx);
  mountPeriodTimeline(element('period-timeline'), ctx);
  mountNotices(element('notices'), store);
  mountPanel(element('panel'), ctx);
  attachBottomSheet(element('panel'), store);
  attachKeyboard(mapElement, element('announcer'), ctx);
  mountEvents(ctx, { controls: element('controls'), layer: element('event-layer'), timeline: element('event-timeline') }, loadDetails);
  mountShare(element('header-actions'), ctx, mapElement);
  if (store.getState().embed) void lazyChunk(() => import('./embed/embed'), reportLoadFailure(store, 'Embed mode'))().then((chunk) => chunk?.mountEmbed(element('embed-bar'), ctx));
  mountSearch(element('search'), ctx);
  await yieldToMain();
  mountRanking(element('ranking'), ctx);
  mountCompare(element('panel'), ctx);
  await yieldToMain();

  const svgMap = new SvgMap(mapElement, ctx, hooks, viewOf, mapSize);
  ctx.camera.setSource(svgMap.cameraSource());
  mountLabels(frame, mapElement, ctx);
  // The page built above is laid out here, in a task of its own rather than with the drawing.
  mapSize.measure();
  legendSize.measure();
  await yieldToMain();
  element('map-status').hidden = true;
  if (store.getState().area && !store.getState().view) fitArea(store.getState().area!);
  svgMap.render(store.getState());
  store.subscribe((state, previous) => {
    const moved = state.area !== previous.area || state.shape !== previous.shape;
    if (moved && state.area && (state.view === previous.view || state.view === null)) fitArea(state.area);
    svgMap.render(store.getState());
  });
  mapSize.onResize(() => svgMap.render(store.getState()));
  legendSize.onResize(() => svgMap.render(store.getState()));
  // The map's canvas is first painted in a task of its own: in the first frame's task with its style,
  // layout and paint, the fills made one long task (about 45 of 190 ms at 4× CPU throttling).
  await yieldToMain();
  svgMap.drawCanvas();
  requestAnimationFrame(() => {
    performance.mark('atlas:first-choropleth');
    document.documentElement.dataset.ready = 'svg';
    registerServiceWorkerWhenIdle();
  });

  const canonical = serializeUrl(store.getState());
  if (canonical !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${canonical}${window.location.hash}`);
  syncUrl(store, catalog, { playLagMs: STEP_MS / 2 });

  // MapLibre (pan, zoom, pinch) loads when the reader first reaches for the map, so it never delays the first paint.
  const intents = ['pointerenter', 'pointerdown', 'touchstart', 'wheel', 'focus'] as const;
  const mapLibreChunk = lazyChunk(() => import('./map/maplibre-map'), reportLoadFailure(store, 'Pan and zoom'));
  const listenForIntent = () => {
    for (const intent of intents) mapElement.addEventListener(intent, loadMapLibre, { passive: true });
  };
  const loadMapLibre = () => {
    for (const intent of intents) mapElement.removeEventListener(intent, loadMapLibre);
    void mapLibreChunk()
      .then(async (chunk) => {
        if (!chunk) return listenForIntent(); // the SVG map stays; the next reach for the map fetches again
        const maplibre = await chunk.startMapLibre(mapElement, ctx, hooks, viewOf, sameView);
        if (!maplibre) return;
        svgMap.setVisible(false);
        chunk.drawPlayOnCanvas(store, svgMap, maplibre);
        ctx.camera.notify();
        document.documentElement.dataset.renderer = 'maplibre';
      })
      .catch((error: unknown) => console.warn('MapLibre unavailable, keeping the SVG map', error));
  };
  listenForIntent();
  document.documentElement.dataset.renderer = 'svg';
}

start().catch(showLoadError);
