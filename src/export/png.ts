import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { legendSubtitle, type Choropleth, type LegendItem } from '../domain/choropleth';
import { formatDay } from '../domain/format';
import { AREA_LINES, HIGHLIGHT_LINES } from '../domain/palette';
import { mercatorScale } from '../map/camera';
import { isDimmed, type AppContext } from '../map/context';
import { HEX_FONT_SIZE, placeHexLabels } from '../map/hex-labels';
import { noDataPattern } from '../map/no-data-pattern';
import { paintColour } from '../map/map-canvas';
import { drawMap } from '../map/draw-map';
import type { PlacedLabel } from '../map/label-placement';
import type { AtlasState, MapView } from '../state/state';
import { periodSources } from '../domain/sources';

/** Device pixels per CSS pixel in the exported picture. */
export const PNG_SCALE = 2;

const SEA = '#dce8ef';
const TEXT = '#1b1f23';
const MUTED = '#5a6570';
/** The STP tags' chip colour on the CCG hexagons (.map-label.is-group in styles.css). */
export const GROUP_TAG = '#33414d';
const PAD = 12;

export interface PngRequest {
  ctx: AppContext;
  state: AtlasState;
  /** The map as drawn on screen now: its CSS size and camera. */
  width: number;
  height: number;
  view: MapView;
  fontFamily: string;
  /** Where the picture came from, printed in the footer. */
  pageUrl: string;
  now?: Date;
}

