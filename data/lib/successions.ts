// What became of the 2016/17 CCGs: follow NHS Digital's ODS successor links year by year (April
// 2017–2021) and on to the integrated care boards of July 2022, and check the counts against the
// published ones. Pure: takes parsed rows, returns the bodies of each year and each CCG's story.
import type { OrgBody, OrgStep, OrgYear, OrgYearSet, StpSuccession } from '../../src/data/orgs-types';
import { ORG_YEARS } from '../../src/data/orgs-types';
import { csvParseRows } from 'd3-dsv';
import { readCsv, readText } from './csv';
import { fail } from './errors';

/** Published counts of CCGs in April of each year, and of ICBs in July 2022 (SOURCES.md, file 7). */
export const EXPECTED_BODIES: Record<OrgYear, number> = { '2016': 209, '2017': 207, '2018': 195, '2019': 191, '2020': 135, '2021': 106, '2022': 42 };

export const CUMBRIA = 'E38000041';
/** Lancashire North CCG (01K): from April 2017 Morecambe Bay CCG, which took the Furness part of Cumbria. */
export const LANCASHIRE_NORTH = 'E38000093';
export const FURNESS_MOVE_DATE = '2017-04-01';

export interface SuccessionRow {
  ccg16cd: string;
  ods: string;
  name: string;
  stps: string[];
  ccg17cd: string;
  ccg17nm: string;
  change2017: string;
  change2018: string;
  firstSuccessorOns: string;
  firstSuccessorName: string;
  chain: string;
  line: number;
}

/** The ODS CCG extract: name as in the extract, the ICB (high-level health geography) it sits in. */
export interface OdsCcg { name: string; parent: string }

export interface ChainStep { code: string; date: string }

/** Pieces of the 2016 map that can go separate ways: every CCG whole, NHS Cumbria CCG in two. */
export interface Piece { ccg: string; part?: 'north' | 'furness' }

export function yearDate(year: OrgYear): string {
  return year === '2022' ? '2022-07-01' : `${year}-04-01`;
}

export function yearLabel(year: OrgYear): string {
  return year === '2022' ? 'July 2022' : `April ${year}`;
}

const CHAIN_STEP = /^([0-9A-Z]{3,5})@(\d{4})(\d{2})(\d{2})$/;

/** "15D@20180401 > D4U1Y@20210401" → [{code:"15D", date:"2018-04-01"}, …], checked to run forward in time. */
export function parseChain(text: string, where: string): ChainStep[] {
  if (text.trim() === '') return [];
  const steps = text.split('>').map((part) => {
    const m = CHAIN_STEP.exec(part.trim());
    if (!m) fail(`${where}: successor chain step "${part.trim()}" is not CODE@YYYYMMDD`);
    return { code: m[1]!, date: `${m[2]}-${m[3]}-${m[4]}` };
  });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.date <= steps[i - 1]!.date) fail(`${where}: successor chain goes back in time at "${steps[i]!.code}"`);
  }
  return steps;
}

/** The ODS code a CCG's line of succession has reached on a date. */
export function codeOn(row: SuccessionRow, chain: ChainStep[], date: string): string {
  let code = row.ods;
  for (const step of chain) if (step.date <= date) code = step.code;
  return code;
}

