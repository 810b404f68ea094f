// Area values for every metric, the metric definitions, per-STP detail and the trust list.
import type { IncompleteTable, Level, MetricDef, MetricKey, MissingTrust, StpDetail, TrustInfo, TrustValueTable, Value, ValueTable } from '../../src/data/types';
import { fail } from './errors';
import { round } from './geom';
import { CUMBRIA, F, type EricRow, type Sources } from './sources';
import type { Joined } from './join';
import { sumLoansByStp } from './loan-metrics';
import type { TrustLoans } from './loans';

export const BACKLOG_PERIODS = ['2014-15', '2015-16', '2016-17'] as const;
export const LOAN_PERIOD = '2016-17';
export const POPULATION_PERIOD = 'mid-2015';
export const INTERIM_PERIOD = '2015-16';
export const NCM_PERIOD = '2015-17';

export const fyLabel = (p: string): string => p.replace('-', '/');
/** An approximate count as text: nearest 1,000, e.g. 365,085 → "365,000". */
export const about = (n: number): string => (Math.round(n / 1000) * 1000).toLocaleString('en-GB');

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
  incomplete: IncompleteTable;
  trust_values: TrustValueTable;
  /** STPs whose population includes an area-share part of NHS Cumbria CCG. */
  approx_population: string[];
  /** Mid-2015 population of each STP, Cumbria split by area (the weights for STP means). */
  stpPopulation: Map<string, number>;
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

type Sums = Record<Band, number> & { trusts: string[] };

/** Backlog summed by `${period}|${stp}`; every trust with a row is listed, trusts in `skip` add nothing. */
export function sumBacklog(eric: readonly EricRow[], stpOf: (trust: string) => string, stpCodes: readonly string[], periods: readonly string[], skip: ReadonlySet<string>): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  for (const p of periods) for (const c of stpCodes) sums.set(`${p}|${c}`, { total: 0, high: 0, significant: 0, moderate: 0, low: 0, trusts: [] });
  for (const r of eric) {
    const acc = sums.get(`${r.period}|${stpOf(r.trust)}`)!;
    acc.trusts.push(r.trust);
    if (!r.reported || skip.has(`${r.period}|${r.trust}`)) continue;
    acc.total += r.total; acc.high += r.high; acc.significant += r.significant; acc.moderate += r.moderate; acc.low += r.low;
  }
  for (const acc of sums.values()) acc.trusts.sort();
  return sums;
}

/** Every STP × year × band of the published STP sums must equal the trusts' sum under the same lookup. */
function verifyBacklog(s: Sources, sums: Map<string, Sums>): void {
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
}

export interface MissingReturn { period: string; trust: string; reason: string }

/**
 * Trust returns that are not there: a row with no backlog figures, or an explicit all-zero return
 * from a trust that reported a positive backlog the year before. A zero after a zero (PFI sites) stays a zero.
 */
