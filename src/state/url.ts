import { CLASSIFICATIONS, type Classification } from '../domain/classify';
import { LEVELS, type Level, type MetricKey } from '../data/types';
import { ORG_YEARS, type OrgYear } from '../data/orgs-types';
import { SHAPES, type Shape } from '../geography/geography';
import { changeProblem, defaultMetric, normalizeState, type Catalog } from './normalize';
import { ASOF_RANGE, DEFAULT_STATE, EVENT_FILTER_KEYS, MAX_COMPARE, type AtlasState, type EventFilterKey, type MapView } from './state';

/** The part of the state that a link carries. */
export type UrlState = Pick<AtlasState, 'orgs' | 'level' | 'metric' | 'period' | 'change' | 'perHead' | 'classify' | 'area' | 'shape' | 'view' | 'compare' | 'asof' | 'events' | 'embed' | 'search'>;

const MAX_PARAM_LENGTH = 200;
/** ONS codes of 2016/17 STPs and CCGs, or ODS codes of later CCGs and ICBs ("15F", "QHM"). */
const AREA_CODE = /^(E(54|38)\d{6}|[0-9A-Z]{3})$/;
/** A month of the timeline, "2016-02": months 01 to 12 only. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** People type codes in any case and paste them with spaces: "e54000027 " is E54000027. */
const asCode = (value: string): string => value.trim().toUpperCase();

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

/** A period as the page writes it ("2016/17") or as links do ("2016-17"), in any case. */
function periodKey(value: string, periods: readonly string[]): string | null {
  const wanted = value.toLowerCase().replace('/', '-');
  return periods.find((p) => p.toLowerCase() === wanted) ?? null;
}

/**
 * Reads a query string into a state, with a polite message for everything it had to ignore.
 * Values are read liberally (trimmed, any case) and always written back in one form.
 * `levelFirst` is true when the link names a level but no metric: the level then wins over the default metric.
 */
