import maplibregl, { type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import './maplibre-lite.css';
import { LEVELS, type Level } from '../data/types';
import { NO_DATA_COLOUR, NO_DATA_HATCH } from '../domain/palette';
import type { Geography } from '../geography/geography';
import type { AtlasState, MapView } from '../state/state';
import { MAX_ZOOM, MIN_ZOOM } from './camera';
import { isDimmed, type AppContext, type MapHooks } from './context';
import { atlasStyle } from './style';

// Loaded with MapLibre, in its chunk: the 2D map's drawing of Play steps over it.
export { drawPlayOnCanvas } from './play-canvas';

function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** The grey-and-hatch image for "Not reported", drawn here so the style needs no sprite. */
function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [br, bg, bb] = parse(NO_DATA_COLOUR);
  const [lr, lg, lb] = parse(NO_DATA_HATCH);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      data.set([onLine ? lr! : br!, onLine ? lg! : bg!, onLine ? lb! : bb!, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const LEVEL_LAYERS: Record<Level, string[]> = {
  stp: ['stp-fill', 'stp-hatch', 'stp-line'],
  ccg: ['ccg-fill', 'ccg-hatch', 'ccg-line'],
};

/** What the page can ask of MapLibre once it has the map. */
export interface MapLibreHandle {
  /** Stops drawing colour and highlight changes (the camera still follows) and hides the canvas (MapLibre still takes the pointer), until release(). */
  hold(): void;
  /** Draws the store's state as it is now; resolves once MapLibre has drawn it. */
  release(): Promise<void>;
  /** Tells when the camera starts (true) and stops (false) moving: the reader's pans and zooms, and the app's own eases. */
  onMove(listener: (moving: boolean) => void): void;
}

/**
 * Hands the map over to MapLibre: pan, zoom and pinch over the same choropleth. Colours, hover,
 * focus and selection are feature-state, so a metric switch or a hover never rebuilds a source.
 * Resolves null where WebGL is unavailable; the SVG map then stays.
 */
export async function startMapLibre(
  container: HTMLElement,
  ctx: AppContext,
  hooks: MapHooks,
  viewOf: () => MapView,
  sameView: (a: MapView | null, b: MapView | null) => boolean,
): Promise<MapLibreHandle | null> {
  if (!supportsWebGL()) return null;
  const host = document.createElement('div');
  host.className = 'maplibre-map';
  container.prepend(host);
  const start = viewOf();
  const map = new maplibregl.Map({
    container: host,
    style: atlasStyle(),
    center: start.center,
    zoom: start.zoom,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    keyboard: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.getCanvas().setAttribute('aria-hidden', 'true');
  map.getCanvas().tabIndex = -1;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // The style's hatch layers ask for the image on their first render, before 'load': supplying it
  // here keeps MapLibre from warning that "nodata-hatch" could not be loaded.
  map.on('styleimagemissing', (event: { id: string }) => {
    if (event.id === 'nodata-hatch' && !map.hasImage(event.id)) map.addImage(event.id, hatchImage());
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => resolve());
      map.once('error', (e) => reject(e.error));
    });
  } catch (error) {
    map.remove();
    host.remove();
    throw error;
  }
  if (!map.hasImage('nodata-hatch')) map.addImage('nodata-hatch', hatchImage());

  const draw = stateDrawer(map, ctx);

  const current = (): MapView => {
    const c = map.getCenter();
    return { center: [Number(c.lng.toFixed(4)), Number(c.lat.toFixed(4))], zoom: Number(map.getZoom().toFixed(2)) };
  };

  const moveListeners: ((moving: boolean) => void)[] = [];
  let cameraMoving = false;
  const cameraMoves = (moving: boolean) => {
    if (moving === cameraMoving) return;
    cameraMoving = moving;
    for (const listener of moveListeners) listener(moving);
  };
  const readerMoving = onReaderMoves(map, (moving) => {
    if (!moving) {
      const view = current();
      if (!sameView(view, ctx.store.getState().view)) ctx.store.setState({ view });
      // MapLibre settles exactly on the view the URL records (to 0.01 of a zoom level), so that a shared
      // link, and the 2D map drawing Play over it, show what is on screen to the pixel.
      if (!sameCamera(map, view)) map.jumpTo({ center: view.center, zoom: view.zoom }, OURS);
    }
    cameraMoves(moving);
  });
  map.on('movestart', (event: { atlas?: boolean }) => event.atlas && cameraMoves(true));
  map.on('moveend', (event: { atlas?: boolean }) => event.atlas && !readerMoving() && cameraMoves(false));

  let held = false;
  draw(ctx.store.getState());
  ctx.store.subscribe((state) => {
    if (!held) draw(state);
    const target = viewOf();
    // While the reader moves the map, the store's view is the one before: it catches up at the end.
    if (!readerMoving() && !sameView(target, current())) map.easeTo({ center: target.center, zoom: target.zoom, duration: 450 }, OURS);
  });

  const codeAt = (event: MapMouseEvent): string | null => {
    const level = ctx.store.getState().level;
    const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(event.point, { layers: [`${level}-fill`] })[0];
    return (hit?.properties?.code as string | undefined) ?? null;
  };
  map.on('mousemove', (event) => {
    const code = codeAt(event);
    map.getCanvasContainer().style.cursor = code ? 'pointer' : '';
    const original = event.originalEvent;
    hooks.hover(code, [original.clientX, original.clientY]);
  });
  map.on('mouseout', () => hooks.hover(null));
  map.on('click', (event) => hooks.select(codeAt(event)));
  map.on('move', () => ctx.camera.notify());
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  ctx.camera.setSource({
    project: (lonLat) => {
      const point = map.project(lonLat);
      return [point.x, point.y];
    },
    view: current,
  });
  performance.mark('atlas:maplibre-ready');
  return {
    hold: () => {
      held = true;
      // Covered, the canvas is hidden, out of the compositor's frames: under software GL, a canvas
      // composited under the 2D map, even a transparent one, kept the 2D map on a layer of its own;
      // Play then dropped 0–11 frames beyond the idle baseline in three runs, against −1–2 hidden.
      // MapLibre listens on the canvas's container, which is the map's size (maplibre-lite.css), so
      // the pointer still reaches it.
      map.getCanvas().style.visibility = 'hidden';
    },
    release: () => {
      held = false;
      map.getCanvas().style.visibility = '';
      if (!draw(ctx.store.getState())) return Promise.resolve();
      return new Promise((resolve) => map.once('render', () => resolve()));
    },
    onMove: (listener) => moveListeners.push(listener),
  };
}

/** Marks the camera moves the app makes itself (following the store), in their events. */
const OURS = { atlas: true };

/**
 * Tells when the reader starts and ends a pan or zoom of their own: a drag, a wheel or pinch zoom,
 * the zoom buttons, and the glide after a drag. A wheel zoom's events carry no originalEvent, so
 * "not ours" is the test, not "has an originalEvent"; a resize starts no drag or zoom. Returns
 * whether the reader is moving the map now.
 */
function onReaderMoves(map: maplibregl.Map, listener: (moving: boolean) => void): () => boolean {
  let moving = false;
  const start = (event: { atlas?: boolean; originalEvent?: Event }, needsOriginal: boolean) => {
    if (moving || event.atlas || (needsOriginal && !event.originalEvent)) return;
    moving = true;
    listener(true);
  };
  map.on('dragstart', (event) => start(event, false));
  map.on('zoomstart', (event) => start(event, false));
  map.on('movestart', (event) => start(event, true));
  map.on('moveend', (event: { atlas?: boolean }) => {
    if (!moving || event.atlas) return;
    moving = false;
    listener(false);
  });
  return () => moving;
}

function sameCamera(map: maplibregl.Map, view: MapView): boolean {
  const centre = map.getCenter();
  return map.getZoom() === view.zoom && centre.lng === view.center[0] && centre.lat === view.center[1];
}

type Flag = 'hover' | 'focus' | 'selected';

/**
 * Sets sources, layer visibility and feature-state to draw a state, changing only what differs from
 * what was last drawn. Returns whether anything changed (MapLibre then draws it in its next frame).
 */
function stateDrawer(map: maplibregl.Map, ctx: AppContext): (state: AtlasState) => boolean {
  // Each level's source holds that level of the current cut; land, the land behind it.
  const filled = new Map<string, unknown>();
  const fill = (source: string, id: unknown, data: GeoJSON.FeatureCollection) => {
    if (filled.get(source) === id) return;
    (map.getSource(source) as GeoJSONSource).setData(data);
    filled.set(source, id);
  };
  const show = (geography: Geography) => {
    for (const level of LEVELS) {
      const shapes = geography.at(level);
      fill(level, shapes.id, shapes.shapes);
      for (const id of LEVEL_LAYERS[level]) map.setLayoutProperty(id, 'visibility', level === geography.level ? 'visible' : 'none');
    }
    fill('land', geography.land, geography.land);
    fill('faint', geography.faintBorders ?? null, geography.faintBorders ?? { type: 'FeatureCollection', features: [] });
    map.setLayoutProperty('stp-borders', 'visibility', geography.overlayLevel === 'stp' ? 'visible' : 'none');
  };
  const flagged: Record<Flag, string | null> = { hover: null, focus: null, selected: null };
  const flag = (kind: Flag, code: string | null): boolean => {
    if (flagged[kind] === code) return false;
    for (const [c, on] of [[flagged[kind], false], [code, true]] as const) {
      const area = c ? ctx.geography().find(c) : undefined;
      if (area) map.setFeatureState({ source: area.level, id: area.code }, { [kind]: on });
    }
    flagged[kind] = code;
    return true;
  };
  let painted: { geography: string; key: string } | null = null;
  const paint = (state: AtlasState): boolean => {
    const geography = ctx.geography(state);
    const key = `${state.metric}|${state.period}|${state.change ?? ''}|${state.perHead}|${state.classify}|${state.area}`;
    if (painted?.geography === geography.id && painted.key === key) return false;
    if (painted?.geography !== geography.id) show(geography);
    const choropleth = ctx.choropleth(state);
    for (const area of geography.areas) {
      map.setFeatureState(
        { source: geography.level, id: area.code },
        { colour: choropleth.colours.get(area.code) ?? NO_DATA_COLOUR, nodata: choropleth.values.get(area.code) === null, dim: isDimmed(state, geography, area.code) },
      );
    }
    painted = { geography: geography.id, key };
    return true;
  };
  return (state) => [paint(state), flag('selected', state.area), flag('hover', state.hover), flag('focus', state.focus)].includes(true);
}
