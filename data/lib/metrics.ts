// Area values for every metric, the metric definitions, per-STP detail and the trust list.
import type { Level, MetricDef, MetricKey, StpDetail, TrustInfo, Value, ValueTable } from '../../src/data/types';
import { fail } from './errors';
import { round } from './geom';
import { CUMBRIA, F, type Sources } from './sources';
import type { Joined } from './join';

export const BACKLOG_PERIODS = ['2014-15', '2015-16', '2016-17'] as const;
export const LOAN_PERIOD = '2016-17';
export const POPULATION_PERIOD = 'mid-2015';
export const INTERIM_PERIOD = '2015-16';
export const NCM_PERIOD = '2015-17';

const fyLabel = (p: string): string => p.replace('-', '/');

type Band = 'total' | 'high' | 'significant' | 'moderate' | 'low';
const BANDS: readonly { key: MetricKey; band: Band; label: string; csv: string }[] = [
  { key: 'backlog', band: 'total', label: 'Backlog maintenance', csv: 'backlog_total_gbp' },
  { key: 'backlog_high_risk', band: 'high', label: 'Backlog maintenance: high risk', csv: 'backlog_high_risk_gbp' },
  { key: 'backlog_significant_risk', band: 'significant', label: 'Backlog maintenance: significant risk', csv: 'backlog_significant_risk_gbp' },
  { key: 'backlog_moderate_risk', band: 'moderate', label: 'Backlog maintenance: moderate risk', csv: 'backlog_moderate_risk_gbp' },
  { key: 'backlog_low_risk', band: 'low', label: 'Backlog maintenance: low risk', csv: 'backlog_low_risk_gbp' },
];

export interface MetricsResult {
  metrics: MetricDef[];
  values: ValueTable;
  stp_detail: Record<string, StpDetail>;
  trusts: Record<string, TrustInfo>;
  /** Lines for the build's printed report. */
  report: string[];
}

/** Record with a key for every code, in code order. */
function table(codes: readonly string[], f: (code: string) => Value): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const c of codes) out[c] = f(c);
  return out;
}

/** Split Cumbria's population by area share; the remainder goes to the second STP so the parts sum exactly. */
export function splitCount(total: number, split: Record<string, number>): Record<string, number> {
  const keys = Object.keys(split).sort();
  const out: Record<string, number> = {};
  let rest = total;
  keys.forEach((k, i) => {
    const v = i === keys.length - 1 ? rest : Math.round(total * split[k]!);
    out[k] = v;
    rest -= v;
  });
  return out;
}

