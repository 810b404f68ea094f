import { select } from 'd3-selection';
import { fitCamera, MAX_ZOOM, type Bounds } from '../map/camera';
import type { AppContext } from '../map/context';
import { EVENT_FILTER_KEYS, type AtlasState } from '../state/state';
import { CATEGORY_STYLE, filterEvents, type MapEvent } from './model';
import { formatDate } from '../domain/format';
import { categoriesOf, clusterBadges, eventsByArea, type BadgePoint, type Cluster } from './placement';

/** Badge diameter in CSS pixels; badges closer than this are clustered. */
export const BADGE_SIZE = 26;

interface Badge {
  key: string;
  x: number;
  y: number;
  codes: string[];
  events: MapEvent[];
}

function ringOf(keys: readonly string[]): string {
  if (keys.length === 1) return CATEGORY_STYLE[keys[0] as keyof typeof CATEGORY_STYLE].colour;
  const step = 360 / keys.length;
  const stops = keys.map((k, i) => `${CATEGORY_STYLE[k as keyof typeof CATEGORY_STYLE].colour} ${i * step}deg ${(i + 1) * step}deg`);
  return `conic-gradient(${stops.join(', ')})`;
}

function nameList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Event badges: an HTML layer of buttons over the map, one per area with events at the current
 * level (clusters where they would overlap). They follow the camera of whichever renderer is active.
 */
export function mountBadges(layer: HTMLElement, ctx: AppContext, all: readonly MapEvent[]): void {
  const root = select(layer);
  const areaOf = (code: string) => ctx.geography().find(code);

  let placed: Map<string, MapEvent[]> = new Map();
  let placedKey = '';
  const place = (state: AtlasState) => {
    const key = `${state.level}|${(state.events ?? []).join()}|${state.asof}`;
    if (key !== placedKey) {
      placed = eventsByArea(filterEvents(all, state.events, state.asof), state.level, areaOf);
      placedKey = key;
    }
    return placed;
  };

  const zoomTo = (badge: Badge) => {
    const boxes = badge.codes.map((c) => areaOf(c)!.bounds);
    const bounds: Bounds = [
      [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
      [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
    ];
    const width = layer.clientWidth;
    const height = layer.clientHeight;
    let view = fitCamera(bounds, width, height, Math.round(Math.min(width, height) * 0.15));
    const current = ctx.camera.view();
    if (current && view.zoom < current.zoom + 1) view = { center: view.center, zoom: Math.min(MAX_ZOOM, current.zoom + 1.5) };
    ctx.store.setState({ view });
  };

  const render = () => {
    const state = ctx.store.getState();
    const on = state.events !== null;
    layer.hidden = !on;
    const byArea = on ? place(state) : new Map<string, MapEvent[]>();
    const width = layer.clientWidth;
    const height = layer.clientHeight;
    const points: BadgePoint[] = [];
    for (const [code, events] of byArea) {
      const p = ctx.camera.project(areaOf(code)!.labelPoint);
      if (!p || !(p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height)) continue;
      points.push({ id: code, x: p[0], y: p[1], weight: events.length });
    }
    const badges: Badge[] = clusterBadges(points, BADGE_SIZE).map((c: Cluster) => {
      const seen = new Set<string>();
      const events = c.ids.flatMap((code) => byArea.get(code)!).filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
      return { key: c.ids.join(','), x: c.x, y: c.y, codes: c.ids, events };
    });
    // Tab order follows the map from north to south, west to east (join orders the buttons as the data),
    // except while a reader is tabbing through them: moving a focused button would drop its focus.
    if (!layer.contains(document.activeElement)) badges.sort((a, b) => a.y - b.y || a.x - b.x);

    root
      .selectAll<HTMLButtonElement, Badge>('button.event-badge')
      .data(badges, (d) => d.key)
      .join(
        (enter) => {
          const button = enter.append('button').attr('type', 'button').attr('class', 'event-badge');
          button.append('span').attr('class', 'event-badge-glyph').attr('aria-hidden', 'true');
          button.append('span').attr('class', 'event-badge-count').attr('aria-hidden', 'true');
          button
            .on('click', (_event: MouseEvent, d) => {
              if (d.codes.length > 1) zoomTo(d);
              else ctx.update({ area: d.codes[0]!, focus: null });
            })
            .on('pointerenter focus', (_event: Event, d) => {
              if (d.codes.length === 1) ctx.store.setState({ hover: d.codes[0]! });
            })
            .on('pointerleave blur', (_event: Event, d) => {
              if (ctx.store.getState().hover === d.codes[0]) ctx.store.setState({ hover: null });
            });
          return button;
        },
        (update) => update,
        (exit) => exit.remove(),
      )
      .each(function (d) {
        const keys = categoriesOf(d.events, EVENT_FILTER_KEYS);
        const main = CATEGORY_STYLE[keys[0]!];
        const cluster = d.codes.length > 1;
        const names = d.codes.map((c) => areaOf(c)!.shortName);
        const button = select(this)
          .attr('data-areas', d.codes.join(' '))
          .attr('data-categories', keys.join(' '))
          .classed('is-cluster', cluster)
          .classed('is-mixed', keys.length > 1)
          .attr('aria-label', cluster ? `${d.events.length} event${d.events.length === 1 ? '' : 's'} in ${d.codes.length} areas: ${nameList(names)}. Zoom in` : `${d.events.length} event${d.events.length === 1 ? '' : 's'}: ${names[0]}`)
          .attr('title', [cluster ? nameList(names) : names[0], ...d.events.map((e) => `${formatDate(e.date)}: ${e.title}`)].join('\n'))
          .style('transform', `translate(${Math.round(d.x - BADGE_SIZE / 2)}px, ${Math.round(d.y - BADGE_SIZE / 2)}px)`)
          .style('--fill', cluster ? '#1b1f23' : main.colour)
          .style('--ink', cluster ? '#ffffff' : main.ink)
          .style('--ring', ringOf(keys));
        button.select('.event-badge-glyph').text(cluster ? String(d.events.length) : main.glyph);
        button.select('.event-badge-count').text(!cluster && d.events.length > 1 ? String(d.events.length) : '');
      });
  };

  render();
  ctx.camera.subscribe(render);
  ctx.store.subscribe((s, p) => {
    if (s.events !== p.events || s.asof !== p.asof || s.level !== p.level || s.orgs !== p.orgs) render();
  });
  new ResizeObserver(() => render()).observe(layer);
}
