import { geoMercator, geoPath } from 'd3-geo';
import { select, type Selection } from 'd3-selection';
import { AREA_LINES, HIGHLIGHT_LINES } from '../domain/palette';
import type { Geography } from '../geography/geography';
import type { AtlasState, MapView } from '../state/state';
import { mercatorScale } from './camera';
import type { CameraSource } from './camera-bus';
import type { ElementSize } from './size';
import { isDimmed, type AppContext, type MapHooks } from './context';
import { MapCanvas, paintColour, type AreaPaint } from './map-canvas';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The choropleth drawn with d3-geo: the first paint (it needs no WebGL and no MapLibre) and the
 * renderer where WebGL is unavailable. It follows the same Web Mercator camera as MapLibre. Fills and
 * lines are painted on a canvas underneath (MapCanvas); the SVG's area paths paint nothing and take
 * the pointer, each carrying its code and, in data-fill and the class "dimmed", how it was painted;
 * a second SVG over it draws the hover, focus and selection outlines.
 */
export class SvgMap {
  readonly element: SVGSVGElement;
  private readonly areas: Selection<SVGGElement, unknown, null, undefined>;
  private readonly canvas: MapCanvas;
  private readonly overlay: SVGSVGElement;
  private readonly highlights: Record<'selected' | 'focus' | 'hover', SVGPathElement>;
  private drawnGeography: string | null = null;
  private visible = true;
  private drawnKey = '';
  private paths = new Map<string, SVGPathElement>();

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
    private readonly hooks: MapHooks,
    private readonly viewOf: () => MapView,
    private readonly size: ElementSize,
  ) {
    const svg = select(host).append('svg').attr('class', 'svg-map').attr('aria-hidden', 'true').attr('focusable', 'false');
    this.element = svg.node()!;
    this.canvas = new MapCanvas(this.element);
    this.areas = svg.append('g').attr('class', 'areas');
    // The highlights have an SVG of their own over the map's, so a hover repaints its outline only.
    const overlay = select(host).append('svg').attr('class', 'svg-highlights').attr('aria-hidden', 'true').attr('focusable', 'false');
    this.overlay = overlay.node()!;
    const outline = (kind: keyof typeof HIGHLIGHT_LINES) =>
      overlay.append('path').attr('class', `highlight highlight-${kind}`).attr('stroke', HIGHLIGHT_LINES[kind].colour).attr('stroke-width', HIGHLIGHT_LINES[kind].width).node()!;
    this.highlights = { selected: outline('selected'), focus: outline('focus'), hover: outline('hover') };
    this.areas
      .on('pointerover', (event: PointerEvent) => this.hooks.hover(codeOf(event), [event.clientX, event.clientY]))
      .on('pointermove', (event: PointerEvent) => this.hooks.hover(codeOf(event), [event.clientX, event.clientY]))
      .on('pointerleave', () => this.hooks.hover(null))
      .on('click', (event: MouseEvent) => {
        const code = codeOf(event);
        if (code) this.hooks.select(code);
      });
  }

  /**
   * Web Mercator at the current camera, centred in the map: the same one MapLibre would draw with,
   * drawing straight lines between the boundaries' vertices as MapLibre does (no adaptive
   * resampling: the vertices are a few pixels apart at most). England is nowhere near the
   * antimeridian, so d3's clipping there (a point-in-polygon test per ring) is skipped.
   */
  private projection() {
    const view = this.viewOf();
    return geoMercator()
      .preclip((stream) => stream)
      .precision(0)
      .scale(mercatorScale(view.zoom))
      .center(view.center)
      .translate([this.size.width / 2, this.size.height / 2]);
  }

  /** Paths to a tenth of a pixel: shorter strings to build and for the browser to parse. */
  private path() {
    return geoPath(this.projection()).digits(1);
  }

  /** Redraws what changed since the last call. */
  render(state: AtlasState): void {
    if (!this.visible) return;
    const { width, height } = this.size;
    const view = this.viewOf();
    const geography = this.ctx.geography(state);
    const geometryKey = `${geography.id}|${width}x${height}@${window.devicePixelRatio}|${view.zoom}|${view.center.join()}`;
    const path = this.path();
    if (geometryKey !== this.drawnKey) {
      for (const svg of [this.element, this.overlay]) {
        svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
        svg.setAttribute('width', String(width));
        svg.setAttribute('height', String(height));
      }
      if (geography.id !== this.drawnGeography) this.buildAreas(geography);
      const shapes = geography.shapes.features.map((feature) => [feature.properties.code, path(feature) ?? ''] as const);
      for (const [code, d] of shapes) this.paths.get(code)?.setAttribute('d', d);
      this.canvas.setGeometry({
        width,
        height,
        land: path(geography.land) ?? '',
        shapes,
        areaLine: AREA_LINES[geography.level],
        faint: geography.faintBorders ? path(geography.faintBorders) : null,
        overlay: geography.overlayLevel ? path(geography.at(geography.overlayLevel).shapes) : null,
      });
      this.drawnKey = geometryKey;
      this.drawnGeography = geography.id;
      if (this.visible) this.ctx.camera.notify();
    }
    const choropleth = this.ctx.choropleth(state);
    const paints: AreaPaint[] = [];
    for (const [code, element] of this.paths) {
      const paint = { code, colour: paintColour(choropleth, code), dimmed: isDimmed(state, geography, code) };
      paints.push(paint);
      const fill = paint.colour ?? 'hatch';
      if (element.dataset.fill !== fill) element.dataset.fill = fill;
      element.classList.toggle('dimmed', paint.dimmed);
    }
    this.canvas.paint(paints);
    this.highlight('selected', state.area, geography, path);
    this.highlight('focus', state.focus, geography, path);
    this.highlight('hover', state.hover, geography, path);
  }

  private highlight(kind: 'selected' | 'focus' | 'hover', code: string | null, geography: Geography, path: ReturnType<typeof geoPath>): void {
    const element = this.highlights[kind];
    const key = `${code}|${this.drawnKey}`;
    if (element.dataset.key === key) return;
    element.dataset.key = key;
    const shape = code ? geography.findShape(code) : undefined;
    element.setAttribute('d', shape ? path(shape) ?? '' : '');
  }

  private buildAreas(geography: Geography): void {
    this.areas.selectAll('path').remove();
    this.paths.clear();
    for (const feature of geography.shapes.features) {
      const element = document.createElementNS(SVG_NS, 'path');
      element.setAttribute('class', 'area');
      element.dataset.code = feature.properties.code;
      this.areas.node()!.append(element);
      this.paths.set(feature.properties.code, element);
    }
  }

  /** Paints the canvas now, in a task apart from the paths' and the frame's (see main.ts). */
  drawCanvas(): void {
    this.canvas.drawNow();
  }

  /** Shown without taking the pointer, it is a picture over MapLibre, which keeps the pointer (see play-canvas.ts). */
  setVisible(visible: boolean, { takesPointer } = { takesPointer: true }): void {
    this.visible = visible;
    for (const layer of [this.canvas.element, this.element, this.overlay]) layer.style.display = visible ? '' : 'none';
    for (const layer of [this.canvas.element, this.element]) layer.classList.toggle('picture-only', !takesPointer);
  }

  /** The camera as this renderer draws it, for overlays. */
  cameraSource(): CameraSource {
    return {
      project: (lonLat) => this.projection()(lonLat) ?? [Number.NaN, Number.NaN],
      view: () => this.viewOf(),
    };
  }
}

function codeOf(event: Event): string | null {
  const target = event.target as Element | null;
  return target instanceof SVGPathElement ? target.dataset.code ?? null : null;
}