export function buildMetrics(s: Sources, joined: Joined, cumbriaSplit: Record<string, number>): MetricsResult {
  const { stpCodes, ccgCodes } = joined;
  const report: string[] = [];
  const values: ValueTable = {};
  const stpOfTrust = (t: string): string => s.trusts.get(t)!.stp;

  // ---- Backlog (ERIC, by trust → STP) ----
  const periods = [...new Set(s.eric.map((r) => r.period))].sort();
  if (periods.join() !== BACKLOG_PERIODS.join()) fail(`${F.eric}: expected years ${BACKLOG_PERIODS.join(', ')}, found ${periods.join(', ')}`);
  type Sums = Record<Band, number> & { trusts: string[] };
  const sums = new Map<string, Sums>(); // `${period}|${stp}`
  for (const p of periods) for (const c of stpCodes) sums.set(`${p}|${c}`, { total: 0, high: 0, significant: 0, moderate: 0, low: 0, trusts: [] });
  const seen = new Set<string>();
  for (const r of s.eric) {
    const k = `${r.period}|${r.trust}`;
    if (seen.has(k)) fail(`${F.eric} line ${r.line}: trust ${r.trust} appears twice for ${r.period}`);
    seen.add(k);
    const acc = sums.get(`${r.period}|${stpOfTrust(r.trust)}`)!;
    acc.trusts.push(r.trust);
    if (!r.reported) {
      report.push(`backlog ${fyLabel(r.period)}: ${r.trust} has no backlog figures in ${F.eric} line ${r.line} (not reported; not summed)`);
      continue;
    }
    acc.total += r.total; acc.high += r.high; acc.significant += r.significant; acc.moderate += r.moderate; acc.low += r.low;
  }
  for (const acc of sums.values()) acc.trusts.sort();
  // Verify against the published STP sums.
  const checked = new Set<string>();
  for (const row of s.backlogStp) {
    const k = `${row.period}|${row.stp}`;
    const acc = sums.get(k);
    if (!acc) fail(`${F.backlogStp} line ${row.line}: no ERIC data for ${row.stp} in ${row.period}`);
    if (checked.has(k)) fail(`${F.backlogStp} line ${row.line}: duplicate row for ${row.stp} ${row.period}`);
    checked.add(k);
    for (const b of BANDS) {
      if (Math.abs(acc[b.band] - row[b.band]) > 0.5) {
        fail(`${F.backlogStp} line ${row.line}: ${row.stp} ${row.period} ${b.csv} is ${row[b.band]} but the trusts in ${F.eric} sum to ${acc[b.band]}`);
      }
    }
    if ([...row.trusts].sort().join(' ') !== acc.trusts.join(' ') || row.nTrusts !== acc.trusts.length) {
      fail(`${F.backlogStp} line ${row.line}: ${row.stp} ${row.period} trust list differs from ${F.trustLookup} (${row.trusts.join(' ')} vs ${acc.trusts.join(' ')})`);
    }
  }
  for (const k of sums.keys()) if (!checked.has(k)) fail(`${F.backlogStp}: no row for ${k.replace('|', ' ')}`);
  for (const p of periods) {
    let t = 0, h = 0;
    for (const c of stpCodes) { t += sums.get(`${p}|${c}`)!.total; h += sums.get(`${p}|${c}`)!.high; }
    report.push(`backlog ${fyLabel(p)}: England total £${(t / 1e6).toFixed(1)}m (high risk £${(h / 1e6).toFixed(1)}m); matches ${F.backlogStp}`);
  }
  for (const b of BANDS) {
    const byPeriod: Record<string, Record<string, Value>> = {};
    for (const p of periods) byPeriod[p] = table(stpCodes, (c) => round(sums.get(`${p}|${c}`)![b.band] / 1e6, 3));
    values[b.key] = { stp: byPeriod };
  }

  // ---- Revenue support loans 2016/17 ----
  const drawn = new Map(stpCodes.map((c) => [c, 0]));
  const closing = new Map(stpCodes.map((c) => [c, 0]));
  const loanTrusts = new Map<string, StpDetail['loan_trusts']>(stpCodes.map((c) => [c, []]));
  const loanSeen = new Set<string>();
  let drawnAll = 0, closingAll = 0;
  for (const r of s.loans) {
    if (loanSeen.has(r.trust)) fail(`${F.loans} line ${r.line}: trust ${r.trust} listed twice`);
    loanSeen.add(r.trust);
    const c = stpOfTrust(r.trust);
    drawn.set(c, drawn.get(c)! + r.drawnK);
    closing.set(c, closing.get(c)! + r.closingK);
    drawnAll += r.drawnK; closingAll += r.closingK;
    loanTrusts.get(c)!.push({ code: r.trust, drawn_gbp_m: round(r.drawnK / 1000, 3), closing_gbp_m: round(r.closingK / 1000, 3) });
  }
  for (const l of loanTrusts.values()) l.sort((a, b) => a.code.localeCompare(b.code));
  values.deficit_loans = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => round(drawn.get(c)! / 1000, 3)) } };
  values.deficit_loans_balance = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => round(closing.get(c)! / 1000, 3)) } };
  const noLoan = stpCodes.filter((c) => loanTrusts.get(c)!.length === 0);
  report.push(`revenue support loans 2016/17: ${s.loans.length} trusts, drawn £${(drawnAll / 1000).toFixed(1)}m, closing balance £${(closingAll / 1000).toFixed(1)}m; STPs with no loan (value 0): ${noLoan.length}`);

  // ---- Population mid-2015 ----
  const cumbriaPop = s.population.get(CUMBRIA)!;
  const cumbriaParts = splitCount(cumbriaPop, cumbriaSplit);
  const stpPop = new Map(stpCodes.map((c) => [c, 0]));
  for (const [code, row] of s.ccgs) {
    if (code === CUMBRIA) for (const p of row.stps) stpPop.set(p, stpPop.get(p)! + cumbriaParts[p]!);
    else stpPop.set(row.stps[0]!, stpPop.get(row.stps[0]!)! + s.population.get(code)!);
  }
  const england = [...s.population.values()].reduce((a, b) => a + b, 0);
  const stpTotal = [...stpPop.values()].reduce((a, b) => a + b, 0);
  if (stpTotal !== england) fail(`${F.population}: STP populations sum to ${stpTotal}, CCGs to ${england}`);
  values.population = {
    stp: { [POPULATION_PERIOD]: table(stpCodes, (c) => stpPop.get(c)!) },
    ccg: { [POPULATION_PERIOD]: table(ccgCodes, (c) => s.population.get(c)!) },
  };
  report.push(`population mid-2015: England ${england}; Cumbria ${cumbriaPop} split ${Object.entries(cumbriaParts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  // ---- Back-office pathfinders ----
  const pathfinders = stpCodes.filter((c) => s.stps.get(c)!.pathfinder);
  const fromEvents = [...new Set(s.events.filter((e) => e.category === 'back_office_pathfinder' && e.level === 'STP' && e.value === 'yes').map((e) => e.code))].sort();
  if (pathfinders.join() !== fromEvents.join()) {
    fail(`${F.stpNames}: pathfinder_back_office_2016 STPs (${pathfinders.join(', ')}) differ from ${F.events} back_office_pathfinder rows (${fromEvents.join(', ')})`);
  }
  values.pathfinder = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => (s.stps.get(c)!.pathfinder ? 'yes' : 'no')) } };
  report.push(`pathfinders: ${pathfinders.map((c) => `${c} ${s.stps.get(c)!.name}`).join('; ')}`);

  // ---- Interim executive spend 2015/16 (CCG) ----
  const interim = new Map<string, number>();
  for (const r of s.interim) {
    if (r.gbp === null) continue;
    const prev = interim.get(r.ccg);
    if (prev !== undefined && prev !== r.gbp) fail(`${F.ccgSummary} line ${r.line}: ${r.ccg} has two different interim spend values`);
    interim.set(r.ccg, r.gbp);
  }
  values.interim_spend = { ccg: { [INTERIM_PERIOD]: table(ccgCodes, (c) => interim.get(c) ?? null) } };
  report.push(`interim spend 2015/16: ${[...interim].map(([c, v]) => `${c} £${v}`).join(', ')}; ${ccgCodes.length - interim.size} CCGs not reported (null)`);

  // ---- New care model vanguards (count; the list of 50 is complete) ----
  const ncmCcg = new Map(ccgCodes.map((c) => [c, 0]));
  const ncmStp = new Map(stpCodes.map((c) => [c, 0]));
  for (const v of s.vanguards) {
    for (const c of new Set(v.ccgs)) ncmCcg.set(c, ncmCcg.get(c)! + 1);
    for (const st of vanguardStps(v.stp, v.ccgs, s)) ncmStp.set(st, ncmStp.get(st)! + 1);
  }
  if (s.vanguards.length !== 50) fail(`${F.vanguards}: expected the 50 vanguards, found ${s.vanguards.length}`);
  values.new_care_models = {
    stp: { [NCM_PERIOD]: table(stpCodes, (c) => ncmStp.get(c)!) },
    ccg: { [NCM_PERIOD]: table(ccgCodes, (c) => ncmCcg.get(c)!) },
  };

  // ---- STP detail and trusts ----
  const stp_detail: Record<string, StpDetail> = {};
  for (const c of stpCodes) {
    const backlog_trusts: Record<string, string[]> = {};
    for (const p of periods) backlog_trusts[p] = sums.get(`${p}|${c}`)!.trusts;
    const d: StpDetail = {
      backlog_trusts,
      loan_trusts: loanTrusts.get(c)!,
      n_trusts: sums.get(`2016-17|${c}`)!.trusts.length,
    };
    const leader = s.leaders.find((l) => l.stp === c && l.period === 'Mar 2016' && l.leader !== 'TBC');
    if (leader) {
      d.leader = { name: leader.leader, role: leader.role, source: `${leader.publication}, ${leader.publicationDate || leader.period}` };
    }
    stp_detail[c] = d;
  }
  const trusts: Record<string, TrustInfo> = {};
  for (const code of [...s.trusts.keys()].sort()) {
    const t = s.trusts.get(code)!;
    trusts[code] = { name: t.name, stp: t.stp, type: t.type };
  }

  return { metrics: metricDefs(cumbriaSplit, cumbriaParts, cumbriaPop), values, stp_detail, trusts, report };
}

/**
 * STPs a vanguard counts towards: its own stp17cd plus the STPs of its CCGs. A CCG split between
 * two STPs (Cumbria) only adds its STPs when the vanguard names no STP of its own, so the Morecambe
 * Bay vanguard counts for Lancashire and South Cumbria only.
 */
export function vanguardStps(stp: string | null, ccgs: readonly string[], s: Pick<Sources, 'ccgs'>): string[] {
  const out = new Set<string>();
  if (stp) out.add(stp);
  for (const c of ccgs) {
    const parents = s.ccgs.get(c)!.stps;
    if (parents.length === 1 || !stp) for (const p of parents) out.add(p);
  }
  return [...out].sort();
}

function metricDefs(split: Record<string, number>, parts: Record<string, number>, cumbriaPop: number): MetricDef[] {
  const pct = (k: string): string => `${(100 * split[k]!).toFixed(1)}%`;
  const [north, south] = Object.keys(split).sort() as [string, string];
  const backlogPeriods = [...BACKLOG_PERIODS];
  const backlogLabels = Object.fromEntries(backlogPeriods.map((p) => [p, fyLabel(p)]));
  const stpOnly: Level[] = ['stp'];
  const both: Level[] = ['stp', 'ccg'];
  const backlogNotes = [
    'Each trust is counted once, in the STP of its headquarters (trust-to-STP lookup); mental health, community and ambulance trusts that serve several STPs are not shared out.',
    'A £0 backlog is a reported value (e.g. trusts whose sites are maintained under PFI), not missing data.',
    'Excludes primary care estate. HSJ mapped the 2015/16 figures by STP in February 2017.',
  ];
  const backlog: MetricDef[] = BANDS.map((b) => ({
    key: b.key,
    label: b.label,
    definition:
      b.band === 'total'
        ? 'Cost to eradicate the backlog of maintenance on NHS trust estate (all four risk bands), from NHS Digital\'s Estates Returns Information Collection (ERIC), summed over the trusts in the STP.'
        : `Cost to eradicate ${b.band}-risk backlog maintenance on NHS trust estate, from NHS Digital's Estates Returns Information Collection (ERIC), summed over the trusts in the STP.`,
    kind: 'numeric',
    unit: 'gbp_m',
    levels: stpOnly,
    periods: backlogPeriods,
    periodLabels: backlogLabels,
    defaultPeriod: '2015-16',
    perHead: true,
    sources: ['eric_2014_15', 'eric_2015_16', 'eric_2016_17', 'trust_stp_lookup', 'hsj_backlog'],
    notes: backlogNotes,
  }));
  const loanNotes = [
    'This is deficit financing (cash borrowed because a deficit could not be covered), not the deficit itself. Trusts\' reported deficits are shown as sourced facts.',
    'The Department of Health list of revenue support loans for 2016/17 is complete: an STP none of whose trusts took such a loan shows £0, a real value (which does not mean its trusts were in surplus).',
    'Each trust is counted in the STP of its headquarters.',
  ];
  // The two loan measures differ only in what they count; key order is kept so metrics.json is unchanged.
  const loanFields: Omit<MetricDef, 'key' | 'label' | 'definition'> = {
    kind: 'numeric',
    unit: 'gbp_m',
    levels: stpOnly,
    periods: [LOAN_PERIOD],
    periodLabels: { [LOAN_PERIOD]: fyLabel(LOAN_PERIOD) },
    defaultPeriod: LOAN_PERIOD,
    perHead: true,
    sources: ['dh_loans', 'trust_stp_lookup'],
    notes: loanNotes,
  };
  return [
    ...backlog,
    {
      key: 'deficit_loans',
      label: 'Emergency loans to cover deficits',
      definition:
        'Interim revenue support loans drawn in 2016/17 from the Department of Health (section 40, NHS Act 2006) by the NHS trusts in the STP: cash lent to trusts that could not cover their deficits. Deficit financing, not the deficit itself.',
      ...loanFields,
    },
    {
      key: 'deficit_loans_balance',
      label: 'Emergency loans owed at 31 March 2017',
      definition:
        'Closing balance at 31 March 2017 of the Department of Health revenue support loans (section 40, NHS Act 2006) held by the NHS trusts in the STP: the stock of deficit financing owed, not the deficit itself.',
      ...loanFields,
    },
    {
      key: 'population',
      label: 'Population',
      definition: 'Usual residents at 30 June 2015 (ONS mid-2015 estimates for CCGs, all ages); an STP is the sum of its CCGs.',
      kind: 'numeric',
      unit: 'people',
      levels: both,
      periods: [POPULATION_PERIOD],
      periodLabels: { [POPULATION_PERIOD]: 'mid-2015' },
      defaultPeriod: POPULATION_PERIOD,
      perHead: false,
      sources: ['ons_population', 'ons_ccg_stp_lookup', 'ons_ccg_boundaries', 'ons_stp_boundaries'],
      notes: [
        `NHS Cumbria CCG (${cumbriaPop.toLocaleString('en-GB')} residents) is split between two STPs; its population is divided by area share as an approximation: ${parts[north]!.toLocaleString('en-GB')} (${pct(north)}) to West, North and East Cumbria and ${parts[south]!.toLocaleString('en-GB')} (${pct(south)}) to Lancashire and South Cumbria.`,
        'ONS asks that estimates be rounded to the nearest 100 when quoted.',
      ],
    },
    {
      key: 'pathfinder',
      label: 'Back-office pathfinder',
      definition:
        'One of the four STPs selected in 2016 as back-office consolidation "pathfinders" (Greater Manchester; Kent and Medway; Mid and South Essex; North West London), in a drive NHS Improvement said could save £350m over four years.',
      kind: 'categorical',
      unit: 'yesno',
      levels: stpOnly,
      periods: [LOAN_PERIOD],
      periodLabels: { [LOAN_PERIOD]: fyLabel(LOAN_PERIOD) },
      defaultPeriod: LOAN_PERIOD,
      perHead: false,
      categories: [
        { value: 'yes', label: 'Pathfinder' },
        { value: 'no', label: 'Not a pathfinder' },
      ],
      sources: ['hsj_pathfinders'],
      notes: [],
    },
    {
      key: 'interim_spend',
      label: 'Interim executive spend',
      definition:
        'Reported spending in 2015/16 by a CCG on interim (often off-payroll) executives, as printed by HSJ; only CCGs whose spend was reported have a value.',
      kind: 'numeric',
      unit: 'gbp',
      levels: ['ccg'],
      periods: [INTERIM_PERIOD],
      periodLabels: { [INTERIM_PERIOD]: fyLabel(INTERIM_PERIOD) },
      defaultPeriod: INTERIM_PERIOD,
      perHead: false,
      sources: ['hsj_interim', 'hsj_east_surrey'],
      notes: [
        'Every other CCG is "not reported", not zero.',
        'Surrey Downs: £195,000 for a six-month interim turnaround director. NEW Devon: £335,000 in 11 months for the same role, off payroll. Bedfordshire: £310,000 for an interim chief operating officer. East Surrey: £500,000 on two interims (accountable officer £235,000; chief finance officer £265,000).',
      ],
    },
    {
      key: 'new_care_models',
      label: 'New care model vanguards',
      definition:
        'Number of NHS England\'s 50 new care model vanguards (announced 2015) whose area includes the CCG, or which are located in the STP or include one of its CCGs.',
      kind: 'numeric',
      unit: 'count',
      levels: both,
      periods: [NCM_PERIOD],
      periodLabels: { [NCM_PERIOD]: '2015–17' },
      defaultPeriod: NCM_PERIOD,
      perHead: false,
      sources: ['nhse_vanguards', 'hsj_uec_vanguards'],
      notes: [
        'The list of 50 vanguards is complete, so 0 means no vanguard.',
        'Network and national vanguards (e.g. the National Orthopaedic Alliance) have no STP and count nowhere; acute care collaborations named only by trust count for the trust\'s STP but for no CCG.',
        'Where a vanguard\'s CCG was inferred from its name, the area is our attribution, not the source\'s.',
      ],
    },
  ];
}
