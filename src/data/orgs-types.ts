// The contract of public/data/orgs.json: what became of the 2016/17 CCGs (mergers 2017–2021, ICBs 2022).
// Written by the data build (data/lib/successions.ts), loaded by the app when a later year or a story is asked for.

/** The years a reader can choose under "Organisations in"; 2016 is the atlas's own map. */
export const ORG_YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022'] as const;
export type OrgYear = (typeof ORG_YEARS)[number];

/** A commissioning body in force at one date: a CCG (2016–2021) or an integrated care board (2022). */
export interface OrgBody {
  /** ODS code: "14L" for a CCG, "QHM" for an ICB. */
  code: string;
  name: string;
  /** True when the name is the body's later (2022 sub-ICB) name from the ODS extract, not its name at the time. */
  laterName?: boolean;
  /** ONS code where an ONS source names one (2016–2018 CCGs). */
  ons?: string;
  /** ONS codes of the 2016 CCGs in it, sorted. NHS Cumbria CCG (E38000041) can be in two bodies: see `part`. */
  members: string[];
  /** For a body holding only part of NHS Cumbria CCG: which part ("north" of the Furness line, or "furness"). */
  cumbriaPart?: 'north' | 'furness';
}

export interface OrgYearSet {
  year: OrgYear;
  /** ISO date the set is in force from: "2018-04-01"; "2022-07-01" for the ICBs. */
  date: string;
  /** "April 2018", "July 2022". */
  label: string;
  kind: 'ccg' | 'icb';
  bodies: OrgBody[];
}

/** One step in a 2016 CCG's story: on `date` it became (or became part of) `code`. */
export interface OrgStep {
  date: string;
  code: string;
  name: string;
  laterName?: boolean;
  ons?: string;
  kind: 'ccg' | 'icb';
  /** What happened: a merger into a new body, an ONS recode with the same ODS code, or the ICB of July 2022. */
  change: 'merged' | 'recoded' | 'icb';
  /** For NHS Cumbria CCG, which part of it the step is about. */
  cumbriaPart?: 'north' | 'furness';
}

/** The ICBs an STP's CCGs went to, and the STPs that went into each of those ICBs. */
export interface StpSuccession {
  icbs: string[];
  /** For each of those ICBs, the 2016/17 STPs that share it (more than one: STPs merged). */
  sharedWith: Record<string, string[]>;
}

/** A trust merged into (or acquired by) another on `date`, from ODS successions. Names as ODS writes them (upper case). */
export interface TrustSuccession {
  date: string;
  successor: string;
  successorName: string;
}

export interface OrgsFile {
  version: 1;
  years: OrgYearSet[];
  /** Keyed by 2016 CCG ONS code, in date order; ends at the ICB. */
  stories: Record<string, OrgStep[]>;
  /** Keyed by 2016/17 STP code. */
  stps: Record<string, StpSuccession>;
  /**
   * Shapes of each later year's bodies as TopoJSON geometry collections whose arcs index into
   * public/geo/atlas.topo.json (same build, same arcs): no new coordinates. Properties: { code }.
   */
  geometry: Record<string, { type: 'GeometryCollection'; geometries: { type: string; arcs: unknown; properties: { code: string } }[] }>;
  notes: string[];
  /** Trusts of the 2016/17 STPs that merged from April 2016, keyed by trust ODS code, in date order. */
  trusts: Record<string, TrustSuccession[]>;
}

/** How each year is named in the control and in messages. */
export const ORG_YEAR_LABELS: Record<OrgYear, string> = {
  '2016': 'April 2016',
  '2017': 'April 2017',
  '2018': 'April 2018',
  '2019': 'April 2019',
  '2020': 'April 2020',
  '2021': 'April 2021',
  '2022': 'July 2022 (ICBs)',
};
