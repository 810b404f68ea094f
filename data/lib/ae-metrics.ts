// The A&E metrics (ae_4h, ae_4h_type1, trolley_waits_12h, trolley_waits_4h): values by STP, their
// definitions, each provider's trolley waits for the panel, and the report lines (national totals,
// unmapped providers).
import type { MetricDef, TrustValueTable, Value, ValueTable } from '../../src/data/types';
import { AE_YEARS, TROLLEY_YEAR, aeMonths, financialYear, overlapMismatches, sumAe, within4h, type AeRow, type AeSums } from './ae';
import { fail } from './errors';

/** England 2016/17 as NHS England's files total it (performance/SOURCES.md, file 1 "Checks"). */
export const ENGLAND_2016_17 = { attendances: 23_362_301, over4h: 2_540_440, dta4: 560_093, dta12: 3_502 } as const;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (m: string): string => `${MONTH_NAMES[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
const pct = (n: number, d: number): string => `${((100 * n) / d).toFixed(2)}%`;

export interface AeResult {
  defs: MetricDef[];
  values: ValueTable;
  trustValues: TrustValueTable;
  /** Provider names from NHS England's files, for providers the trust list lacks. */
  providerNames: Map<string, string>;
  unmapped: string[];
  report: string[];
}

export function buildAeMetrics(nhse: readonly AeRow[], nhsr: readonly AeRow[], stpOf: (p: string) => string | null, stpCodes: readonly string[]): AeResult {
  const months = aeMonths();
  const nhseMonths = months.filter((m) => financialYear(m) === TROLLEY_YEAR);
  const mismatches = overlapMismatches(nhse, nhsr.filter((r) => nhseMonths.includes(r.month)));
  if (mismatches.length > 0) fail(`A&E: NHS England and NHS-R figures differ for 2016/17 (${mismatches.length}), e.g. ${mismatches[0]}`);
  const rows = [...nhse, ...nhsr.filter((r) => !nhseMonths.includes(r.month))];
  const { byArea, england, unmapped } = sumAe(rows, stpOf);
  const year = england.get(TROLLEY_YEAR)!;
  const expect = ENGLAND_2016_17;
  if (year.att !== expect.attendances || year.breach !== expect.over4h || year.dta4 !== expect.dta4 || year.dta12 !== expect.dta12) {
    fail(`A&E 2016/17: England sums (${year.att} attendances, ${year.breach} over 4 hours, ${year.dta4}/${year.dta12} trolley waits) differ from NHS England's totals`);
  }

  const periods = [...AE_YEARS, ...months];
  const table = (keys: readonly string[], f: (s: AeSums | undefined) => Value) =>
    Object.fromEntries(keys.map((p) => [p, Object.fromEntries(stpCodes.map((c) => [c, f(byArea.get(`${p}|${c}`))]))]));
  const trolleyPeriods = [TROLLEY_YEAR, ...nhseMonths];
  const values: ValueTable = {
    ae_4h: { stp: table(periods, (s) => (s ? within4h(s.att, s.breach) : null)) },
    ae_4h_type1: { stp: table(periods, (s) => (s ? within4h(s.att1, s.breach1) : null)) },
    trolley_waits_12h: { stp: table(trolleyPeriods, (s) => s?.dta12 ?? 0) },
    trolley_waits_4h: { stp: table(trolleyPeriods, (s) => s?.dta4 ?? 0) },
  };

  // Each provider's trolley waits over the year, for the panel's "who dominates the total".
  const trolley = { dta4: new Map<string, number>(), dta12: new Map<string, number>() };
  const providerNames = new Map<string, string>();
  for (const r of nhse) {
    providerNames.set(r.provider, r.name);
    if (stpOf(r.provider) === null) continue;
    trolley.dta4.set(r.provider, (trolley.dta4.get(r.provider) ?? 0) + (r.dta4 ?? 0));
    trolley.dta12.set(r.provider, (trolley.dta12.get(r.provider) ?? 0) + (r.dta12 ?? 0));
  }
  const nonZero = (m: Map<string, number>) => ({ [TROLLEY_YEAR]: Object.fromEntries([...m].filter(([, v]) => v > 0).sort(([a], [b]) => a.localeCompare(b))) });
  const trustValues: TrustValueTable = { trolley_waits_4h: nonZero(trolley.dta4), trolley_waits_12h: nonZero(trolley.dta12) };

  const report: string[] = [];
  const unmappedLines: string[] = [];
  for (const y of AE_YEARS) {
    const e = england.get(y)!;
    report.push(`A&E ${y.replace('-', '/')}: England ${e.att} attendances, ${pct(e.att - e.breach, e.att)} within 4 hours (type 1: ${pct(e.att1 - e.breach1, e.att1)})${y === TROLLEY_YEAR ? `; trolley waits ${e.dta4} over 4 hours, ${e.dta12} over 12 hours` : ''}`);
    const u = [...(unmapped.get(y) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = u.reduce((n, [, v]) => n + v, 0);
    const line = `A&E ${y.replace('-', '/')}: ${u.length} providers in no STP mapping, ${pct(total, e.att)} of attendances: ${u.map(([p, v]) => `${p}${providerNames.has(p) ? ` ${providerNames.get(p)}` : ''} ${pct(v, e.att)}`).join('; ')}`;
    report.push(line);
    unmappedLines.push(line);
  }
  return { defs: aeDefs(periods, trolleyPeriods), values, trustValues, providerNames, unmapped: unmappedLines, report };
}

function aeDefs(periods: string[], trolleyPeriods: string[]): MetricDef[] {
  const labels = Object.fromEntries(periods.map((p) => [p, /^\d{4}-\d{2}$/.test(p) && AE_YEARS.includes(p as (typeof AE_YEARS)[number]) ? p.replace('-', '/') : monthLabel(p)]));
  const location = 'Counted where the hospital is (the provider\'s STP in NHS England\'s 2017 mapping), not where patients live.';
  const common = {
    kind: 'numeric' as const,
    levels: ['stp' as const],
    perHead: false,
    sources: ['nhse_ae_2016_17', 'nhsr_ae', 'nhse_ae_stp_mapping'],
  };
  const rateNotes = [
    location,
    '2016/17 from NHS England\'s monthly provider files; 2017/18 and 2018/19 from NHS-R\'s ae_attendances, which holds the same NHS England figures (identical for every provider and month of 2016/17).',
    'Providers in no STP mapping (small units that closed before 2017, providers created later and not traceable to one STP) are left out: 0.75% of England\'s attendances in 2016/17; see data/DATA.md for the list and later years.',
    'Manchester University FT (R0A, from October 2017) is placed in Greater Manchester, the STP of both the trusts it replaced.',
  ];
  const rate = (key: 'ae_4h' | 'ae_4h_type1', label: string, definition: string): MetricDef => ({
    key, label, definition, ...common, unit: 'percent', direction: 'higher_is_better',
    periods, periodLabels: labels, defaultPeriod: '2016-17', summaryPeriods: [...AE_YEARS], notes: rateNotes,
  });
  const trolley = (key: 'trolley_waits_12h' | 'trolley_waits_4h', hours: number): MetricDef => ({
    key,
    label: `Trolley waits over ${hours} hours (by hospital location)`,
    definition: `Patients who waited more than ${hours} hours from a decision to admit them to being admitted, at the A&E departments of the hospitals in the STP, summed over the period.`,
    ...common,
    sources: ['nhse_ae_2016_17', 'nhse_ae_stp_mapping'],
    unit: 'count',
    direction: 'higher_is_worse',
    periods: trolleyPeriods,
    periodLabels: Object.fromEntries(trolleyPeriods.map((p) => [p, labels[p]!])),
    defaultPeriod: TROLLEY_YEAR,
    summaryPeriods: [TROLLEY_YEAR],
    notes: [location, 'From NHS England\'s monthly provider files; not in the NHS-R data, so 2016/17 only.', 'A count of patients at the STP\'s hospitals, so not shown per resident.'],
  });
  return [
    rate('ae_4h', 'A&E: seen within 4 hours, all departments (by hospital location)', 'Share of A&E attendances at the STP\'s hospitals (all department types: major, single-specialty and minor injury units / walk-in centres) admitted, transferred or discharged within 4 hours of arrival.'),
    rate('ae_4h_type1', 'A&E: seen within 4 hours, major departments (by hospital location)', 'Share of attendances at the STP\'s major (type 1: consultant-led, 24-hour) A&E departments admitted, transferred or discharged within 4 hours of arrival.'),
    trolley('trolley_waits_12h', 12),
    trolley('trolley_waits_4h', 4),
  ];
}
