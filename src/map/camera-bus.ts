import type { MapView } from '../state/state';

/** What the active renderer (SVG or MapLibre) offers overlays such as event badges and exports. */
export interface CameraSource {
  /** [lon, lat] → pixel [x, y] in the map element's box. */
  project(lonLat: [number, number]): [number, number];
  /** The camera as drawn now (during a MapLibre pan, not yet in the store). */
  view(): MapView;
}

/** One place to ask "where is this point on screen now?" and to hear when the answer changes. */
export class CameraBus {
  private source: CameraSource | null = null;
  private readonly listeners = new Set<() => void>();

  setSource(source: CameraSource): void {
    this.source = source;
    this.notify();
  }

  project(lonLat: [number, number]): [number, number] | null {
    return this.source?.project(lonLat) ?? null;
  }

  view(): MapView | null {
    return this.source?.view() ?? null;
  }

  /** Called after every redraw that moved the map; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}
