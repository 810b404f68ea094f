import type { Choropleth } from '../domain/choropleth';
import { AREA_LINES, NO_DATA_COLOUR, type LineStyle } from '../domain/palette';
import { drawMap } from './draw-map';
import { noDataPattern } from './no-data-pattern';

/** How one area is painted: its class colour, or null for the "Not reported" hatch; dimmed areas faint. */
export interface AreaPaint {
  code: string;
  colour: string | null;
  dimmed: boolean;
}

/** The colour an area is painted, or null where it has no value and is hatched "Not reported". */
export function paintColour(choropleth: Pick<Choropleth, 'values' | 'colours'>, code: string): string | null {
  const value = choropleth.values.get(code);
  return value === null || value === undefined ? null : choropleth.colours.get(code) ?? null;
}

/** Equal keys paint the same picture, so an unchanged choropleth is not painted again. */
export function paintKey(paints: readonly AreaPaint[]): string {
  return paints.map((p) => `${p.code}:${p.colour ?? '-'}${p.dimmed ? '~' : ''}`).join(',');
}

/** The geometry the canvas draws, as SVG path data in CSS pixels on a map of this size. */
export interface CanvasGeometry {
  width: number;
  height: number;
  land: string;
  shapes: Iterable<readonly [string, string]>;
  areaLine: LineStyle;
  faint: string | null;
  overlay: string | null;
}

/**
 * The map as the reader sees it under the highlights: fills and lines, painted on one 2D canvas
 * under the SVG, whose paths paint nothing and only take the pointer. A period step of Play repaints
 * these pixels alone: recolouring SVG paths had the browser rasterise every path again (about 65 ms
 * a step under software GL), and SVG lines over the canvas were rasterised again with it, or, on a
 * layer of their own, cost 200–370 ms to raster when Play began. The canvas is drawn in the next
 * animation frame, once however many renders came before it.
 */
export class MapCanvas {
  readonly element: HTMLCanvasElement;
  private geometry: CanvasGeometry | null = null;
  private land = new Path2D();
  private shapes = new Map<string, Path2D>();
  private areaLine: LineStyle = AREA_LINES.stp;
  private faint: Path2D | null = null;
  private overlay: Path2D | null = null;
  private noData: CanvasPattern | string = NO_DATA_COLOUR;
  private scale = 1;
  private wanted: readonly AreaPaint[] = [];
  private wantedKey = '';
  private paintedKey = '';
  private frame = 0;

  constructor(before: Element) {
    this.element = document.createElement('canvas');
    this.element.className = 'map-canvas';
    this.element.setAttribute('aria-hidden', 'true');
    before.before(this.element);
  }

  setGeometry(geometry: CanvasGeometry): void {
    this.geometry = geometry;
    // Which of the optional line sets the canvas draws, for what reads the page from outside.
    this.element.dataset.lines = ['areas', geometry.faint && 'faint', geometry.overlay && 'overlay', 'outline'].filter(Boolean).join(' ');
    this.schedule();
  }

  paint(paints: readonly AreaPaint[]): void {
    this.wanted = paints;
    this.wantedKey = paintKey(paints);
    if (this.geometry || this.wantedKey !== this.paintedKey) this.schedule();
  }

  /** Draws what is pending now, in the caller's task, rather than in the next frame's. */
  drawNow(): void {
    if (!this.frame) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    // Read back often by tests and cheap to upload: a canvas in memory suits 44–209 shapes.
    const c = this.element.getContext('2d', { willReadFrequently: true });
    if (!c) return;
    if (this.geometry) this.applyGeometry(c, this.geometry);
    if (this.wantedKey === this.paintedKey) return;
    this.paintedKey = this.wantedKey;
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, this.element.width, this.element.height);
    c.setTransform(this.scale, 0, 0, this.scale, 0, 0);
    const areas = this.wanted.flatMap(({ code, colour, dimmed }) => {
      const shape = this.shapes.get(code);
      return shape ? [{ shape, colour, dimmed }] : [];
    });
    drawMap(c, { land: this.land, areas, areaLine: this.areaLine, faint: this.faint, overlay: this.overlay }, this.noData);
  }

  private applyGeometry(c: CanvasRenderingContext2D, { width, height, land, shapes, areaLine, faint, overlay }: CanvasGeometry): void {
    this.scale = window.devicePixelRatio || 1;
    this.element.width = Math.round(width * this.scale);
    this.element.height = Math.round(height * this.scale);
    this.element.style.width = `${width}px`;
    this.element.style.height = `${height}px`;
    this.land = new Path2D(land);
    this.shapes = new Map([...shapes].map(([code, d]) => [code, new Path2D(d)]));
    this.areaLine = areaLine;
    this.faint = faint ? new Path2D(faint) : null;
    this.overlay = overlay ? new Path2D(overlay) : null;
    this.noData = noDataPattern(c, this.scale);
    this.geometry = null;
    this.paintedKey = '';
  }
}
