// Load and validate every source file. Returns plain typed records; all checks throw DataError
// with a one-line message naming the file, the line and the problem.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readCsv, readText, num, optNum, type CsvRow } from './csv';
import { fail } from './errors';

export const CCG_CODE = /^E38\d{6}$/;
export const STP_CODE = /^E54\d{6}$/;
export const ODS_CCG = /^[0-9A-Z]{3}$/;
export const TRUST_CODE = /^[A-Z0-9]{3,5}$/;
export const CUMBRIA = 'E38000041';

export const F = {
  ccgGeo: 'boundaries/ccg_apr2016_bsc_wgs84.geojson',
  stpGeo: 'boundaries/stp_feb2017_buc_wgs84.geojson',
  lookup: 'metrics/ccg16_to_stp17_lookup.csv',
  stpNames: 'metrics/stp17_codes_names.csv',
  population: 'metrics/ccg_population_mid2015.csv',
  eric: 'metrics/eric_backlog_by_trust_2014-15_to_2016-17.csv',
  trustLookup: 'metrics/trust_to_stp17_lookup.csv',
  backlogStp: 'metrics/backlog_by_stp17.csv',
  ccgSummary: 'metrics/ccg_summary.csv',
  vanguards: 'metrics/new_care_model_vanguards.csv',
  events: 'metrics/events_and_facts.csv',
  providerFacts: 'metrics/provider_finance_facts.csv',
  leaders: 'metrics/stp_leaders_2016.csv',
} as const;

export type PolyFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface CcgRow { code: string; ods: string; name: string; stps: string[]; line: number }
export interface StpRow { code: string; name: string; nhseName: string; pathfinder: boolean; line: number }
export interface EricRow {
  period: string; // "2015-16"
  trust: string;
  /** False when the trust's row has no backlog figures (empty cells: not reported). Values are then 0 and not summed. */
  reported: boolean;
  high: number; significant: number; moderate: number; low: number; total: number;
  line: number;
}
/** `stp` is the atlas's assignment (lookup corrected by data/trust_stp_overrides.csv); `lookupStp` is the lookup's own. */
export interface TrustRow { code: string; name: string; type: string; stp: string; lookupStp: string; years: string[]; line: number }
export interface BacklogStpRow {
  period: string; stp: string; nTrusts: number;
  high: number; significant: number; moderate: number; low: number; total: number;
  trusts: string[]; line: number;
}
export interface InterimRow { ccg: string; gbp: number | null; note: string; line: number }
export interface VanguardRow {
  no: number; typeCode: string; type: string; announced: string; name: string;
  ccgs: string[]; trusts: string[]; stp: string | null; areaBasis: string; url: string; line: number;
}
export interface EventRow {
  id: string; category: string; level: string; code: string; name: string; fact: string;
  value: string; unit: string; period: string; publication: string; publicationDate: string;
  url: string; notes: string; line: number;
}
export interface ProviderFactRow {
  trust: string; name: string; stp: string; measure: string; gbpM: number; period: string;
  publication: string; publicationDate: string; url: string; notes: string; line: number;
}
export interface LeaderRow { stp: string; footprint: string; leader: string; role: string; period: string; publication: string; publicationDate: string; line: number }

export interface Sources {
  ccgGeo: PolyFeature[];
  stpGeo: PolyFeature[];
  ccgs: Map<string, CcgRow>; // by ccg16cd, in file order
  stps: Map<string, StpRow>;
  population: Map<string, number>;
  populationLine: Map<string, number>;
  eric: EricRow[];
  trusts: Map<string, TrustRow>;
  backlogStp: BacklogStpRow[];
  interim: InterimRow[];
  vanguards: VanguardRow[];
  events: EventRow[];
  providerFacts: ProviderFactRow[];
  leaders: LeaderRow[];
}

/** "2015/16" → "2015-16". */
export function periodKey(year: string): string {
  return year.replace('/', '-');
}

function readGeo(dir: string, rel: string, codeProp: string, pattern: RegExp): PolyFeature[] {
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(readText(dir, rel)) as FeatureCollection;
  } catch (e) {
    if (e instanceof SyntaxError) fail(`${rel}: not valid JSON (${e.message})`);
    throw e;
  }
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) fail(`${rel}: not a GeoJSON FeatureCollection`);
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    const code = f.properties?.[codeProp];
    if (typeof code !== 'string' || !pattern.test(code)) fail(`${rel}: feature ${i + 1} has no valid "${codeProp}" (${String(code)})`);
    if (seen.has(code)) fail(`${rel}: feature ${i + 1}: duplicate code ${code}`);
    seen.add(code);
    const t = f.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') fail(`${rel}: feature ${code} has geometry ${String(t)}, expected Polygon or MultiPolygon`);
  });
  return fc.features as PolyFeature[];
}

const split = (s: string, sep: RegExp = /[;\s]+/): string[] => s.split(sep).map((x) => x.trim()).filter((x) => x !== '');

