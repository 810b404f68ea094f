import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state/state';
import { createAtlasStore } from '../state/store';
import type { MapLibreHandle } from './maplibre-map';
import { drawPlayOnCanvas, type CanvasMap } from './play-canvas';

function setUp() {
  const store = createAtlasStore({ ...DEFAULT_STATE });
  const log: string[] = [];
  const canvasMap: CanvasMap = {
    setVisible: (visible, options) => log.push(visible ? `canvas shown${options?.takesPointer === false ? ', pointer through' : ''}` : 'canvas hidden'),
    render: (state) => log.push(`canvas drew ${state.period}`),
  };
  let drawn: () => void = () => undefined;
  let cameraMoves: (moving: boolean) => void = () => undefined;
  const maplibre: MapLibreHandle = {
    hold: () => log.push('maplibre held'),
    release: () => {
      log.push('maplibre released');
      return new Promise((resolve) => (drawn = resolve));
    },
    onMove: (listener) => (cameraMoves = listener),
  };
  const frames: (() => void)[] = [];
  drawPlayOnCanvas(store, canvasMap, maplibre, (run) => frames.push(run));
  const tick = async () => {
    for (const run of frames.splice(0)) run();
    await Promise.resolve();
  };
  const maplibreDraws = async () => {
    drawn();
    await Promise.resolve();
  };
  return { store, log, tick, maplibreDraws, cameraMoves: (moving: boolean) => cameraMoves(moving) };
}

describe('drawPlayOnCanvas', () => {
  it('covers MapLibre with the 2D map while Play runs, letting the pointer through, and hands back once MapLibre has drawn the last step', async () => {
    const { store, log, tick, maplibreDraws } = setUp();
    store.setState({ playing: true, period: '2016-04' });
    expect(log).toEqual(['maplibre held', 'canvas shown, pointer through', 'canvas drew 2016-04']);
    store.setState({ playing: false, period: '2019-03' });
    expect(log).toHaveLength(3);
    await tick();
    expect(log.slice(3)).toEqual(['maplibre released']);
    await maplibreDraws();
    expect(log.slice(4)).toEqual(['canvas hidden']);
  });

  it('keeps the cover when Play starts again before the frame after it stopped', async () => {
    const { store, log, tick } = setUp();
    store.setState({ playing: true });
    store.setState({ playing: false });
    store.setState({ playing: true });
    await tick();
    expect(log.filter((entry) => entry === 'maplibre released')).toEqual([]);
    expect(log.at(-1)).toMatch(/^canvas drew/);
  });

  it('shows MapLibre, up to date, while its camera moves during Play (a pan, a zoom, an ease to a selected area), and covers it again when it stops', async () => {
    const { store, log, cameraMoves } = setUp();
    store.setState({ playing: true });
    log.length = 0;
    cameraMoves(true);
    expect(log).toEqual(['maplibre released', 'canvas hidden']);
    log.length = 0;
    cameraMoves(false);
    expect(log).toEqual(['maplibre held', 'canvas shown, pointer through', `canvas drew ${store.getState().period}`]);
  });

  it('leaves MapLibre alone when Play is not running', async () => {
    const { store, log, cameraMoves, tick } = setUp();
    cameraMoves(true);
    cameraMoves(false);
    store.setState({ period: '2016-05' });
    await tick();
    expect(log).toEqual([]);
  });
});