function wrap(c: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).flatMap((word) => {
    // A word wider than the line (a long URL) is cut where it no longer fits.
    if (c.measureText(word).width <= maxWidth) return [word];
    const pieces: string[] = [];
    let piece = '';
    for (const character of word) {
      if (piece && c.measureText(piece + character).width > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
    }
    return piece ? [...pieces, piece] : pieces;
  });
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && c.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the current view onto a 2D canvas at 2× with d3-geo and the same Web Mercator camera as
 * the screen (so it is the same picture whichever renderer is showing), with the title, the legend
 * as on screen, the selected area's outline, and the source and attribution lines.
 */
export function drawPng(request: PngRequest): HTMLCanvasElement {
  const { ctx, state, width, height, view, fontFamily } = request;
  const { atlas } = ctx;
  const choropleth = ctx.choropleth(state);
  const geography = ctx.geography(state);
  const selected = state.area ? geography.find(state.area) : undefined;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;

  const measure = document.createElement('canvas').getContext('2d')!;
  const textWidth = width - 2 * PAD;
  measure.font = font(18, 700);
  const titleLines = wrap(measure, choropleth.title, textWidth);
  measure.font = font(13);
  const levelLine = `${geography.areas.length} ${state.level === 'stp' ? 'STP footprints' : 'clinical commissioning groups'}, England${selected ? ` · selected: ${selected.name} (${selected.code})` : ''}`;
  const subtitleLines = wrap(measure, levelLine, textWidth);
  const headerHeight = PAD + titleLines.length * 23 + subtitleLines.length * 17 + 8;

  const sources = periodSources(choropleth.def, state.period, (id) => atlas.metrics.sources[id]?.label ?? id);
  const footerText = [`Sources: ${sources}.`, ...atlas.metrics.attribution, `Data: ${choropleth.def.label}, ${choropleth.periodLabel} (${choropleth.unit}). Exported ${formatDay(request.now ?? new Date())} from STP Atlas, ${request.pageUrl}`];
  measure.font = font(11);
  const footerLines = footerText.flatMap((text) => wrap(measure, text, textWidth));
  const footerHeight = 8 + footerLines.length * 15 + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round((headerHeight + height + footerHeight) * PNG_SCALE);
  // A software canvas: encoding a GPU-backed one first reads it back, which costs far more than the drawing.
  const c = canvas.getContext('2d', { willReadFrequently: true })!;
  c.scale(PNG_SCALE, PNG_SCALE);
  c.fillStyle = '#fff';
  c.fillRect(0, 0, width, headerHeight + height + footerHeight);
  c.textBaseline = 'alphabetic';

  // Title
  let y = PAD;
  c.fillStyle = TEXT;
  c.font = font(18, 700);
  for (const line of titleLines) c.fillText(line, PAD, (y += 23) - 5);
  c.fillStyle = MUTED;
  c.font = font(13);
  for (const line of subtitleLines) c.fillText(line, PAD, (y += 17) - 4);

  // Map
  c.save();
  c.translate(0, headerHeight);
  c.beginPath();
  c.rect(0, 0, width, height);
  c.clip();
  c.fillStyle = SEA;
  c.fillRect(0, 0, width, height);
  const projection = geoMercator().scale(mercatorScale(view.zoom)).center(view.center).translate([width / 2, height / 2]);
  const path = geoPath(projection);
  const shapeOf = (object: GeoPermissibleObjects) => new Path2D(path(object) ?? '');
  const noData = noDataPattern(c, PNG_SCALE);
  const areas = geography.shapes.features.map((feature) => {
    const code = feature.properties.code;
    return { shape: shapeOf(feature), colour: paintColour(choropleth, code), dimmed: isDimmed(state, geography, code) };
  });
  const faint = geography.faintBorders ? shapeOf(geography.faintBorders) : null;
  const overlay = geography.overlayLevel ? shapeOf(geography.at(geography.overlayLevel).shapes) : null;
  drawMap(c, { land: shapeOf(geography.land), areas, areaLine: AREA_LINES[geography.level], faint, overlay }, noData);
  const selectedFeature = state.area ? geography.findShape(state.area) : undefined;
  if (selectedFeature) {
    c.strokeStyle = HIGHLIGHT_LINES.selected.colour;
    c.lineWidth = HIGHLIGHT_LINES.selected.width;
    c.stroke(shapeOf(selectedFeature));
  }
  const legendBox = drawLegend(c, choropleth, legendSubtitle(choropleth, state), noData, width, height, font);
  if (geography.key.shape === 'hex') {
    // The hexagons' labels as on screen, less the passing focus and hover.
    const size = HEX_FONT_SIZE[geography.level];
    c.font = font(size, 600);
    const labels = placeHexLabels({ ...state, focus: null, hover: null }, geography, (lonLat) => projection(lonLat), (text) => c.measureText(text).width, { width, height }, [legendBox]);
    drawLabels(c, labels);
  }
  c.restore();

  // Sources
  y = headerHeight + height + 8;
  c.fillStyle = MUTED;
  c.font = font(11);
  for (const line of footerLines) c.fillText(line, PAD, (y += 15) - 4);
  return canvas;
}

/** Map labels in the current font, centred on their places: names with a white halo, STP tags as dark chips (as styles.css draws them). */
function drawLabels(c: CanvasRenderingContext2D, labels: readonly PlacedLabel[]): void {
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.lineJoin = 'round';
  for (const label of labels) {
    if (label.group) {
      c.beginPath();
      c.roundRect(label.x - label.width / 2, label.y - label.height / 2, label.width, label.height, 3);
      c.fillStyle = GROUP_TAG;
      c.fill();
      c.strokeStyle = '#fff';
      c.lineWidth = 1;
      c.stroke();
      c.fillStyle = '#fff';
    } else {
      c.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      c.lineWidth = 3;
      c.strokeText(label.text, label.x, label.y);
      c.fillStyle = TEXT;
    }
    c.fillText(label.text, label.x, label.y);
  }
  c.textAlign = 'start';
  c.textBaseline = 'alphabetic';
}

/** Draws the legend in the map's lower left corner and returns its box. */
function drawLegend(c: CanvasRenderingContext2D, choropleth: Choropleth, subtitle: string, noData: CanvasPattern | string, mapWidth: number, mapHeight: number, font: (size: number, weight?: number) => string): { left: number; top: number; right: number; bottom: number } {
  const inner = Math.min(300, mapWidth - 16) - 20;
  c.font = font(13, 700);
  const titleLines = wrap(c, choropleth.title, inner);
  let widest = Math.max(...titleLines.map((l) => c.measureText(l).width));
  c.font = font(12);
  const subtitleLines = wrap(c, subtitle, inner);
  widest = Math.max(widest, ...subtitleLines.map((l) => c.measureText(l).width));
  const itemText = (item: LegendItem) => `${item.label} (${item.count})`;
  for (const item of choropleth.legend) widest = Math.max(widest, 24 + c.measureText(itemText(item)).width);
  const boxWidth = Math.min(inner, widest) + 20;
  const boxHeight = 8 + titleLines.length * 17 + subtitleLines.length * 16 + 4 + choropleth.legend.length * 18 + 6;
  const x = 8;
  const top = mapHeight - 8 - boxHeight;
  c.fillStyle = 'rgba(255, 255, 255, 0.94)';
  c.strokeStyle = '#d5dbe0';
  c.lineWidth = 1;
  c.beginPath();
  c.roundRect(x + 0.5, top + 0.5, boxWidth, boxHeight, 4);
  c.fill();
  c.stroke();
  let y = top + 8;
  c.fillStyle = TEXT;
  c.font = font(13, 700);
  for (const line of titleLines) c.fillText(line, x + 10, (y += 17) - 4);
  c.fillStyle = MUTED;
  c.font = font(12);
  for (const line of subtitleLines) c.fillText(line, x + 10, (y += 16) - 4);
  y += 4;
  for (const item of choropleth.legend) {
    c.fillStyle = item.kind === 'nodata' ? noData : item.colour;
    c.fillRect(x + 10, y + 3, 17, 12);
    c.strokeStyle = 'rgba(0, 0, 0, 0.2)';
    c.strokeRect(x + 10.5, y + 3.5, 16, 11);
    c.font = font(12);
    c.fillStyle = TEXT;
    const label = `${item.label} `;
    c.fillText(label, x + 34, y + 13);
    c.fillStyle = MUTED;
    c.fillText(`(${item.count})`, x + 34 + c.measureText(label).width, y + 13);
    y += 18;
  }
  return { left: x, top, right: x + boxWidth, bottom: top + boxHeight };
}

/** The PNG file of the current view. */
export function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  let encoding = true;
  const encoded = new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => {
      encoding = false;
      if (blob) resolve(blob);
      else reject(new Error('The browser could not encode the PNG'));
    }, 'image/png'),
  );
  // Chromium encodes in the idle time after a frame; on a page with nothing to draw it waited a
  // full second before encoding anyway. Asking for frames while it encodes gives it that time.
  const askForFrame = () => void (encoding && requestAnimationFrame(askForFrame));
  askForFrame();
  return encoded;
}
