import { describe, expect, it } from 'vitest';
import { AREA_LINES, HIGHLIGHT_LINES, MAP_LINES } from '../domain/palette';
import { atlasStyle } from './style';

// The 2D map draws Play's steps over MapLibre and hands back when Play stops: the two must draw the
// same lines, or the borders visibly change weight at every handover.
describe('MapLibre style', () => {
  const layers = new Map(atlasStyle().layers.map((layer) => [layer.id, layer as { paint?: Record<string, unknown> }]));
  const line = (id: string) => ({ colour: layers.get(id)?.paint?.['line-color'], width: layers.get(id)?.paint?.['line-width'] });

  it('draws each level\'s borders as the 2D map and the PNG do', () => {
    for (const level of ['stp', 'ccg'] as const) expect(line(`${level}-line`)).toEqual({ colour: AREA_LINES[level].colour, width: AREA_LINES[level].width });
    expect(line('stp-borders')).toEqual({ colour: MAP_LINES.overlay.colour, width: MAP_LINES.overlay.width });
    expect(line('england-outline')).toEqual({ colour: MAP_LINES.outline.colour, width: MAP_LINES.outline.width });
  });

  it('outlines the hovered, focused and selected area as the SVG highlights do, at either level', () => {
    for (const kind of ['hover', 'focus', 'selected'] as const) {
      for (const level of ['stp', 'ccg']) expect(line(`${level}-${kind}`)).toEqual({ colour: HIGHLIGHT_LINES[kind].colour, width: HIGHLIGHT_LINES[kind].width });
    }
    const order = atlasStyle().layers.map((layer) => layer.id).filter((id) => /-(hover|focus|selected)$/.test(id));
    expect(order).toEqual(['ccg-hover', 'stp-hover', 'ccg-focus', 'stp-focus', 'ccg-selected', 'stp-selected']);
  });
});