export function parseUrl(search: string, catalog: Catalog): { state: UrlState; messages: string[]; levelFirst: boolean } {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  const { hover: _hover, focus: _focus, notices: _notices, playing: _playing, detailsReady: _detailsReady, ...defaults } = DEFAULT_STATE;
  const state: UrlState = { ...defaults, compare: [] };
  const get = (key: string): string | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (value.length > MAX_PARAM_LENGTH) {
      messages.push(`The link's ${key} was too long and was ignored`);
      return null;
    }
    return value.trim();
  };
  const getLower = (key: string): string | null => get(key)?.toLowerCase() ?? null;

  const orgs = get('orgs');
  if (orgs !== null) {
    if ((ORG_YEARS as readonly string[]).includes(orgs)) state.orgs = orgs as OrgYear;
    else messages.push(`No organisations for${quotable(orgs)} — showing April 2016; choose 2016 to 2022`);
  }
  const level = getLower('level');
  if (level !== null) {
    if ((LEVELS as readonly string[]).includes(level)) state.level = level as Level;
    else messages.push(`Unknown level${quotable(level)} — showing STPs`);
  }
  const fallback = defaultMetric(catalog);
  state.metric = fallback.key;
  const metric = getLower('metric');
  if (metric !== null) {
    if (catalog.defs.has(metric as MetricKey)) state.metric = metric as MetricKey;
    else messages.push(`Unknown metric${quotable(metric)} — showing ${fallback.label.toLowerCase()}`);
  } else if (state.orgs !== '2016' && catalog.defs.has('predecessors')) state.metric = 'predecessors';
  const def = catalog.defs.get(state.metric)!;
  state.period = def.defaultPeriod;
  const period = get('period');
  if (period !== null) {
    const key = periodKey(period, def.periods);
    if (key !== null) state.period = key;
    else messages.push(`No period${quotable(period)} for ${def.label.toLowerCase()} — showing ${def.periodLabels[def.defaultPeriod] ?? def.defaultPeriod}`);
  }
  const change = get('change');
  if (change !== null) {
    // The base period is read as liberally as period= ("2014/15" or "2014-15").
    state.change = periodKey(change, def.periods) ?? change;
    const problem = changeProblem(def, state.period, state.change);
    if (problem) {
      messages.push(`${problem}${quotable(change)} — showing ${def.label.toLowerCase()} itself`);
      state.change = null;
    }
  }
  const per = getLower('per');
  if (per !== null) {
    if (per === 'head' && def.perHead) state.perHead = true;
    else if (per === 'head') messages.push(`${def.label} has no per-resident view — showing totals`);
    else messages.push(`Unknown per${quotable(per)} — showing totals`);
  }
  const classify = getLower('classify');
  if (classify !== null) {
    if ((CLASSIFICATIONS as readonly string[]).includes(classify)) state.classify = classify as Classification;
    else messages.push(`Unknown classification${quotable(classify)} — showing quantiles`);
  }
  const rawArea = get('area');
  const area = rawArea === null ? null : asCode(rawArea);
  if (area !== null) {
    if (AREA_CODE.test(area) && catalog.levelOf(area) !== null) state.area = area;
    else messages.push(`Unknown area code${quotable(area)} — showing England`);
  }
  const shape = get('shape');
  if (shape !== null) {
    if ((SHAPES as readonly string[]).includes(shape)) state.shape = shape as Shape;
    else messages.push(`Unknown map shape${quotable(shape)} — showing the geographic map`);
  }
  const view = get('view');
  if (view !== null) {
    state.view = parseView(view);
    if (!state.view) messages.push('The link\'s map view was not understood — showing England');
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const codes = [...new Set(compare.split(',').slice(0, 500).map(asCode))];
    const known = codes.filter((code) => AREA_CODE.test(code) && catalog.levelOf(code) !== null);
    if (known.length < codes.length) messages.push(`${codes.length - known.length} unknown area code${codes.length - known.length === 1 ? '' : 's'} left out of the comparison`);
    if (known.length > MAX_COMPARE) messages.push(`At most ${MAX_COMPARE} areas can be compared — showing the first ${MAX_COMPARE}`);
    state.compare = known.slice(0, MAX_COMPARE);
  }
  const asof = get('asof');
  if (asof !== null) {
    if (MONTH.test(asof) && asof >= ASOF_RANGE.min && asof <= ASOF_RANGE.max) state.asof = asof;
    else messages.push(`The date${quotable(asof)} is outside ${ASOF_RANGE.min} to ${ASOF_RANGE.max} — showing all events`);
  }
  const events = getLower('events');
  if (events !== null) {
    if (events === 'all' || events === '') state.events = [...EVENT_FILTER_KEYS];
    else {
      const keys = events.split(',').map((k) => k.trim());
      const known = keys.filter((k): k is EventFilterKey => (EVENT_FILTER_KEYS as readonly string[]).includes(k));
      if (known.length === 0) messages.push('Unknown event categories — events are off');
      else if (known.length < keys.length) messages.push('Unknown event categories were ignored');
      state.events = known.length > 0 ? [...new Set(known)] : null;
    }
  }
  state.embed = get('embed') === '1';
  state.search = get('search') === '1';
  return { state, messages, levelFirst: level !== null && metric === null };
}

/**
 * The one way a link becomes the atlas's state (on load and on back/forward): parse, then make it
 * consistent with the data, the link's explicit level winning over the default metric.
 */
export function readUrl(search: string, catalog: Catalog, base: AtlasState): { state: AtlasState; messages: string[] } {
  const parsed = parseUrl(search, catalog);
  const normalized = normalizeState({ ...base, ...parsed.state }, catalog, parsed.levelFirst ? 'level' : 'metric');
  return { state: normalized.state, messages: [...parsed.messages, ...normalized.messages] };
}

/** Writes the state as a query string (with "?"), in a fixed order so links compare equal. */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.orgs !== DEFAULT_STATE.orgs) params.set('orgs', state.orgs);
  params.set('level', state.level);
  params.set('metric', state.metric);
  params.set('period', state.period);
  if (state.change) params.set('change', state.change);
  if (state.perHead) params.set('per', 'head');
  params.set('classify', state.classify);
  if (state.area) params.set('area', state.area);
  if (state.shape !== 'geo') params.set('shape', state.shape);
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
    a.orgs !== b.orgs ||
    a.level !== b.level ||
    a.metric !== b.metric ||
    a.period !== b.period ||
    (a.change ?? null) !== (b.change ?? null) ||
    a.perHead !== b.perHead ||
    a.classify !== b.classify ||
    a.area !== b.area ||
    a.shape !== b.shape ||
    a.compare.join() !== b.compare.join() ||
    (a.events ?? []).join() !== (b.events ?? []).join() ||
    a.asof !== b.asof
  );
}
