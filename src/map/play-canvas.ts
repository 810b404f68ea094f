import type { AtlasState } from '../state/state';
import type { AtlasStore } from '../state/store';
import type { MapLibreHandle } from './maplibre-map';

/** What the handover needs of the 2D map (SvgMap): to be shown without taking the pointer, and drawn. */
export interface CanvasMap {
  setVisible(visible: boolean, options?: { takesPointer: boolean }): void;
  render(state: AtlasState): void;
}

/**
 * While Play runs over MapLibre, the 2D map draws the steps over it, letting the pointer through to
 * MapLibre, whose canvas is hidden meanwhile (MapLibreHandle.hold). Both draw the same shapes from the
 * same camera, and the names are one layer over either, so the reader sees no switch. A step is then
 * a recolour of one 2D canvas on every machine, where a MapLibre frame costs what the GPU makes it
 * (167–317 ms under software GL, so every step was late). MapLibre keeps the camera: while it moves
 * during Play (the reader's pan or zoom, or the app's ease to a selected area, with the names
 * following MapLibre's camera), MapLibre shows, brought up to date, and the 2D map covers it again at
 * the new view when it stops. When Play stops, MapLibre draws the last step under the 2D map, which
 * goes once that frame is drawn, after the last step has been shown on the beat.
 */
export function drawPlayOnCanvas(store: AtlasStore, canvasMap: CanvasMap, maplibre: MapLibreHandle, afterNextFrame = afterFrameDrawn): void {
  let covering = false;
  const cover = () => {
    maplibre.hold();
    covering = true;
    canvasMap.setVisible(true, { takesPointer: false });
    canvasMap.render(store.getState());
  };
  const uncover = (immediately: boolean) => {
    covering = false;
    const drawn = maplibre.release();
    if (immediately) canvasMap.setVisible(false);
    else void drawn.then(() => covering || canvasMap.setVisible(false));
  };
  store.subscribe((state, previous) => {
    if (state.playing === previous.playing) return;
    if (state.playing) {
      cover();
      return;
    }
    // After the frame that shows the last step, so that MapLibre's catching up does not delay it.
    afterNextFrame(() => covering && !store.getState().playing && uncover(false));
  });
  maplibre.onMove((moving) => {
    if (!store.getState().playing) return;
    if (!moving) cover();
    else if (covering) uncover(true);
  });
}

function afterFrameDrawn(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
}