/** "NHS WEST YORKSHIRE ICB - 15F" → "NHS West Yorkshire ICB – 15F"; keeps NHS/ICB/CCG capitals and small words lower. */
export function titleCase(upper: string): string {
  const small = new Set(['and', 'of', 'the', 'on', 'upon', 'in', 'under']);
  const keep = new Set(['NHS', 'ICB', 'CCG']);
  const word = (w: string, first: boolean): string => {
    if (keep.has(w) || /\d/.test(w)) return w;
    const lower = w.toLowerCase();
    if (!first && small.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  };
  return upper
    .replace(/ - /g, ' – ')
    .split(' ')
    .map((w, i) => w.split('-').map((part, j) => word(part, i === 0 && j === 0)).join('-'))
    .join(' ');
}

const ICB_NAME = /^NHS (.+) ICB - [0-9A-Z]{3,5}$/;

/** The ICB a final CCG code sat in, from its July 2022 sub-ICB name in the ODS extract. */
export function icbOf(ods: Map<string, OdsCcg>, code: string, where: string): { code: string; name: string } {
  const entry = ods.get(code);
  if (!entry) fail(`${where}: ODS code ${code} is not in the ODS CCG extract`);
  const m = ICB_NAME.exec(entry.name);
  if (!m) fail(`${where}: ODS name "${entry.name}" of ${code} is not "NHS <name> ICB - <code>"`);
  if (!/^Q[0-9A-Z]{2}$/.test(entry.parent)) fail(`${where}: ${code} has no ICB code in the ODS extract (parent "${entry.parent}")`);
  return { code: entry.parent, name: titleCase(`NHS ${m[1]} ICB`) };
}

export interface Successions {
  years: OrgYearSet[];
  stories: Record<string, OrgStep[]>;
  stps: Record<string, StpSuccession>;
  /** For each later year, the body code of every piece of the 2016 map (key: ccg, or ccg#part for Cumbria). */
  pieceBodies: Record<string, Record<string, string>>;
  report: string[];
}

export function pieceKey(p: Piece): string {
  return p.part ? `${p.ccg}#${p.part}` : p.ccg;
}

export function mapPieces(rows: SuccessionRow[]): Piece[] {
  return rows.flatMap((r) => (r.ccg16cd === CUMBRIA ? [{ ccg: r.ccg16cd, part: 'north' as const }, { ccg: r.ccg16cd, part: 'furness' as const }] : [{ ccg: r.ccg16cd }]));
}

interface Named { name: string; laterName?: boolean; ons?: string }

/** Name (and ONS code, for 2016–2018 where ONS published one) of the body `code` in force in `year`. */
function nameBody(rows: SuccessionRow[], ods: Map<string, OdsCcg>, year: OrgYear, code: string): Named {
  const own = rows.find((r) => r.ods === code);
  if (own) {
    if (year === '2016') return { name: own.name, ons: own.ccg16cd };
    const recoded2018 = /E38\d{6}/.exec(own.change2018)?.[0];
    const ons = year === '2017' ? own.ccg17cd : year === '2018' ? recoded2018 ?? own.ccg17cd : undefined;
    return ons ? { name: own.ccg17nm, ons } : { name: own.ccg17nm };
  }
  const successor = rows.find((r) => r.chain.startsWith(`${code}@`) && r.firstSuccessorName !== '');
  if (successor && (year === '2017' || year === '2018')) return { name: successor.firstSuccessorName, ons: successor.firstSuccessorOns };
  if (successor) return { name: successor.firstSuccessorName };
  const entry = ods.get(code);
  if (!entry) fail(`ODS CCG extract: no entry for ${code}, a successor body in ${yearLabel(year)}`);
  const later = ICB_NAME.test(entry.name);
  return later ? { name: titleCase(entry.name), laterName: true } : { name: titleCase(entry.name) };
}

export interface SuccessionInput {
  rows: SuccessionRow[];
  ods: Map<string, OdsCcg>;
  /** The STP of each part of NHS Cumbria CCG. */
  cumbriaStps: { north: string; furness: string };
}

/** Body code of each map piece in each year (ICB codes in 2022). */
function assignPieces(input: SuccessionInput, pieces: Piece[]): Record<OrgYear, Map<string, string>> {
  const byCode = new Map(input.rows.map((r) => [r.ccg16cd, r]));
  const chains = new Map(input.rows.map((r) => [r.ccg16cd, parseChain(r.chain, `successions line ${r.line}`)]));
  const lancashireNorth = byCode.get(LANCASHIRE_NORTH) ?? fail(`successions: no row for Lancashire North CCG ${LANCASHIRE_NORTH}`);
  const out = {} as Record<OrgYear, Map<string, string>>;
  for (const year of ORG_YEARS) {
    const date = yearDate(year);
    out[year] = new Map(
      pieces.map((p) => {
        const row = p.part === 'furness' && date >= FURNESS_MOVE_DATE ? lancashireNorth : byCode.get(p.ccg)!;
        const code = codeOn(row, chains.get(row.ccg16cd)!, date);
        return [pieceKey(p), year === '2022' ? icbOf(input.ods, code, `successions line ${row.line}`).code : code] as const;
      }),
    );
  }
  return out;
}

function bodiesOf(input: SuccessionInput, year: OrgYear, assignment: Map<string, string>, pieces: Piece[]): OrgBody[] {
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    const code = assignment.get(pieceKey(p))!;
    groups.set(code, [...(groups.get(code) ?? []), p]);
  }
  return [...groups.entries()]
    .map(([code, members]) => {
      const named: Named =
        year === '2022' ? { name: icbOf(input.ods, codeOfMember(input, members[0]!), `ICB ${code}`).name } : nameBody(input.rows, input.ods, year, code);
      const cumbria = members.filter((m) => m.ccg === CUMBRIA);
      const body: OrgBody = { code, ...named, members: [...new Set(members.map((m) => m.ccg))].sort() };
      if (cumbria.length === 1 && year !== '2016') body.cumbriaPart = cumbria[0]!.part!;
      return body;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The final CCG code of a piece (for naming its ICB). */
function codeOfMember(input: SuccessionInput, p: Piece): string {
  const ccg = p.part === 'furness' ? LANCASHIRE_NORTH : p.ccg;
  const row = input.rows.find((r) => r.ccg16cd === ccg)!;
  return codeOn(row, parseChain(row.chain, `successions line ${row.line}`), '2022-07-01');
}

/** A piece's steps: a new step whenever its body's code (merged, or the ICB) or ONS code (recoded) changes. */
function storyOf(piece: Piece, years: OrgYearSet[], assigned: Record<OrgYear, Map<string, string>>): OrgStep[] {
  const steps: OrgStep[] = [];
  let previous: OrgBody | undefined;
  for (const set of years) {
    const code = assigned[set.year].get(pieceKey(piece));
    const body = set.bodies.find((b) => b.code === code)!;
    if (previous && (previous.code !== body.code || previous.ons !== body.ons) && !(body.ons === undefined && previous.code === body.code)) {
      const change = set.kind === 'icb' ? 'icb' : previous.code !== body.code ? 'merged' : 'recoded';
      const step: OrgStep = { date: set.date, code: body.code, name: body.name, kind: set.kind, change };
      if (body.laterName) step.laterName = true;
      if (body.ons) step.ons = body.ons;
      if (piece.part) step.cumbriaPart = piece.part;
      steps.push(step);
    }
    previous = body;
  }
  return steps;
}

function stpSuccessions(input: SuccessionInput, icbs: Map<string, string>, pieces: Piece[]): Record<string, StpSuccession> {
  const stpOf = (p: Piece): string => (p.part ? input.cumbriaStps[p.part] : input.rows.find((r) => r.ccg16cd === p.ccg)!.stps[0]!);
  const icbStps = new Map<string, Set<string>>();
  const stpIcbs = new Map<string, Set<string>>();
  for (const p of pieces) {
    const icb = icbs.get(pieceKey(p))!;
    const stp = stpOf(p);
    icbStps.set(icb, (icbStps.get(icb) ?? new Set()).add(stp));
    stpIcbs.set(stp, (stpIcbs.get(stp) ?? new Set()).add(icb));
  }
  const out: Record<string, StpSuccession> = {};
  for (const stp of [...stpIcbs.keys()].sort()) {
    const list = [...stpIcbs.get(stp)!].sort();
    out[stp] = { icbs: list, sharedWith: Object.fromEntries(list.map((icb) => [icb, [...icbStps.get(icb)!].filter((s) => s !== stp).sort()])) };
  }
  return out;
}

/** Fails unless each year has the published number of bodies. */
export function checkBodyCounts(years: OrgYearSet[], expected: Record<OrgYear, number> = EXPECTED_BODIES): void {
  for (const set of years) {
    if (set.bodies.length !== expected[set.year]) fail(`successions: ${set.bodies.length} bodies in ${set.label}, the published count is ${expected[set.year]}`);
  }
}

export function buildSuccessions(input: SuccessionInput): Successions {
  const pieces = mapPieces(input.rows);
  const assigned = assignPieces(input, pieces);
  const report: string[] = [];
  const years: OrgYearSet[] = ORG_YEARS.map((year) => ({
    year,
    date: yearDate(year),
    label: yearLabel(year),
    kind: year === '2022' ? 'icb' : 'ccg',
    bodies: bodiesOf(input, year, assigned[year], pieces),
  }));
  report.push(`organisations: ${years.map((y) => `${y.bodies.length} ${y.kind === 'icb' ? 'ICBs' : 'CCGs'} ${y.label}`).join(', ')}`);
  const stories: Record<string, OrgStep[]> = {};
  for (const p of pieces) stories[p.ccg] = [...(stories[p.ccg] ?? []), ...storyOf(p, years, assigned)].sort((a, b) => a.date.localeCompare(b.date));
  const stps = stpSuccessions(input, assigned['2022'], pieces);
  const merged = Object.entries(stps).filter(([, s]) => s.icbs.some((icb) => s.sharedWith[icb]!.length > 0)).map(([c]) => c);
  const split = Object.entries(stps).filter(([, s]) => s.icbs.length > 1).map(([c]) => c);
  report.push(`ICBs: STPs sharing an ICB ${merged.join(', ') || 'none'}; STPs split between ICBs ${split.join(', ') || 'none'}`);
  const pieceBodies = Object.fromEntries(ORG_YEARS.map((y) => [y, Object.fromEntries(assigned[y])]));
  return { years, stories, stps, pieceBodies, report };
}

export const SUCCESSION_FILES = {
  ccgs: 'reorganisation/ccg16_successions_2017_2021_ods.csv',
  odsCcgs: 'reorganisation/raw/ods_eccg_jhau.csv',
} as const;

export function readSuccessionRows(dir: string): SuccessionRow[] {
  const spec = {
    columns: ['ccg16cd', 'ccg16cdh', 'ccg16nm', 'stp17cd', 'ccg17cd', 'ccg17nm', 'change_apr2017', 'change_apr2018_ons_code_only', 'first_successor_ons_code', 'first_successor_name', 'successor_chain'],
    nonEmpty: ['ccg16cd', 'ccg16cdh', 'ccg16nm', 'stp17cd', 'ccg17cd', 'ccg17nm'],
    patterns: { ccg16cd: /^E38\d{6}$/, ccg17cd: /^E38\d{6}$/, first_successor_ons_code: /^E38\d{6}$/ },
  };
  return readCsv(dir, SUCCESSION_FILES.ccgs, spec).map((r) => ({
    ccg16cd: r.get('ccg16cd'),
    ods: r.get('ccg16cdh'),
    name: r.get('ccg16nm'),
    stps: r.get('stp17cd').split(';'),
    ccg17cd: r.get('ccg17cd'),
    ccg17nm: r.get('ccg17nm'),
    change2017: r.get('change_apr2017'),
    change2018: r.get('change_apr2018_ons_code_only'),
    firstSuccessorOns: r.get('first_successor_ons_code'),
    firstSuccessorName: r.get('first_successor_name'),
    chain: r.get('successor_chain'),
    line: r.line,
  }));
}

/** The ODS extract has no header: code, name, region, ICB, address…, open date, close date, …. */
export function parseOdsCcgs(text: string): Map<string, OdsCcg> {
  const out = new Map<string, OdsCcg>();
  csvParseRows(text).forEach((cells, i) => {
    if (cells.length === 1 && cells[0] === '') return;
    if (cells.length < 12) fail(`${SUCCESSION_FILES.odsCcgs} line ${i + 1}: ${cells.length} fields, expected at least 12`);
    out.set(cells[0]!, { name: cells[1]!, parent: cells[3]! });
  });
  return out;
}

export function readOdsCcgs(dir: string): Map<string, OdsCcg> {
  return parseOdsCcgs(readText(dir, SUCCESSION_FILES.odsCcgs));
}
