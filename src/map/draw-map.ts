import { DIMMED_OPACITY, LAND_COLOUR, MAP_LINES, type LineStyle } from '../domain/palette';

/** One area as drawn: its outline, its class colour or null for the "Not reported" hatch, faint if dimmed. */
export interface DrawnArea {
  shape: Path2D;
  colour: string | null;
  dimmed: boolean;
}

/** What the map draws under its highlights, in the context's units. */
export interface MapDrawing {
  land: Path2D;
  areas: readonly DrawnArea[];
  /** The areas' borders (AREA_LINES of the level drawn). */
  areaLine: LineStyle;
  /** The 2016 CCGs' borders inside a later year's bodies, where the geography has them. */
  faint: Path2D | null;
  /** The STPs' borders over the CCGs, where the geography has them. */
  overlay: Path2D | null;
}

/** The parts of a 2D context drawMap uses. */
export type MapContext = Pick<CanvasRenderingContext2D, 'fill' | 'stroke' | 'setLineDash' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'globalAlpha'>;

/**
 * Land, the areas' fills, then every line over them: the areas' borders, the faint 2016 borders, the
 * STP overlay and England's outline. The map's canvas and the PNG both draw with this, so the two
 * cannot drift apart.
 */
export function drawMap(c: MapContext, drawing: MapDrawing, noData: CanvasPattern | string): void {
  c.globalAlpha = 1;
  c.fillStyle = LAND_COLOUR;
  c.fill(drawing.land);
  for (const { shape, colour, dimmed } of drawing.areas) {
    c.globalAlpha = dimmed ? DIMMED_OPACITY : 1;
    c.fillStyle = colour ?? noData;
    c.fill(shape);
  }
  c.lineJoin = 'round';
  // The areas' borders share one style (set once: this runs at every Play step); only dimming varies.
  useLineStyle(c, drawing.areaLine);
  for (const { shape, dimmed } of drawing.areas) {
    c.globalAlpha = dimmed ? DIMMED_OPACITY : 1;
    c.stroke(shape);
  }
  if (drawing.faint) stroke(c, drawing.faint, MAP_LINES.faint);
  if (drawing.overlay) stroke(c, drawing.overlay, MAP_LINES.overlay);
  stroke(c, drawing.land, MAP_LINES.outline);
  c.globalAlpha = 1;
}

function useLineStyle(c: MapContext, style: LineStyle): void {
  c.globalAlpha = style.opacity ?? 1;
  c.strokeStyle = style.colour;
  c.lineWidth = style.width;
  c.setLineDash(style.dash ? [...style.dash] : []);
}

function stroke(c: MapContext, path: Path2D, style: LineStyle): void {
  useLineStyle(c, style);
  c.stroke(path);
}