export function loadSources(dir: string): Sources {
  const ccgGeo = readGeo(dir, F.ccgGeo, 'ccg16cd', CCG_CODE);
  const stpGeo = readGeo(dir, F.stpGeo, 'stp17cd', STP_CODE);

  // CCG → STP lookup (Cumbria listed twice).
  const ccgs = new Map<string, CcgRow>();
  for (const r of readCsv(dir, F.lookup, {
    columns: ['ccg16cd', 'ccg16cdh', 'ccg16nm', 'stp17cd', 'stp17nm'],
    nonEmpty: ['ccg16cd', 'ccg16cdh', 'ccg16nm', 'stp17cd'],
    patterns: { ccg16cd: CCG_CODE, stp17cd: STP_CODE, ccg16cdh: ODS_CCG },
  })) {
    const code = r.get('ccg16cd');
    const prev = ccgs.get(code);
    if (prev) {
      if (prev.ods !== r.get('ccg16cdh')) fail(`${F.lookup} line ${r.line}: ${code} listed again with a different ODS code`);
      if (prev.stps.includes(r.get('stp17cd'))) fail(`${F.lookup} line ${r.line}: duplicate row for ${code}`);
      prev.stps.push(r.get('stp17cd'));
    } else ccgs.set(code, { code, ods: r.get('ccg16cdh'), name: r.get('ccg16nm'), stps: [r.get('stp17cd')], line: r.line });
  }

  const stps = new Map<string, StpRow>();
  for (const r of readCsv(dir, F.stpNames, {
    columns: ['stp17cd', 'stp17nm', 'stp_name_nhse_2017_18', 'pathfinder_back_office_2016'],
    nonEmpty: ['stp17cd', 'stp17nm'],
    patterns: { stp17cd: STP_CODE, pathfinder_back_office_2016: /^(yes|no)$/ },
  })) {
    const code = r.get('stp17cd');
    if (stps.has(code)) fail(`${F.stpNames} line ${r.line}: duplicate STP ${code}`);
    stps.set(code, {
      code, name: r.get('stp17nm'), nhseName: r.get('stp_name_nhse_2017_18'),
      pathfinder: r.get('pathfinder_back_office_2016') === 'yes', line: r.line,
    });
  }

  const population = new Map<string, number>();
  const populationLine = new Map<string, number>();
  for (const r of readCsv(dir, F.population, {
    columns: ['ccg16cd', 'population_mid2015_all_ages'],
    numeric: ['population_mid2015_all_ages'],
    patterns: { ccg16cd: CCG_CODE },
  })) {
    if (population.has(r.get('ccg16cd'))) fail(`${F.population} line ${r.line}: duplicate CCG ${r.get('ccg16cd')}`);
    population.set(r.get('ccg16cd'), num(r, 'population_mid2015_all_ages'));
    populationLine.set(r.get('ccg16cd'), r.line);
  }

  const bands = ['backlog_high_risk_gbp', 'backlog_significant_risk_gbp', 'backlog_moderate_risk_gbp', 'backlog_low_risk_gbp', 'backlog_total_gbp'];
  const eric: EricRow[] = readCsv(dir, F.eric, {
    columns: ['year', 'trust_code', 'stp17cd', ...bands],
    optionalNumeric: bands,
    nonEmpty: ['trust_code'],
    patterns: { year: /^\d{4}\/\d{2}$/, trust_code: TRUST_CODE },
  }).map((r) => {
    const empty = bands.filter((b) => r.get(b).trim() === '');
    if (empty.length > 0 && empty.length < bands.length) fail(`${F.eric} line ${r.line}: column "${empty[0]}" is empty but other backlog columns are filled`);
    const row = {
      period: periodKey(r.get('year')), trust: r.get('trust_code'), reported: empty.length === 0,
      high: num(r, bands[0]!), significant: num(r, bands[1]!), moderate: num(r, bands[2]!), low: num(r, bands[3]!),
      total: num(r, bands[4]!), line: r.line,
    };
    if (row.reported && Math.abs(row.high + row.significant + row.moderate + row.low - row.total) > 0.5) {
      fail(`${F.eric} line ${r.line}: backlog_total_gbp ${row.total} is not the sum of the four risk bands`);
    }
    return row;
  });

  const trusts = new Map<string, TrustRow>();
  for (const r of readCsv(dir, F.trustLookup, {
    columns: ['trust_code', 'trust_name', 'eric_org_type', 'eric_years', 'stp17cd'],
    nonEmpty: ['trust_code', 'trust_name', 'stp17cd'],
    patterns: { trust_code: TRUST_CODE, stp17cd: STP_CODE },
  })) {
    const code = r.get('trust_code');
    if (trusts.has(code)) fail(`${F.trustLookup} line ${r.line}: duplicate trust ${code}`);
    trusts.set(code, { code, name: r.get('trust_name'), type: r.get('eric_org_type'), stp: r.get('stp17cd'), lookupStp: r.get('stp17cd'), years: split(r.get('eric_years')), line: r.line });
  }

  const backlogStp: BacklogStpRow[] = readCsv(dir, F.backlogStp, {
    columns: ['year', 'stp17cd', 'n_trusts', ...bands, 'trust_codes'],
    numeric: ['n_trusts', ...bands],
    patterns: { year: /^\d{4}\/\d{2}$/, stp17cd: STP_CODE },
  }).map((r) => ({
    period: periodKey(r.get('year')), stp: r.get('stp17cd'), nTrusts: num(r, 'n_trusts'),
    high: num(r, bands[0]!), significant: num(r, bands[1]!), moderate: num(r, bands[2]!), low: num(r, bands[3]!),
    total: num(r, bands[4]!), trusts: split(r.get('trust_codes')), line: r.line,
  }));

  const interim: InterimRow[] = readCsv(dir, F.ccgSummary, {
    columns: ['ccg16cd', 'interim_exec_spend_2015_16_gbp', 'interim_exec_spend_2015_16_note'],
    optionalNumeric: ['interim_exec_spend_2015_16_gbp'],
    patterns: { ccg16cd: CCG_CODE },
  }).map((r) => ({ ccg: r.get('ccg16cd'), gbp: optNum(r, 'interim_exec_spend_2015_16_gbp'), note: r.get('interim_exec_spend_2015_16_note'), line: r.line }));

  const vanguards: VanguardRow[] = readCsv(dir, F.vanguards, {
    columns: ['vanguard_no', 'type_code', 'type', 'announced', 'vanguard_name', 'ccg16cd_list', 'trust_codes', 'stp17cd', 'area_basis', 'source_url'],
    numeric: ['vanguard_no'],
    nonEmpty: ['type_code', 'type', 'announced', 'vanguard_name'],
    patterns: { type_code: /^(PACS|MCP|EHCH|UEC|ACC)$/, announced: /^[A-Z][a-z]{2} \d{4}$/, stp17cd: STP_CODE },
  }).map((r: CsvRow) => {
    const ccgList = split(r.get('ccg16cd_list'));
    for (const c of ccgList) if (!CCG_CODE.test(c)) fail(`${F.vanguards} line ${r.line}: ccg16cd_list has malformed code "${c}"`);
    return {
      no: num(r, 'vanguard_no'), typeCode: r.get('type_code'), type: r.get('type'), announced: r.get('announced'),
      name: r.get('vanguard_name'), ccgs: ccgList, trusts: split(r.get('trust_codes')),
      stp: r.get('stp17cd') === '' ? null : r.get('stp17cd'), areaBasis: r.get('area_basis'), url: r.get('source_url'), line: r.line,
    };
  });

  const events: EventRow[] = readCsv(dir, F.events, {
    columns: ['fact_id', 'category', 'area_level', 'area_code', 'area_name', 'fact', 'value', 'unit', 'period', 'publication', 'publication_date', 'url', 'notes'],
    nonEmpty: ['fact_id', 'category', 'area_level', 'fact', 'publication'],
    patterns: { fact_id: /^F\d{3}$/, area_level: /^(England|STP|CCG)$/, area_code: /^(E38\d{6}|E54\d{6}|E92000001)$/ },
  }).map((r) => ({
    id: r.get('fact_id'), category: r.get('category'), level: r.get('area_level'), code: r.get('area_code'),
    name: r.get('area_name'), fact: r.get('fact'), value: r.get('value'), unit: r.get('unit'), period: r.get('period'),
    publication: r.get('publication'), publicationDate: r.get('publication_date'), url: r.get('url'), notes: r.get('notes'), line: r.line,
  }));

  const providerFacts: ProviderFactRow[] = readCsv(dir, F.providerFacts, {
    columns: ['trust_code', 'trust_name_as_published', 'stp17cd', 'measure', 'surplus_deficit_gbp_m', 'period', 'publication', 'publication_date', 'url', 'notes'],
    numeric: ['surplus_deficit_gbp_m'],
    nonEmpty: ['trust_code', 'measure', 'period', 'publication'],
    patterns: { trust_code: TRUST_CODE, stp17cd: STP_CODE },
  }).map((r) => ({
    trust: r.get('trust_code'), name: r.get('trust_name_as_published'), stp: r.get('stp17cd'), measure: r.get('measure'),
    gbpM: num(r, 'surplus_deficit_gbp_m'), period: r.get('period'), publication: r.get('publication'),
    publicationDate: r.get('publication_date'), url: r.get('url'), notes: r.get('notes'), line: r.line,
  }));

  const leaders: LeaderRow[] = readCsv(dir, F.leaders, {
    columns: ['stp17cd', 'footprint_name_as_published', 'leader', 'role_at_appointment', 'period', 'publication', 'publication_date'],
    nonEmpty: ['stp17cd', 'leader'],
    patterns: { stp17cd: STP_CODE },
  }).map((r) => ({
    stp: r.get('stp17cd'), footprint: r.get('footprint_name_as_published'), leader: r.get('leader'), role: r.get('role_at_appointment'),
    period: r.get('period'), publication: r.get('publication'), publicationDate: r.get('publication_date'), line: r.line,
  }));

  return { ccgGeo, stpGeo, ccgs, stps, population, populationLine, eric, trusts, backlogStp, interim, vanguards, events, providerFacts, leaders };
}
