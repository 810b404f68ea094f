import { describe, expect, it } from 'vitest';
import { AREA_LINES, DIMMED_OPACITY, LAND_COLOUR, MAP_LINES } from '../domain/palette';
import { drawMap, type MapContext, type MapDrawing } from './draw-map';

/** A context that writes down each fill and stroke with the style it was drawn in. */
function recorder() {
  const calls: string[] = [];
  let dash: number[] = [];
  const c = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    lineJoin: 'miter',
    globalAlpha: 1,
    setLineDash: (d: number[]) => void (dash = d),
    fill(path: unknown) {
      calls.push(`fill ${String(path)} ${String(this.fillStyle)} @${this.globalAlpha}`);
    },
    stroke(path: unknown) {
      calls.push(`stroke ${String(path)} ${String(this.strokeStyle)} ${this.lineWidth} @${this.globalAlpha}${dash.length ? ` dash ${dash.join(' ')}` : ''}`);
    },
  };
  return { c: c as unknown as MapContext, calls };
}

const path = (name: string) => name as unknown as Path2D;

describe('drawMap: what the map canvas and the PNG draw', () => {
  const drawing: MapDrawing = {
    land: path('land'),
    areas: [
      { shape: path('A'), colour: '#fee8c8', dimmed: false },
      { shape: path('B'), colour: null, dimmed: true },
    ],
    areaLine: AREA_LINES.ccg,
    faint: path('faint'),
    overlay: null,
  };

  it('draws land, then every fill, then every line, England\'s outline last', () => {
    const { c, calls } = recorder();
    drawMap(c, drawing, 'hatch');
    expect(calls).toEqual([
      `fill land ${LAND_COLOUR} @1`,
      'fill A #fee8c8 @1',
      `fill B hatch @${DIMMED_OPACITY}`,
      `stroke A ${AREA_LINES.ccg.colour} ${AREA_LINES.ccg.width} @1`,
      `stroke B ${AREA_LINES.ccg.colour} ${AREA_LINES.ccg.width} @${DIMMED_OPACITY}`,
      `stroke faint ${MAP_LINES.faint.colour} ${MAP_LINES.faint.width} @${MAP_LINES.faint.opacity} dash 2 2`,
      `stroke land ${MAP_LINES.outline.colour} ${MAP_LINES.outline.width} @1`,
    ]);
  });

  it('draws the STP overlay where there is one, solid, under the outline', () => {
    const { c, calls } = recorder();
    drawMap(c, { ...drawing, faint: null, overlay: path('stps') }, 'hatch');
    expect(calls.slice(-2)).toEqual([
      `stroke stps ${MAP_LINES.overlay.colour} ${MAP_LINES.overlay.width} @1`,
      `stroke land ${MAP_LINES.outline.colour} ${MAP_LINES.outline.width} @1`,
    ]);
    expect(calls.some((call) => call.startsWith('stroke faint'))).toBe(false);
  });
});
