import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { AREA_LINES, DIMMED_OPACITY, HIGHLIGHT_LINES, LAND_COLOUR, MAP_LINES, NO_DATA_COLOUR } from '../domain/palette';

export const SEA = '#dce8ef';

/** An empty GeoJSON source: the renderer fills each with the current geography's shapes. */
function source(promoteId?: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, ...(promoteId ? { promoteId } : {}) };
}

/**
 * Our own style: sea, land, the areas of both levels, STP lines and highlight outlines. No tiles, no
 * glyphs, no sprites. The sources start empty: `land`, `stp` and `ccg` take the current geography's shapes.
 */
export function atlasStyle(): StyleSpecification {
  const areaLayers = (level: 'stp' | 'ccg') => [
    {
      id: `${level}-fill`,
      type: 'fill' as const,
      source: level,
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'colour'], NO_DATA_COLOUR] as unknown as string,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], DIMMED_OPACITY, 1] as unknown as number,
      },
    },
    {
      id: `${level}-hatch`,
      type: 'fill' as const,
      source: level,
      paint: {
        'fill-pattern': 'nodata-hatch',
        'fill-opacity': ['case', ['boolean', ['feature-state', 'nodata'], false], 1, 0] as unknown as number,
      },
    },
    {
      id: `${level}-line`,
      type: 'line' as const,
      source: level,
      paint: { 'line-color': AREA_LINES[level].colour, 'line-width': AREA_LINES[level].width },
    },
  ];
  const highlight = (level: 'stp' | 'ccg', state: keyof typeof HIGHLIGHT_LINES) => ({
    id: `${level}-${state}`,
    type: 'line' as const,
    source: level,
    paint: {
      'line-color': HIGHLIGHT_LINES[state].colour,
      'line-width': HIGHLIGHT_LINES[state].width,
      'line-opacity': ['case', ['boolean', ['feature-state', state], false], 1, 0] as unknown as number,
    },
  });
  return {
    version: 8,
    sources: {
      land: source(),
      stp: source('code'),
      ccg: source('code'),
      faint: source(),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND_COLOUR } },
      ...areaLayers('ccg'),
      ...areaLayers('stp'),
      { id: 'faint-borders', type: 'line', source: 'faint', paint: { 'line-color': MAP_LINES.faint.colour, 'line-width': MAP_LINES.faint.width, 'line-opacity': MAP_LINES.faint.opacity, 'line-dasharray': [...MAP_LINES.faint.dash] } },
      { id: 'stp-borders', type: 'line', source: 'stp', paint: { 'line-color': MAP_LINES.overlay.colour, 'line-width': MAP_LINES.overlay.width } },
      { id: 'england-outline', type: 'line', source: 'land', paint: { 'line-color': MAP_LINES.outline.colour, 'line-width': MAP_LINES.outline.width } },
      ...(['hover', 'focus', 'selected'] as const).flatMap((kind) => (['ccg', 'stp'] as const).map((level) => highlight(level, kind))),
    ],
  };
}
