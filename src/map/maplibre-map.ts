import maplibregl, { type GeoJSONSource, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import './maplibre-lite.css';
import { LEVELS, type Level } from '../data/types';
import { NO_DATA_COLOUR, NO_DATA_HATCH } from '../domain/palette';
import type { Geography } from '../geography/geography';
import type { AtlasState, MapView } from '../state/state';
import { MAX_ZOOM, MIN_ZOOM } from './camera';
import { isDimmed, type AppContext, type MapHooks } from './context';
import { atlasStyle } from './style';

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

/**
 * Hands the map over to MapLibre: pan, zoom and pinch over the same choropleth. Colours, hover,
 * focus and selection are feature-state, so a metric switch or a hover never rebuilds a source.
 * Resolves false where WebGL is unavailable; the SVG map then stays.
 */
export async function startMapLibre(
  container: HTMLElement,
  ctx: AppContext,
  hooks: MapHooks,
  viewOf: () => MapView,
  sameView: (a: MapView | null, b: MapView | null) => boolean,
): Promise<boolean> {
  if (!supportsWebGL()) return false;
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

  const setFlag = (flag: 'hover' | 'focus' | 'selected', code: string | null, previous: string | null) => {
    for (const [c, on] of [[previous, false], [code, true]] as const) {
      if (!c) continue;
      const area = ctx.geography().find(c);
      if (area) map.setFeatureState({ source: area.level, id: c }, { [flag]: on });
    }
  };

  // Each level's source holds that level of the current cut; land, the land behind it.
  const drawn = new Map<string, unknown>();
  const fill = (source: string, id: unknown, data: GeoJSON.FeatureCollection) => {
    if (drawn.get(source) === id) return;
    (map.getSource(source) as GeoJSONSource).setData(data);
    drawn.set(source, id);
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

  let painted: { geography: string; key: string } | null = null;
  const paint = (state: AtlasState) => {
    const geography = ctx.geography(state);
    const choropleth = ctx.choropleth(state);
    const key = `${state.metric}|${state.period}|${state.change ?? ''}|${state.perHead}|${state.classify}|${state.area}`;
    if (painted?.geography !== geography.id) show(geography);
    if (painted?.geography !== geography.id || painted.key !== key) {
      for (const area of geography.areas) {
        map.setFeatureState(
          { source: geography.level, id: area.code },
          { colour: choropleth.colours.get(area.code) ?? NO_DATA_COLOUR, nodata: choropleth.values.get(area.code) === null, dim: isDimmed(state, geography, area.code) },
        );
      }
    }
    painted = { geography: geography.id, key };
  };

  const current = (): MapView => {
    const c = map.getCenter();
    return { center: [Number(c.lng.toFixed(4)), Number(c.lat.toFixed(4))], zoom: Number(map.getZoom().toFixed(2)) };
  };

  const state0 = ctx.store.getState();
  paint(state0);
  setFlag('selected', state0.area, null);
  setFlag('hover', state0.hover, null);
  setFlag('focus', state0.focus, null);

  ctx.store.subscribe((state, previous) => {
    paint(state);
    if (state.hover !== previous.hover) setFlag('hover', state.hover, previous.hover);
    if (state.focus !== previous.focus) setFlag('focus', state.focus, previous.focus);
    if (state.area !== previous.area) setFlag('selected', state.area, previous.area);
    const target = viewOf();
    if (!sameView(target, current())) map.easeTo({ center: target.center, zoom: target.zoom, duration: 450 });
  });

  const codeAt = (event: MapMouseEvent): string | null => {
    const level = ctx.store.getState().level;
    const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(event.point, { layers: [`${level}-fill`] })[0];
    return (hit?.properties?.code as string | undefined) ?? null;
  };
  map.on('mousemove', (event) => {
    const code = codeAt(event);
    map.getCanvas().style.cursor = code ? 'pointer' : '';
    const original = event.originalEvent;
    hooks.hover(code, [original.clientX, original.clientY]);
  });
  map.on('mouseout', () => hooks.hover(null));
  map.on('click', (event) => hooks.select(codeAt(event)));
  map.on('moveend', (event) => {
    // Only the reader's own panning and zooming becomes the URL's view.
    if (!(event as { originalEvent?: Event }).originalEvent) return;
    const view = current();
    if (!sameView(view, ctx.store.getState().view)) ctx.store.setState({ view });
  });

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
  return true;
}
