import type { AtlasEvent, EventCategory, MetricsFile, Vanguard } from '../data/types';
import type { EventFilterKey } from '../state/state';
import { isUpTo } from './dates';

/** One dated, sourced thing that happened to one or more areas: an event from the data build or a vanguard. */
export interface MapEvent {
  id: string;
  key: EventFilterKey;
  /** "2017-02" or "2017-02-13". */
  date: string;
  /** ONS codes (E38… / E54…); empty for a network or national vanguard with no area. */
  areas: string[];
  title: string;
  source: string;
  url?: string;
}

export const CATEGORY_KEY: Record<EventCategory, EventFilterKey> = {
  back_office_pathfinder: 'pathfinder',
  ccg_merger: 'merger',
  shared_leadership: 'leadership',
  accountable_care: 'accountable',
  new_care_model: 'vanguard',
  trust_merger: 'trust-merger',
  devolution: 'devolution',
};

export interface CategoryStyle {
  label: string;
  /** Label where space is tight (phones). */
  short: string;
  /** One letter drawn on the badge, so the category does not rest on colour alone. */
  glyph: string;
  colour: string;
  /** Text colour on `colour` with a contrast of at least 4.5:1. */
  ink: string;
}

/** Okabe–Ito colours (colour-blind safe), one per category. */
export const CATEGORY_STYLE: Record<EventFilterKey, CategoryStyle> = {
  pathfinder: { short: 'Pathfinder', label: 'Back-office pathfinder', glyph: 'P', colour: '#0072B2', ink: '#ffffff' },
  merger: { short: 'CCG merger', label: 'CCG merger', glyph: 'M', colour: '#D55E00', ink: '#000000' },
  leadership: { short: 'Leadership', label: 'Shared leadership', glyph: 'L', colour: '#CC79A7', ink: '#000000' },
  accountable: { short: 'Accountable care', label: 'Accountable care', glyph: 'A', colour: '#009E73', ink: '#000000' },
  vanguard: { short: 'Vanguard', label: 'New care model (vanguard)', glyph: 'V', colour: '#E69F00', ink: '#000000' },
  'trust-merger': { short: 'Trust merger', label: 'Trust merger', glyph: 'T', colour: '#56B4E9', ink: '#000000' },
  devolution: { short: 'Devolution', label: 'Devolution', glyph: 'D', colour: '#F0E442', ink: '#000000' },
};

export const VANGUARD_SOURCE = 'NHS England, new care models';

export function fromEvent(event: AtlasEvent): MapEvent {
  const out: MapEvent = { id: event.id, key: CATEGORY_KEY[event.category], date: event.date, areas: [...event.areas], title: event.title, source: event.source };
  if (event.url) out.url = event.url;
  return out;
}

/** A vanguard is an event dated when it was announced, on its CCGs and its STP (none for network vanguards). */
export function fromVanguard(v: Vanguard): MapEvent {
  return {
    id: `V${String(v.no).padStart(2, '0')}`,
    key: 'vanguard',
    date: v.announced,
    areas: [...v.ccgs, ...(v.stp ? [v.stp] : [])],
    title: `${v.type} vanguard: ${v.name}`,
    source: VANGUARD_SOURCE,
    url: v.source_url,
  };
}

/** Every event and vanguard with a date and a source, by date then id. */
export function mapEvents(metrics: Pick<MetricsFile, 'events' | 'vanguards'>): MapEvent[] {
  return [...(metrics.events ?? []).map(fromEvent), ...(metrics.vanguards ?? []).map(fromVanguard)]
    .filter((e) => /^\d{4}-\d{2}(-\d{2})?$/.test(e.date) && e.source.trim() !== '')
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}


/** Events of the chosen categories (null = none: overlay off) that had happened by `asof`. */
export function filterEvents(events: readonly MapEvent[], keys: readonly EventFilterKey[] | null, asof: string | null): MapEvent[] {
  if (keys === null) return [];
  const wanted = new Set(keys);
  return events.filter((e) => wanted.has(e.key) && isUpTo(e.date, asof));
}

/** Months from `min` to `max` inclusive, "YYYY-MM". */
export function monthsBetween(min: string, max: string): string[] {
  const out: string[] = [];
  let [y, m] = min.split('-').map(Number) as [number, number];
  const [maxY, maxM] = max.split('-').map(Number) as [number, number];
  while (y < maxY || (y === maxY && m <= maxM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