export function missingReturns(eric: readonly EricRow[]): MissingReturn[] {
  const total = new Map(eric.map((r) => [`${r.period}|${r.trust}`, r.reported ? r.total : null]));
  const before = (period: string): string => {
    const y = Number(period.slice(0, 4)) - 1;
    return `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  };
  const out: MissingReturn[] = [];
  for (const r of eric) {
    if (!r.reported) out.push({ period: r.period, trust: r.trust, reason: `made no ${fyLabel(r.period)} return (no backlog figures)` });
    else if (r.total === 0) {
      const prev = total.get(`${before(r.period)}|${r.trust}`);
      if (typeof prev === 'number' && prev > 0) out.push({ period: r.period, trust: r.trust, reason: `returned all zeros for ${fyLabel(r.period)} after reporting £${(prev / 1e6).toFixed(1)}m for ${fyLabel(before(r.period))}` });
    }
  }
  return out.sort((a, b) => a.period.localeCompare(b.period) || a.trust.localeCompare(b.trust));
}

export function buildMetrics(s: Sources, joined: Joined, cumbriaSplit: Record<string, number>, trustLoans: readonly TrustLoans[]): MetricsResult {
  const { stpCodes, ccgCodes } = joined;
  const report: string[] = [];
  const values: ValueTable = {};
  const stpOfTrust = (t: string): string => s.trusts.get(t)!.stp;

  // ---- Backlog (ERIC, by trust → STP) ----
  const periods = [...new Set(s.eric.map((r) => r.period))].sort();
  if (periods.join() !== BACKLOG_PERIODS.join()) fail(`${F.eric}: expected years ${BACKLOG_PERIODS.join(', ')}, found ${periods.join(', ')}`);
  const seen = new Set<string>();
  for (const r of s.eric) {
    const k = `${r.period}|${r.trust}`;
    if (seen.has(k)) fail(`${F.eric} line ${r.line}: trust ${r.trust} appears twice for ${r.period}`);
    seen.add(k);
  }
  const missing = missingReturns(s.eric);
  const notSummed = new Set(missing.map((m) => `${m.period}|${m.trust}`));
  for (const m of missing) report.push(`backlog ${fyLabel(m.period)}: ${m.trust} ${m.reason} (not summed; its STP's value is marked incomplete)`);
  // The published STP sums use the lookup as it stands; verify against them before the corrections move trusts.
  verifyBacklog(s, sumBacklog(s.eric, (t) => s.trusts.get(t)!.lookupStp, stpCodes, periods, new Set()));
  const sums = sumBacklog(s.eric, stpOfTrust, stpCodes, periods, notSummed);
  for (const p of periods) {
    let t = 0, h = 0;
    for (const c of stpCodes) { t += sums.get(`${p}|${c}`)!.total; h += sums.get(`${p}|${c}`)!.high; }
    report.push(`backlog ${fyLabel(p)}: England total £${(t / 1e6).toFixed(1)}m (high risk £${(h / 1e6).toFixed(1)}m); matches ${F.backlogStp}`);
  }
  const incomplete: IncompleteTable = {};
  const trustValues: TrustValueTable = {};
  for (const b of BANDS) {
    const byArea: Record<string, Record<string, MissingTrust[]>> = {};
    const byTrust: Record<string, Record<string, number>> = {};
    for (const p of periods) {
      byArea[p] = {};
      byTrust[p] = {};
      for (const m of missing.filter((x) => x.period === p)) (byArea[p]![stpOfTrust(m.trust)] ??= []).push({ code: m.trust, name: s.trusts.get(m.trust)!.name, reason: m.reason });
      for (const r of s.eric) if (r.period === p && !notSummed.has(`${p}|${r.trust}`) && r[b.band] !== 0) byTrust[p]![r.trust] = round(r[b.band] / 1e6, 3);
    }
    incomplete[b.key] = byArea;
    trustValues[b.key] = byTrust;
  }
  for (const b of BANDS) {
    const byPeriod: Record<string, Record<string, Value>> = {};
    for (const p of periods) byPeriod[p] = table(stpCodes, (c) => round(sums.get(`${p}|${c}`)![b.band] / 1e6, 3));
    values[b.key] = { stp: byPeriod };
  }

  // ---- Revenue loans 2016/17 (both loan sheets of the section 40 workbook) ----
  const loans = sumLoansByStp(trustLoans, (t) => s.trusts.get(t)?.stp ?? null, stpCodes);
  values.deficit_loans = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => round(loans.drawnK.get(c)! / 1000, 3)) } };
  values.deficit_loans_net = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => round(loans.netK.get(c)! / 1000, 3)) } };
  values.deficit_loans_balance = { stp: { [LOAN_PERIOD]: table(stpCodes, (c) => round(loans.closingK.get(c)! / 1000, 3)) } };
  const perTrust = (f: (t: TrustLoans) => number): Record<string, Record<string, number>> => ({
    [LOAN_PERIOD]: Object.fromEntries(trustLoans.filter((t) => f(t) !== 0 && s.trusts.has(t.code)).map((t) => [t.code, round(f(t) / 1000, 3)])),
  });
  trustValues.deficit_loans = perTrust((t) => t.drawnK);
  trustValues.deficit_loans_net = perTrust((t) => t.drawnK - t.repaidK);
  trustValues.deficit_loans_balance = perTrust((t) => t.closingK);
  report.push(...loans.report);

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
      loan_trusts: loans.trusts.get(c)!,
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

  return {
    metrics: metricDefs(cumbriaSplit, cumbriaParts, cumbriaPop), values, stp_detail, trusts, report,
    incomplete, trust_values: trustValues, approx_population: [...s.ccgs.get(CUMBRIA)!.stps].sort(), stpPopulation: stpPop,
  };
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
    'Each trust is counted once, in the STP of its headquarters (trust-to-STP lookup, corrected by NHS England\'s 2017 mapping); mental health, community and ambulance trusts that serve several STPs are not shared out.',
    'Where a trust made no return for a year, or returned all zeros after reporting a backlog the year before, its STP\'s value leaves it out and is marked incomplete, naming the trust.',
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
    direction: 'higher_is_worse',
    sources: ['eric_2014_15', 'eric_2015_16', 'eric_2016_17', 'trust_stp_lookup', 'nhse_ae_stp_mapping', 'hsj_backlog'],
    notes: backlogNotes,
  }));
  const loanNotes = [
    'Deficit financing (cash the Department of Health lent because a deficit could not be covered), not the deficit itself. Trusts\' reported deficits are shown as sourced facts.',
    'Counted: revenue loans on both loan sheets of the DH section 40 workbook for 2016/17 ("Data": interim revenue support and other revenue loans, with amounts drawn and repaid; "Normal course of business": 43 further revenue loans of 32 trusts, balance only). Not counted: capital loans, and any support given as something other than a loan.',
    'A trust with no row took no such loan; an STP with £0 had no trust with one (which does not mean its trusts were in surplus).',
    'Each trust is counted in the STP of its headquarters (NHS England\'s 2017 mapping where it lists the trust).',
  ];
  // The three loan measures differ only in what they count.
  const loanFields: Omit<MetricDef, 'key' | 'label' | 'definition'> = {
    kind: 'numeric',
    unit: 'gbp_m',
    levels: stpOnly,
    periods: [LOAN_PERIOD],
    periodLabels: { [LOAN_PERIOD]: fyLabel(LOAN_PERIOD) },
    defaultPeriod: LOAN_PERIOD,
    perHead: true,
    direction: 'higher_is_worse',
    sources: ['dh_loans', 'trust_stp_lookup', 'nhse_ae_stp_mapping'],
    notes: loanNotes,
  };
  return [
    ...backlog,
    {
      key: 'deficit_loans',
      label: 'Emergency loans drawn to cover deficits',
      definition:
        'Revenue support loans drawn in 2016/17 from the Department of Health (section 40, NHS Act 2006) by the NHS trusts in the STP, as listed on the workbook\'s "Data" sheet. Much of it refinanced earlier loans: see net new borrowing. Deficit financing, not the deficit itself.',
      ...loanFields,
      notes: [...loanNotes, 'The second sheet\'s loans give no amount drawn, so they are not in this figure.'],
    },
    {
      key: 'deficit_loans_net',
      label: 'Net new emergency borrowing',
      definition:
        'Revenue support loans drawn in 2016/17 minus those repaid in 2016/17 by the NHS trusts in the STP (Department of Health, section 40): the net new borrowing of the year, since much of the drawing refinanced earlier loans.',
      ...loanFields,
      notes: [...loanNotes, 'The second sheet\'s loans give no amounts drawn or repaid, so they are not in this figure.'],
    },
    {
      key: 'deficit_loans_balance',
      label: 'Emergency loans owed at 31 March 2017',
      definition:
        'Revenue loans from the Department of Health (section 40, NHS Act 2006) owed at 31 March 2017 by the NHS trusts in the STP, from both loan sheets of the workbook: the stock of deficit financing owed, not the deficit itself.',
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
        `NHS Cumbria CCG (${cumbriaPop.toLocaleString('en-GB')} residents) is split between two STPs; its population is divided by area share, an approximation: about ${about(parts[north]!)} (${pct(north)} of its area) to West, North and East Cumbria and about ${about(parts[south]!)} (${pct(south)}) to Lancashire and South Cumbria. Those two STPs' populations, and their per-resident figures, are approximate.`,
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
