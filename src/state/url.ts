import { CLASSIFICATIONS, type Classification } from '../domain/classify';
import { LEVELS, type Level, type MetricKey } from '../data/types';
import { changeProblem, type Catalog } from './normalize';
import { ASOF_RANGE, DEFAULT_STATE, EVENT_FILTER_KEYS, MAX_COMPARE, type AtlasState, type EventFilterKey, type MapView } from './state';

/** The part of the state that a link carries. */
export type UrlState = Pick<AtlasState, 'level' | 'metric' | 'period' | 'change' | 'perHead' | 'classify' | 'area' | 'view' | 'compare' | 'asof' | 'events' | 'embed' | 'search'>;

const MAX_PARAM_LENGTH = 200;
const AREA_CODE = /^E(54|38)\d{6}$/;

/** A value may be quoted back to the reader only when it cannot carry markup. */
function quotable(value: string): string {
  return /^[A-Za-z0-9._-]{1,24}$/.test(value) ? ` "${value}"` : '';
}

function parseView(value: string): MapView | null {
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 3 || zoom > 14 || lat < 48 || lat > 58 || lon < -9 || lon > 4) return null;
  return { center: [lon, lat], zoom };
}

export function formatView(view: MapView): string {
  return `${view.zoom.toFixed(2)}/${view.center[1].toFixed(4)}/${view.center[0].toFixed(4)}`;
}

/** Reads a query string into a state, with a polite message for everything it had to ignore. */
export function parseUrl(search: string, catalog: Catalog): { state: UrlState; messages: string[] } {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const { hover: _hover, focus: _focus, notices: _notices, playing: _playing, ...defaults } = DEFAULT_STATE;
  const state: UrlState = { ...defaults, compare: [] };
  const get = (key: string): string | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (value.length > MAX_PARAM_LENGTH) {
      messages.push(`The link's ${key} was too long and was ignored`);
      return null;
    }
    return value;
  };

  const level = get('level');
  if (level !== null) {
    if ((LEVELS as readonly string[]).includes(level)) state.level = level as Level;
    else messages.push(`Unknown level${quotable(level)} — showing STPs`);
  }
  const metric = get('metric');
  if (metric !== null) {
    if (catalog.defs.has(metric as MetricKey)) state.metric = metric as MetricKey;
    else messages.push(`Unknown metric${quotable(metric)} — showing backlog maintenance`);
  }
  const def = catalog.defs.get(state.metric)!;
  state.period = def.defaultPeriod;
  const period = get('period');
  if (period !== null) {
    if (def.periods.includes(period)) state.period = period;
    else messages.push(`No period${quotable(period)} for ${def.label.toLowerCase()} — showing ${def.periodLabels[def.defaultPeriod] ?? def.defaultPeriod}`);
  }
  const change = get('change');
  if (change !== null) {
    state.change = change;
    const problem = changeProblem(def, state.period, change);
    if (problem) {
      messages.push(`${problem}${quotable(change)} — showing ${def.label.toLowerCase()} itself`);
      state.change = null;
    }
  }
  const per = get('per');
  if (per !== null) {
    if (per === 'head' && def.perHead) state.perHead = true;
    else if (per === 'head') messages.push(`${def.label} has no per-resident view — showing totals`);
    else messages.push(`Unknown per${quotable(per)} — showing totals`);
  }
  const classify = get('classify');
  if (classify !== null) {
    if ((CLASSIFICATIONS as readonly string[]).includes(classify)) state.classify = classify as Classification;
    else messages.push(`Unknown classification${quotable(classify)} — showing quantiles`);
  }
  const area = get('area');
  if (area !== null) {
    if (AREA_CODE.test(area) && catalog.levelOf(area) !== null) state.area = area;
    else messages.push(`Unknown area code${quotable(area)} — showing England`);
  }
  const view = get('view');
  if (view !== null) {
    state.view = parseView(view);
    if (!state.view) messages.push('The link\'s map view was not understood — showing England');
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const codes = [...new Set(compare.split(',').slice(0, 500))];
    const known = codes.filter((code) => AREA_CODE.test(code) && catalog.levelOf(code) !== null);
    if (known.length < codes.length) messages.push(`${codes.length - known.length} unknown area code${codes.length - known.length === 1 ? '' : 's'} left out of the comparison`);
    if (known.length > MAX_COMPARE) messages.push(`At most ${MAX_COMPARE} areas can be compared — showing the first ${MAX_COMPARE}`);
    state.compare = known.slice(0, MAX_COMPARE);
  }
  const asof = get('asof');
  if (asof !== null) {
    if (/^\d{4}-\d{2}$/.test(asof) && asof >= ASOF_RANGE.min && asof <= ASOF_RANGE.max) state.asof = asof;
    else messages.push(`The date${quotable(asof)} is outside ${ASOF_RANGE.min} to ${ASOF_RANGE.max} — showing all events`);
  }
  const events = get('events');
  if (events !== null) {
    if (events === 'all' || events === '') state.events = [...EVENT_FILTER_KEYS];
    else {
      const keys = events.split(',');
      const known = keys.filter((k): k is EventFilterKey => (EVENT_FILTER_KEYS as readonly string[]).includes(k));
      if (known.length < keys.length) messages.push('Unknown event categories were ignored');
      state.events = known.length > 0 ? [...new Set(known)] : [...EVENT_FILTER_KEYS];
    }
  }
  state.embed = get('embed') === '1';
  state.search = get('search') === '1';
  return { state, messages };
}

/** Writes the state as a query string (with "?"), in a fixed order so links compare equal. */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('level', state.level);
  params.set('metric', state.metric);
  params.set('period', state.period);
  if (state.change) params.set('change', state.change);
  if (state.perHead) params.set('per', 'head');
  params.set('classify', state.classify);
  if (state.area) params.set('area', state.area);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.events) params.set('events', state.events.length === EVENT_FILTER_KEYS.length ? 'all' : state.events.join(','));
  if (state.asof) params.set('asof', state.asof);
  if (state.view) params.set('view', formatView(state.view));
  if (state.embed) params.set('embed', '1');
  if (state.search) params.set('search', '1');
  return `?${params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}

/** The absolute link to a view of the atlas served at `page` (the page's own location). */
export function viewHref(state: UrlState, page: { origin: string; pathname: string }): string {
  return new URL(`${page.pathname}${serializeUrl(state)}`, page.origin).href;
}

/** Parameters whose change makes a new history entry; the rest (the view) replace the current one. */
export function isNavigation(a: UrlState, b: UrlState): boolean {
  return (
    a.level !== b.level ||
    a.metric !== b.metric ||
    a.period !== b.period ||
    (a.change ?? null) !== (b.change ?? null) ||
    a.perHead !== b.perHead ||
    a.classify !== b.classify ||
    a.area !== b.area ||
    a.compare.join() !== b.compare.join() ||
    (a.events ?? []).join() !== (b.events ?? []).join() ||
    a.asof !== b.asof
  );
}
