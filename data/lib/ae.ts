// A&E four-hour performance and trolley waits by STP, counted where the hospital is (provider
// location). 2016/17 from NHS England's monthly provider files; 2017/18 and 2018/19 from NHS-R's
// ae_attendances (the same NHS England data; checked identical where they overlap).
import { fail } from './errors';
import { readCsv, num } from './csv';
import type { MappingRow } from './trust-stp';
import { NHSE_MAPPING } from './trust-stp';
import type { TrustRow } from './sources';

export const AE_NHSE = 'performance/ae_nhse_monthly_provider_2016_17.csv';
export const AE_NHSR = 'performance/ae_attendances_monthly_by_provider_2016-04_to_2019-03.csv';
export const TRUST_SUCCESSIONS = 'reorganisation/trust_successions_2016_2024_ods.csv';

export const AE_YEARS = ['2016-17', '2017-18', '2018-19'] as const;
/** Trolley waits are only in NHS England's files, which the atlas has for 2016/17. */
export const TROLLEY_YEAR = '2016-17';

/** One provider-month: attendances and 4-hour breaches by department type, trolley waits where known. */
export interface AeRow {
  month: string; // YYYY-MM
  provider: string;
  name: string;
  att: { t1: number; t2: number; other: number };
  breach: { t1: number; t2: number; other: number };
  dta4: number | null;
  dta12: number | null;
  line: number;
}

export interface Succession { from: string; to: string; line: number }

export function readNhseAe(dir: string): AeRow[] {
  const cols = ['att_type1', 'att_type2', 'att_type3', 'att_total', 'over4h_type1', 'over4h_type2', 'over4h_type3', 'over4h_total', 'dta_over4h', 'dta_over12h'];
  return readCsv(dir, AE_NHSE, { columns: ['period', 'org_code', 'org_name', ...cols], numeric: cols, patterns: { period: /^\d{4}-\d{2}$/ } }).map((r) => {
    const row: AeRow = {
      month: r.get('period'), provider: r.get('org_code'), name: r.get('org_name'),
      att: { t1: num(r, 'att_type1'), t2: num(r, 'att_type2'), other: num(r, 'att_type3') },
      breach: { t1: num(r, 'over4h_type1'), t2: num(r, 'over4h_type2'), other: num(r, 'over4h_type3') },
      dta4: num(r, 'dta_over4h'), dta12: num(r, 'dta_over12h'), line: r.line,
    };
    if (row.att.t1 + row.att.t2 + row.att.other !== num(r, 'att_total')) fail(`${AE_NHSE} line ${r.line}: att_total is not the sum of the three types`);
    if (row.breach.t1 + row.breach.t2 + row.breach.other !== num(r, 'over4h_total')) fail(`${AE_NHSE} line ${r.line}: over4h_total is not the sum of the three types`);
    return row;
  });
}

/** NHS-R rows are one per provider, month and type: folded into provider-months (types absent = 0). */
export function readNhsrAe(dir: string): AeRow[] {
  const byKey = new Map<string, AeRow>();
  for (const r of readCsv(dir, AE_NHSR, { columns: ['period', 'org_code', 'type', 'attendances', 'breaches'], numeric: ['attendances', 'breaches'], patterns: { period: /^\d{4}-\d{2}-01$/, type: /^(1|2|other)$/ } })) {
    const month = r.get('period').slice(0, 7);
    const key = `${month}|${r.get('org_code')}`;
    const row = byKey.get(key) ?? { month, provider: r.get('org_code'), name: '', att: { t1: 0, t2: 0, other: 0 }, breach: { t1: 0, t2: 0, other: 0 }, dta4: null, dta12: null, line: r.line };
    const t = r.get('type') === '1' ? 't1' : r.get('type') === '2' ? 't2' : 'other';
    if (row.att[t] !== 0) fail(`${AE_NHSR} line ${r.line}: ${r.get('org_code')} has two type ${r.get('type')} rows for ${month}`);
    row.att[t] = num(r, 'attendances');
    row.breach[t] = num(r, 'breaches');
    byKey.set(key, row);
  }
  return [...byKey.values()];
}

export function readSuccessions(dir: string): Succession[] {
  return readCsv(dir, TRUST_SUCCESSIONS, { columns: ['trust_code', 'successor_code'], nonEmpty: ['trust_code', 'successor_code'] })
    .map((r) => ({ from: r.get('trust_code'), to: r.get('successor_code'), line: r.line }));
}

/**
 * Pure: NHS England's and NHS-R's figures for the months both hold, provider by provider and type by
 * type. Returns the differences (none expected); NHS-R leaves out rows with no attendances.
 */
