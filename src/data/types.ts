// The contract between the data build (data/build.ts) and the app.
// public/geo/atlas.topo.json and public/data/metrics.json are written to these shapes.
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Level = 'stp' | 'ccg';
export const LEVELS: readonly Level[] = ['stp', 'ccg'];

export type MetricKey =
  | 'backlog'
  | 'backlog_high_risk'
  | 'backlog_significant_risk'
  | 'backlog_moderate_risk'
  | 'backlog_low_risk'
  | 'deficit_loans'
  | 'deficit_loans_net'
  | 'deficit_loans_balance'
  | 'ae_4h'
  | 'ae_4h_type1'
  | 'trolley_waits_12h'
  | 'trolley_waits_4h'
  | 'deprivation'
  | 'ccg_inadequate_2015_16'
  | 'population'
  | 'pathfinder'
  | 'interim_spend'
  | 'new_care_models'
  /** Computed in the app for later years' organisations: how many 2016 CCGs make up the area. */
  | 'predecessors';

/**
 * gbp_m: £ millions; gbp: pounds; people: residents; count: a whole number; yesno: categorical;
 * percent: a share 0–100; score: an index score (IMD 2015 average score).
 */
export type Unit = 'gbp_m' | 'gbp' | 'people' | 'count' | 'yesno' | 'percent' | 'score';

/** Whether a larger value is better or worse for the area; the palette draws the worse end darkest. */
export type Direction = 'higher_is_better' | 'higher_is_worse';

/** A value: number for numeric metrics, category value for categorical ones, null = not reported. */
export type Value = number | string | null;

// ---------- topology (public/geo/atlas.topo.json) ----------

export interface CcgProperties {
  code: string; // E38…
  name: string; // as published, "NHS Surrey Downs CCG"
  ods: string; // 99H
  /** Parent STP code; an array only for a CCG split between STPs (NHS Cumbria CCG). */
  stp: string | string[];
  /** Label point [lon, lat], inside the polygon. */
  lp: [number, number];
}

export interface StpProperties {
  code: string; // E54…
  name: string; // ONS short name
  /** NHS England 2017/18 name, only where it differs from the ONS name. */
  nhse_name?: string;
  lp: [number, number];
}

/** Object names in the topology. */
export const TOPOLOGY_OBJECTS = { ccg: 'ccg', stp: 'stp', england: 'england' } as const;

export type AtlasTopology = Topology<{
  ccg: GeometryCollection<CcgProperties>;
  stp: GeometryCollection<StpProperties>;
  england: GeometryCollection;
}>;

// ---------- metrics (public/data/metrics.json) ----------

export interface Source {
  id: string;
  /** Short citation as shown in the panel and exports, e.g. "NHS Digital, ERIC 2015/16". */
  label: string;
  url?: string;
  licence: string;
}

export interface CategoryDef {
  value: string;
  label: string;
}

export interface MetricDef {
  key: MetricKey;
  /** "Backlog maintenance" */
  label: string;
  /** One or two sentences: what the number is and how it was made. */
  definition: string;
  kind: 'numeric' | 'categorical';
  unit: Unit;
  levels: Level[];
  /** Period keys in order, e.g. ["2014-15","2015-16","2016-17"]; one element when the metric has a single period. */
  periods: string[];
  /** Human label per period key, e.g. {"2015-16": "2015/16"} or {"mid-2015": "mid-2015"}. */
  periodLabels: Record<string, string>;
  defaultPeriod: string;
  /** Can be shown per resident (money metrics with population). */
  perHead: boolean;
  /** Absent: no judgement (e.g. population, counts of vanguards); the palette runs light → dark with the value. */
  direction?: Direction;
  /** Periods listed in the panel's every-metric table when not all are (e.g. years, not the 36 months). */
  summaryPeriods?: string[];
  /** Periods whose values are not in metrics.json but in the lazily loaded LazyValuesFile (the monthly series). */
  lazyPeriods?: string[];
  categories?: CategoryDef[];
  /** Source ids (keys of MetricsFile.sources). */
  sources: string[];
  /** Footnotes shown with the metric (e.g. the Cumbria population split). */
  notes: string[];
}

/** values[metric][level][period][areaCode]; every area of the level has a key; null = not reported. */
export type ValueTable = Partial<Record<MetricKey, Partial<Record<Level, Record<string, Record<string, Value>>>>>>;

export type EventCategory =
  | 'back_office_pathfinder'
  | 'ccg_merger'
  | 'shared_leadership'
  | 'accountable_care'
  | 'new_care_model'
  | 'trust_merger'
  | 'devolution';

