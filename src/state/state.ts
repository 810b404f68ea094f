import type { Classification } from '../domain/classify';
import type { ViewSpec } from '../domain/choropleth';
import type { OrgYear } from '../data/orgs-types';
import type { Shape } from '../geography/geography';

export interface MapView {
  center: [number, number]; // [lon, lat]
  zoom: number;
}

/** Keys of the event categories as written in the URL (`events=merger,vanguard`). */
export const EVENT_FILTER_KEYS = ['pathfinder', 'merger', 'leadership', 'accountable', 'vanguard', 'trust-merger', 'devolution'] as const;
export type EventFilterKey = (typeof EVENT_FILTER_KEYS)[number];

export interface Notice {
  id: number;
  text: string;
}

export interface AtlasState extends ViewSpec {
  /** Whose organisations the map shows: April 2016 (the atlas's own) to the ICBs of July 2022. */
  orgs: OrgYear;
  /** Selected area code (E54… or E38…); an STP may stay selected at CCG level to show its CCGs. */
  area: string | null;
  /** How areas are drawn: real boundaries or equal hexagons. */
  shape: Shape;
  /** Map camera; null = fit England. */
  view: MapView | null;
  /** Pinned areas to compare, at most three. */
  compare: string[];
  /** Show events that had happened by this month ("2017-02"); null = all. */
  asof: string | null;
  /** Event categories shown on the map; null = event overlay off. */
  events: EventFilterKey[] | null;
  embed: boolean;
  /** In embed mode, show the search box. */
  search: boolean;
  hover: string | null;
  /** Area focused by keyboard on the map. */
  focus: string | null;
  /** The period timeline is playing: the URL follows with replaceState, one history entry for the whole run. */
  playing: boolean;
  /** details.json (trusts, shares, ratings, events) has arrived: the panel redraws with them. */
  detailsReady: boolean;
  notices: Notice[];
}

export const DEFAULT_CLASSIFICATION: Classification = 'quantile';

export const DEFAULT_STATE: AtlasState = {
  orgs: '2016',
  level: 'stp',
  metric: 'backlog',
  period: '2015-16',
  change: null,
  perHead: false,
  classify: DEFAULT_CLASSIFICATION,
  area: null,
  shape: 'geo',
  view: null,
  compare: [],
  asof: null,
  events: null,
  embed: false,
  search: false,
  hover: null,
  focus: null,
  playing: false,
  detailsReady: false,
  notices: [],
};

export const MAX_COMPARE = 3;
/** Months a link's `asof=` may name: the first vanguards (March 2015) to the last trust merger in the ODS extract (April 2026); the data build checks every event is inside. */
export const ASOF_RANGE = { min: '2015-01', max: '2026-04' } as const;

/** What the choropleth shows has changed: its organisations, level, metric, period, change base, per-resident or classes. */
export function choroplethChanged(a: AtlasState, b: AtlasState): boolean {
  return a.orgs !== b.orgs || a.level !== b.level || a.metric !== b.metric || a.period !== b.period || a.change !== b.change || a.perHead !== b.perHead || a.classify !== b.classify;
}
