import { select } from 'd3-selection';
import type { AppContext } from '../map/context';
import { ASOF_RANGE, EVENT_FILTER_KEYS, type EventFilterKey } from '../state/state';
import { formatDate } from '../domain/format';
import { isUpTo } from './dates';
import { CATEGORY_STYLE, monthsBetween, type MapEvent } from './model';
import { placeEvent } from './placement';

/** Slider positions: one per month of ASOF_RANGE, then "all" (no date limit, including events planned later). */
export const ASOF_MONTHS = monthsBetween(ASOF_RANGE.min, ASOF_RANGE.max);
const FIRST_YEAR = Number(ASOF_RANGE.min.slice(0, 4));

/** Months since January of the first year, with the day as a fraction ("2016-07" = middle of July). */
export function monthIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
  return (y - FIRST_YEAR) * 12 + (m - 1) + (d === undefined ? 0.5 : (d - 1) / 31);
}

export function asofToSlider(asof: string | null): number {
  const i = asof === null ? -1 : ASOF_MONTHS.indexOf(asof);
  return i < 0 ? ASOF_MONTHS.length : i;
}

export function sliderToAsof(value: number): string | null {
  return ASOF_MONTHS[value] ?? null;
}

/** Text for the chosen date, for the slider's value and its visible output. */
export function asofText(asof: string | null, latest: string): string {
  return asof === null ? `All (to ${formatDate(latest.slice(0, 7))})` : `Up to ${formatDate(asof)}`;
}