export interface AtlasEvent {
  id: string; // F030, or B-xx for facts from the brief
  category: EventCategory;
  /** ISO month or day: "2017-02" or "2016-12-02". Events without a date are not included. */
  date: string;
  /** ONS codes of the areas the event is about (E38… / E54…). */
  areas: string[];
  title: string;
  text: string;
  /** Publication as cited, e.g. "HSJ, 2 Dec 2016". */
  source: string;
  url?: string;
}

export interface Vanguard {
  no: number;
  type_code: 'PACS' | 'MCP' | 'EHCH' | 'UEC' | 'ACC';
  type: string;
  /** ISO month announced, "2015-03". */
  announced: string;
  name: string;
  ccgs: string[]; // E38…
  stp: string | null; // E54…, null for network/national vanguards
  area_basis: string;
  source_url: string;
}

/** A sourced fact that is not an area value: national figures, trust-level reported deficits. */
export interface Fact {
  id: string;
  level: 'england' | 'stp' | 'ccg' | 'trust';
  /** Area code (E92000001 for England, E54…, E38…) or trust ODS code. */
  code: string;
  /** STP the fact belongs to, where known (trust facts). */
  stp?: string;
  text: string;
  value?: number | null;
  unit?: string;
  period?: string;
  source: string;
  url?: string;
  /** An event whose month is not known: shown as a fact of its year, outside the dated timeline. */
  undated?: boolean;
}

export interface TrustInfo {
  name: string;
  stp: string;
  type: string;
}

export interface StpDetail {
  /** Trust codes summed into backlog, by period key. */
  backlog_trusts: Record<string, string[]>;
  /** Trusts with revenue support loans in 2016/17 (both loan sheets), with £m drawn, net new borrowing and closing balance. */
  loan_trusts: { code: string; drawn_gbp_m: number; net_gbp_m: number; closing_gbp_m: number }[];
  /** Trusts assigned to the STP (2016/17 ERIC set). */
  n_trusts: number;
  leader?: { name: string; role: string; source: string };
}

/** A trust whose figure is missing from an STP's sum, and why ("no 2014/15 return"). */
export interface MissingTrust {
  code: string;
  name: string;
  reason: string;
}

/** incomplete[metric][period][areaCode]: the trusts missing from a trust-summed value. */
export type IncompleteTable = Partial<Record<MetricKey, Record<string, Record<string, MissingTrust[]>>>>;

/** trust_values[metric][period][trustCode]: each trust's part of a trust-summed metric (non-zero only). */
export type TrustValueTable = Partial<Record<MetricKey, Record<string, Record<string, number>>>>;

/** IMD 2015 CCG summary beside the average score: DCLG's rank of 209 and the share of LSOAs in England's most deprived tenth. */
export interface ImdDetail {
  rank: number;
  most_deprived_10pct: number;
}

/** public/data/metrics-monthly.json: values of the lazy periods, fetched when a reader first picks one. */
export interface LazyValuesFile {
  version: 1;
  values: ValueTable;
}

/** public/data/details.json: what only the panel of a selected area needs. */
export interface AreaDetailsFile {
  version: 1;
  stp_detail: Record<string, StpDetail>;
  trusts: Record<string, TrustInfo>;
  trust_values: TrustValueTable;
  imd: Record<string, ImdDetail>;
  /** STP, CCG and trust facts. */
  facts: Fact[];
  /** Dated events and the vanguards: read by an area's panel and the events overlay, not by the first view. */
  events: AtlasEvent[];
  vanguards: Vanguard[];
}

export interface MetricsFile {
  version: 1;
  title: string;
  /** ONS attribution lines to print under the map and in exports. */
  attribution: string[];
  sources: Record<string, Source>;
  metrics: MetricDef[];
  values: ValueTable;
  /** In details.json (AreaDetailsFile), merged in when a reader first selects an area. */
  stp_detail?: Record<string, StpDetail>;
  trusts?: Record<string, TrustInfo>;
  /** In details.json (merged in when fetched); absent from the first-load file. */
  events?: AtlasEvent[];
  vanguards?: Vanguard[];
  /** England facts in metrics.json; area and trust facts arrive with details.json. */
  facts: Fact[];
  /** Share of NHS Cumbria CCG's area (and, by approximation, population) in each of its STPs. */
  cumbria_split: Record<string, number>;
  /** Areas whose population includes an area-share split of NHS Cumbria CCG: an approximation. */
  approx_population?: string[];
  incomplete?: IncompleteTable;
  trust_values?: TrustValueTable;
  /** IMD 2015 detail by CCG code. */
  imd?: Record<string, ImdDetail>;
}
