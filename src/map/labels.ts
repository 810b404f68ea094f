import { select } from 'd3-selection';
import type { Geography } from '../geography/geography';
import type { AtlasState } from '../state/state';
import type { AppContext } from './context';
import { placeLabels, type LabelCandidate } from './label-placement';

/** Zoom from which each level's names are drawn: below it the map is a picture of England, names are in the tooltip. */
const MIN_LABEL_ZOOM = { stp: 6.6, ccg: 8 } as const;

/** On the geographic map: every area's name, larger areas first. */
function nameCandidates(state: AtlasState, geography: Geography, ctx: AppContext): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  for (const area of geography.areas) {
    const point = ctx.camera.project(area.labelPoint);
    if (!point || !Number.isFinite(point[0])) continue;
    const [[w, s], [e, n]] = area.bounds;
    candidates.push({
      code: area.code,
      text: area.shortName.replace(/ CCG$/, ''),
      x: point[0],
      // With events on, a badge sits on the label point: the name goes underneath it.
      y: point[1] + (state.events ? 26 : 0),
      priority: (area.code === state.area ? 1e6 : 0) + (e - w) * (n - s),
    });
  }
  return candidates;
}

/** Area names over the map in the page's own font, placed without overlaps; they follow either renderer's camera. */
export function mountLabels(frame: HTMLElement, mapElement: HTMLElement, ctx: AppContext): void {
  const layer = select(frame).append('div').attr('class', 'map-labels').attr('aria-hidden', 'true');
  const context = document.createElement('canvas').getContext('2d');
  const measureAt = (size: number) => (text: string) => {
    if (!context) return (text.length * 6.5 * size) / 12;
    context.font = `600 ${size}px ${getComputedStyle(document.body).fontFamily}`;
    return context.measureText(text).width;
  };
  let scheduled = false;
  let hexLabels: typeof import('./hex-labels') | null = null;
  const render = () => {
    scheduled = false;
    const state = ctx.store.getState();
    const view = ctx.camera.view();
    const geography = ctx.geography(state);
    const hex = geography.key.shape === 'hex';
    const fontSize = hex && hexLabels ? hexLabels.HEX_FONT_SIZE[state.level] : 12;
    const measure = measureAt(fontSize);
    const visible = view !== null && (hex || view.zoom >= MIN_LABEL_ZOOM[state.level]);
    if (hex && !hexLabels) {
      // The hexagons' labelling is loaded with the hexagons, not with the first paint.
      void import('./hex-labels').then((module) => {
        hexLabels = module;
        schedule();
      });
    }
    const candidates = !visible || hex ? [] : nameCandidates(state, geography, ctx);
    if (candidates.length === 0 && !(visible && hexLabels)) {
      // Zoomed out: no names, and no need to measure the page (which would force a layout).
      layer.selectAll('span').remove();
      return;
    }
    const origin = mapElement.getBoundingClientRect();
    const obstacles = [...frame.querySelectorAll<HTMLElement>('.legend, .maplibregl-ctrl-top-right, .event-badge')].map((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
    });
    const viewport = { width: mapElement.clientWidth, height: mapElement.clientHeight };
    const placed =
      hex && hexLabels
        ? hexLabels.placeHexLabels(state, geography, (lonLat) => ctx.camera.project(lonLat), measure, viewport, obstacles)
        : placeLabels(candidates, viewport, measure, obstacles, fontSize + 2, 4);
    layer
      .selectAll<HTMLSpanElement, (typeof placed)[number]>('span')
      .data(placed, (d) => d.code)
      .join('span')
      .attr('class', (d) => `map-label${d.code === state.area ? ' is-selected' : ''}${fontSize !== 12 ? ' is-small' : ''}${d.group ? ' is-group' : ''}${geography.area(d.code)?.drawnWith ? ' is-split' : ''}`)
      .attr('data-code', (d) => d.code)
      .style('transform', (d) => `translate(${Math.round(d.x - d.width / 2)}px, ${Math.round(d.y - (d.height + 2) / 2)}px)`)
      .text((d) => d.text);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  };
  ctx.camera.subscribe(schedule);
  ctx.store.subscribe((s, p) => {
    if (s.orgs !== p.orgs || s.level !== p.level || s.area !== p.area || s.events !== p.events || s.shape !== p.shape || (s.shape === 'hex' && (s.focus !== p.focus || (s.level === 'ccg' && s.hover !== p.hover)))) schedule();
  });
  schedule();
}