/** Under the map: category filter (also the badges' legend), a strip of dated events, and the as-of slider. */
export function mountTimeline(host: HTMLElement, ctx: AppContext, all: readonly MapEvent[]): void {
  const root = select(host);
  const latest = all.at(-1)?.date ?? ASOF_RANGE.max;
  const lastIndex = Math.max(monthIndex(ASOF_RANGE.max) + 1, Math.ceil(monthIndex(latest)) + 1);

  const filter = root.append('fieldset').attr('class', 'event-filter');
  filter.append('legend').text('Event categories');
  const boxes = new Map<EventFilterKey, HTMLInputElement>();
  for (const key of EVENT_FILTER_KEYS) {
    const style = CATEGORY_STYLE[key];
    const label = filter.append('label').attr('class', 'event-chip');
    const input = label.append('input').attr('type', 'checkbox').attr('name', 'event-category').attr('value', key);
    label.append('span').attr('class', 'event-chip-glyph').attr('aria-hidden', 'true').style('--fill', style.colour).style('--ink', style.ink).text(style.glyph);
    label.append('span').attr('class', 'event-chip-label').text(style.label);
    label.append('span').attr('class', 'event-chip-short').text(style.short);
    label.append('span').attr('class', 'event-chip-count');
    input.on('change', () => {
      const keys = EVENT_FILTER_KEYS.filter((k) => boxes.get(k)!.checked);
      ctx.update({ events: keys.length > 0 ? keys : null });
    });
    boxes.set(key, input.node()!);
  }

  const strip = root.append('div').attr('class', 'timeline-strip');
  // A group of marks with one tab stop: arrow keys move between marks in date order (roving tabindex).
  const svg = strip.append('svg').attr('class', 'timeline-svg').attr('role', 'group');
  const marks = svg.append('g').attr('class', 'timeline-marks');
  const axis = svg.append('g').attr('class', 'timeline-axis').attr('aria-hidden', 'true');
  const later = svg.append('rect').attr('class', 'timeline-later');
  const cursor = svg.append('line').attr('class', 'timeline-cursor');

  const sliderRow = root.append('div').attr('class', 'timeline-slider');
  sliderRow.append('label').attr('for', 'asof-slider').text('Show events up to');
  const slider = sliderRow
    .append('input')
    .attr('type', 'range')
    .attr('id', 'asof-slider')
    .attr('name', 'asof')
    .attr('min', 0)
    .attr('max', ASOF_MONTHS.length)
    .attr('step', 1);
  const output = sliderRow.append('output').attr('for', 'asof-slider').attr('class', 'timeline-output');
  slider.on('input', (event: Event) => ctx.update({ asof: sliderToAsof(Number((event.target as HTMLInputElement).value)) }));

  let activeId: string | null = null;
  const markElements = () => [...marks.node()!.querySelectorAll<SVGRectElement>('rect.timeline-mark')];
  const focusMark = (element: SVGRectElement | undefined) => {
    if (!element) return;
    activeId = element.dataset.id ?? null;
    for (const other of markElements()) other.setAttribute('tabindex', other === element ? '0' : '-1');
    element.focus();
  };
  const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
    ArrowRight: (i, n) => Math.min(n - 1, i + 1),
    ArrowDown: (i, n) => Math.min(n - 1, i + 1),
    ArrowLeft: (i) => Math.max(0, i - 1),
    ArrowUp: (i) => Math.max(0, i - 1),
    Home: () => 0,
    End: (_, n) => n - 1,
  };

  const HEIGHT = 64;
  const AXIS = 18;
  const render = () => {
    const state = ctx.store.getState();
    host.hidden = state.events === null;
    if (state.events === null) return;
    const keys = new Set(state.events);
    const areaOf = (code: string) => ctx.geography(state).find(code);
    for (const [key, input] of boxes) {
      input.checked = keys.has(key);
      // The last checked category stays: no categories would mean the overlay is off, which is the switch's job.
      input.disabled = keys.size === 1 && keys.has(key);
      const n = all.filter((e) => e.key === key && isUpTo(e.date, state.asof)).length;
      select(input.parentElement).select('.event-chip-count').text(`${n}`);
    }
    const value = asofToSlider(state.asof);
    slider.property('value', value).attr('aria-valuetext', asofText(state.asof, latest));
    output.text(asofText(state.asof, latest));

    const width = Math.max(200, (strip.node()!.clientWidth || 600));
    const x = (month: number) => 8 + (month / lastIndex) * (width - 16);
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const shown = all.filter((e) => keys.has(e.key));
    svg.attr('aria-label', `Timeline of ${shown.length} events, ${formatDate(ASOF_RANGE.min)} to ${formatDate(latest.slice(0, 7))}; ${shown.filter((e) => isUpTo(e.date, state.asof)).length} shown on the map`);
    const base = HEIGHT - AXIS;
    const stacks = new Map<number, number>();
    for (const e of shown) stacks.set(Math.floor(monthIndex(e.date)), (stacks.get(Math.floor(monthIndex(e.date))) ?? 0) + 1);
    // Each month's events stack up; a crowded month (29 vanguards in March 2015) is squeezed to fit.
    const stepOf = (month: number) => Math.min(6, (base - 4) / (stacks.get(month) ?? 1));
    const position = new Map<string, [number, number]>();
    const filled = new Map<number, number>();
    for (const e of shown) {
      const month = Math.floor(monthIndex(e.date));
      const k = filled.get(month) ?? 0;
      filled.set(month, k + 1);
      position.set(e.id, [x(month + 0.5), base - (k + 1) * stepOf(month)]);
    }
    const placedAt = (e: MapEvent) => placeEvent(e, state.level, areaOf)[0] ?? null;
    const selectMark = (e: MapEvent) => {
      const code = placedAt(e);
      if (code) ctx.update({ area: code, focus: null });
    };
    const markText = (d: MapEvent) => {
      const names = d.areas.map((c) => areaOf(c)?.shortName).filter(Boolean).join(', ');
      return `${formatDate(d.date)}: ${d.title}${names ? ` (${names})` : ' (no single area)'}. Source: ${d.source}`;
    };
    // The mark last moved to keeps the tab stop while it is shown; otherwise the first mark has it.
    const tabStop = shown.some((e) => e.id === activeId) ? activeId : (shown[0]?.id ?? null);
    const markWidth = Math.max(3, Math.min(8, x(1) - x(0) - 1));
    marks
      .selectAll<SVGRectElement, MapEvent>('rect')
      .data(shown, (d) => d.id)
      .join((enter) => {
        const rect = enter.append('rect').attr('class', 'timeline-mark');
        rect.append('title');
        return rect;
      })
      .attr('x', (d) => position.get(d.id)![0] - markWidth / 2)
      .attr('y', (d) => position.get(d.id)![1])
      .attr('width', markWidth)
      .attr('height', (d) => {
        const step = stepOf(Math.floor(monthIndex(d.date)));
        return Math.max(1, step - (step > 2 ? 1 : 0));
      })
      .attr('fill', (d) => CATEGORY_STYLE[d.key].colour)
      .attr('data-id', (d) => d.id)
      .classed('is-later', (d) => !isUpTo(d.date, state.asof))
      .classed('is-unplaced', (d) => placedAt(d) === null)
      .attr('role', 'button')
      .attr('tabindex', (d) => (d.id === tabStop ? 0 : -1))
      .attr('aria-disabled', (d) => (placedAt(d) === null ? 'true' : null))
      .attr('aria-label', (d) => markText(d))
      .on('pointerenter focus', (_event: Event, d) => {
        const code = placedAt(d);
        if (code) ctx.store.setState({ hover: code });
      })
      .on('pointerleave blur', () => ctx.store.setState({ hover: null }))
      .on('click', (_event: Event, d) => selectMark(d))
      .on('keydown', (event: KeyboardEvent, d) => {
        const elements = markElements();
        const index = elements.findIndex((element) => element.dataset.id === d.id);
        const step = KEY_STEPS[event.key];
        if (step) {
          event.preventDefault();
          focusMark(elements[step(index, elements.length)]);
        } else if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          selectMark(d);
        }
      })
      .select('title')
      .text((d) => markText(d));

    // Eleven years on a phone leave about 30 px a year: label every other one so the years do not run together.
    const labelEvery = x(12) - x(0) < 36 ? 2 : 1;
    const years: number[] = [];
    for (let i = 0; i <= lastIndex; i += 12) years.push(i);
    axis
      .selectAll<SVGGElement, number>('g')
      .data(years, (d) => String(d))
      .join((enter) => {
        const g = enter.append('g');
        g.append('line');
        g.append('text');
        return g;
      })
      .attr('transform', (d) => `translate(${x(d)},${base})`)
      .call((g) => g.select('line').attr('y1', -base + 4).attr('y2', 4))
      .call((g) => g.select('text').attr('x', 3).attr('y', 14).text((d) => (d % (12 * labelEvery) === 0 ? String(FIRST_YEAR + d / 12) : '')));
    axis.selectAll('path').data([0]).join('path').attr('class', 'timeline-baseline').attr('d', `M${x(0)},${base}H${x(lastIndex)}`);
    const cut = state.asof === null ? null : x(monthIndex(state.asof) + 0.5);
    later.attr('x', cut ?? width).attr('y', 0).attr('width', cut === null ? 0 : Math.max(0, width - cut)).attr('height', base);
    cursor.attr('x1', cut ?? -10).attr('x2', cut ?? -10).attr('y1', 0).attr('y2', base + 4);
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (s.events !== p.events || s.asof !== p.asof || s.level !== p.level || s.orgs !== p.orgs) render();
  });
  new ResizeObserver(() => render()).observe(host);
}