export function overlapMismatches(nhse: readonly AeRow[], nhsr: readonly AeRow[]): string[] {
  const r = new Map(nhsr.map((x) => [`${x.month}|${x.provider}`, x]));
  const months = new Set(nhse.map((x) => x.month));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of nhse) {
    const key = `${e.month}|${e.provider}`;
    seen.add(key);
    const o = r.get(key);
    for (const t of ['t1', 't2', 'other'] as const) {
      const att = o?.att[t] ?? 0, breach = o?.breach[t] ?? 0;
      if (att !== e.att[t] || breach !== e.breach[t]) out.push(`${key} ${t}: NHS England ${e.att[t]}/${e.breach[t]}, NHS-R ${att}/${breach}`);
    }
  }
  for (const o of nhsr) if (months.has(o.month) && !seen.has(`${o.month}|${o.provider}`)) out.push(`${o.month}|${o.provider}: only in NHS-R`);
  return out;
}

/**
 * The STP of an A&E provider: NHS England's 2017 mapping; else the atlas trust lookup (trusts that
 * stopped reporting before 2017); else the predecessors' STP when all of a successor's predecessors
 * agree (R0A ← RW3, RM2); else null (unmapped).
 */
export function providerStpResolver(mapping: readonly MappingRow[], trusts: ReadonlyMap<string, Pick<TrustRow, 'stp'>>, successions: readonly Succession[]): (provider: string) => { stp: string | null; how: string } {
  const official = new Map(mapping.filter((m) => m.stp).map((m) => [m.provider, m.stp!]));
  const direct = (code: string): string | null => official.get(code) ?? trusts.get(code)?.stp ?? null;
  return (provider) => {
    const o = official.get(provider);
    if (o) return { stp: o, how: 'NHS England mapping' };
    const t = trusts.get(provider)?.stp;
    if (t) return { stp: t, how: 'atlas trust lookup' };
    const preds = successions.filter((s) => s.to === provider).map((s) => s.from);
    const stps = [...new Set(preds.map(direct))];
    if (preds.length > 0 && stps.length === 1 && stps[0]) return { stp: stps[0], how: `predecessors ${preds.sort().join(', ')}` };
    return { stp: null, how: preds.length ? `predecessors ${preds.join(', ')} in different STPs` : 'in no mapping' };
  };
}

/** "2016-04" → "2016-17"; "2017-03" → "2016-17". */
export function financialYear(month: string): string {
  const y = Number(month.slice(0, 4));
  const start = Number(month.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export interface AeSums { att: number; breach: number; att1: number; breach1: number; dta4: number; dta12: number }
const emptySums = (): AeSums => ({ att: 0, breach: 0, att1: 0, breach1: 0, dta4: 0, dta12: 0 });

export function addRow(acc: AeSums, r: AeRow): void {
  acc.att += r.att.t1 + r.att.t2 + r.att.other;
  acc.breach += r.breach.t1 + r.breach.t2 + r.breach.other;
  acc.att1 += r.att.t1;
  acc.breach1 += r.breach.t1;
  acc.dta4 += r.dta4 ?? 0;
  acc.dta12 += r.dta12 ?? 0;
}

/** Pure: sums by `${period}|${stp}` for months and financial years, plus England and the unmapped providers. */
export function sumAe(rows: readonly AeRow[], stpOf: (provider: string) => string | null): { byArea: Map<string, AeSums>; england: Map<string, AeSums>; unmapped: Map<string, Map<string, number>> } {
  const byArea = new Map<string, AeSums>();
  const england = new Map<string, AeSums>();
  const unmapped = new Map<string, Map<string, number>>(); // year → provider → attendances
  const get = (m: Map<string, AeSums>, k: string): AeSums => m.get(k) ?? m.set(k, emptySums()).get(k)!;
  for (const r of rows) {
    const year = financialYear(r.month);
    addRow(get(england, r.month), r);
    addRow(get(england, year), r);
    const stp = stpOf(r.provider);
    if (stp === null) {
      const u = unmapped.get(year) ?? unmapped.set(year, new Map()).get(year)!;
      u.set(r.provider, (u.get(r.provider) ?? 0) + r.att.t1 + r.att.t2 + r.att.other);
      continue;
    }
    addRow(get(byArea, `${r.month}|${stp}`), r);
    addRow(get(byArea, `${year}|${stp}`), r);
  }
  return { byArea, england, unmapped };
}

/** Share seen within 4 hours, % to 2 dp; null with no attendances. */
export function within4h(att: number, breach: number): number | null {
  return att > 0 ? Math.round(10000 * (1 - breach / att)) / 100 : null;
}

/** Months April 2016 … March 2019 as YYYY-MM. */
export function aeMonths(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 36; i++) {
    const m = 3 + i;
    out.push(`${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

export { NHSE_MAPPING };
