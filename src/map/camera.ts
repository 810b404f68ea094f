import { latOfMercatorY, lonOfMercatorX, mercatorX, mercatorY, type Bounds } from '../domain/mercator';
import type { MapView } from '../state/state';

/** MapLibre's world is 512 px wide at zoom 0; the SVG renderer uses the same Web Mercator camera so the two line up. */
export const WORLD_SIZE = 512;
export const MIN_ZOOM = 4;
export const MAX_ZOOM = 12;

export type { Bounds };

/**
 * The camera that fits bounds in a viewport, as MapLibre's fitBounds would compute it; `reserveBottom`
 * pixels at the bottom are kept clear (for a legend over the map).
 */
export function fitCamera(bounds: Bounds, width: number, height: number, padding = 16, reserveBottom = 0, reserveLeft = 0): MapView {
  const [[west, south], [east, north]] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const usableWidth = Math.max(1, width - 2 * padding - reserveLeft);
  const usableHeight = Math.max(1, height - 2 * padding - reserveBottom);
  const scale = Math.min(usableWidth / Math.max((x1 - x0) * WORLD_SIZE, 1e-9), usableHeight / Math.max((y1 - y0) * WORLD_SIZE, 1e-9));
  const zoom = Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.log2(scale))) * 100) / 100;
  // The bounds' centre sits half the bottom reserve above, and half the left reserve right of, the viewport's centre.
  const pixel = WORLD_SIZE * 2 ** zoom;
  return { center: [lonOfMercatorX((x0 + x1) / 2 - reserveLeft / 2 / pixel), latOfMercatorY((y0 + y1) / 2 + reserveBottom / 2 / pixel)], zoom };
}

/** d3 geoMercator scale for a MapLibre zoom. */
export function mercatorScale(zoom: number): number {
  return (WORLD_SIZE * 2 ** zoom) / (2 * Math.PI);
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.center[0] - b.center[0]) < 1e-4 && Math.abs(a.center[1] - b.center[1]) < 1e-4;
}
