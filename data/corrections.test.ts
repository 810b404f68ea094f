// Issue 13: the corrections and the new metrics, checked on a full build from the shared sources.
// Each block would have caught the error it names in the build before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AreaDetailsFile, MetricsFile, Value } from '../src/data/types';
import { buildAll, REPO_ROOT, type BuildResult } from './build';
import { SHARED_DIR, SKIP_SHARED } from './lib/testing';

let out: string;
let result: BuildResult;
let m: MetricsFile;
const stpValues = (key: keyof MetricsFile['values'] & string, period: string): Record<string, Value> => m.values[key as 'backlog']!.stp![period]!;
const sum = (r: Record<string, Value>): number => Object.values(r).reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);

describe.skipIf(SKIP_SHARED)('issue 13 corrections and new metrics', () => {
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'atlas-c13-'));
    result = await buildAll({ sharedDir: SHARED_DIR, outDir: out });
    const main = JSON.parse(result.metricsText) as MetricsFile;
    const details = JSON.parse(result.detailsText) as AreaDetailsFile;
    m = { ...main, ...details, facts: [...main.facts, ...details.facts] } as unknown as MetricsFile;
  }, 90_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('1. loans: both sheets, reconciled with the workbook\'s total sheet; net = drawn − repaid', () => {
    expect(sum(stpValues('deficit_loans', '2016-17'))).toBeCloseTo(3666.239, 2);
    expect(sum(stpValues('deficit_loans_net', '2016-17'))).toBeCloseTo(3666.239 - 1005.026, 2);
    // £4,723.0m on "Data" + £181.9m on the second sheet = the "IRSL (TOTAL)" sheet's £4,904.9m.
    expect(sum(stpValues('deficit_loans_balance', '2016-17'))).toBeCloseTo(4904.929, 2);
    // No STP whose trusts owe second-sheet loans is shown at £0.
    const balance = stpValues('deficit_loans_balance', '2016-17');
    for (const [stp, d] of Object.entries(m.stp_detail!)) {
      const owed = d.loan_trusts.reduce((n, t) => n + t.closing_gbp_m, 0);
      expect(balance[stp], stp).toBeCloseTo(owed, 2);
      if (d.loan_trusts.length > 0) expect(balance[stp], stp).toBeGreaterThan(0);
    }
    // An STP whose only revenue loans are on the second sheet: drawn 0, balance > 0.
    const secondOnly = Object.keys(balance).filter((c) => (balance[c] as number) > 0 && stpValues('deficit_loans', '2016-17')[c] === 0);
    expect(secondOnly.length).toBeGreaterThan(0);
    for (const def of m.metrics.filter((d) => d.key.startsWith('deficit_loans'))) {
      expect(def.notes.join(' ')).not.toMatch(/is complete/);
      expect(def.notes.join(' ')).toMatch(/Not counted: capital loans/);
    }
  });

  it('2. trust → STP: NHS England\'s 2017 mapping and RXT, from the project CSV, printed in the log', () => {
    expect(m.trusts!['RAN']!.stp).toBe('E54000028');
    expect(m.trusts!['RWX']!.stp).toBe('E54000044');
    expect(m.trusts!['RXT']!.stp).toBe('E54000017');
    const csv = readFileSync(path.join(REPO_ROOT, 'data/trust_stp_overrides.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('source');
    for (const code of ['RAN', 'RWX', 'RXT']) expect(result.report.some((l) => l.startsWith(`trust → STP override: ${code} `))).toBe(true);
    // The backlog follows the trust: RAN's 2015/16 backlog is in North Central London's sum.
    expect(m.trust_values!.backlog!['2015-16']!['RAN']).toBeGreaterThan(0);
  });

  it('3. not returned is not zero: the STP is marked incomplete, naming the trust; PFI zeros stay zeros', () => {
    const inc = m.incomplete!.backlog!;
    expect(inc['2014-15']![m.trusts!['RP6']!.stp]).toEqual([expect.objectContaining({ code: 'RP6' })]);
    const in1617 = Object.values(inc['2016-17']!).flat().map((t) => t.code).sort();
    expect(in1617).toEqual(['RTV', 'RV3']);
    expect(inc['2016-17']![m.trusts!['RV3']!.stp]![0]!.reason).toMatch(/all zeros/);
    const all = Object.values(inc).flatMap((p) => Object.values(p).flat().map((t) => t.code));
    expect(all).not.toContain('RN7');
    expect(all).not.toContain('RNA');
    // Every band carries the same marks.
    expect(m.incomplete!.backlog_high_risk).toEqual(inc);
  });

  it('4. the Cumbria split population is "about", to the nearest 1,000, and flagged on its STPs', () => {
    const note = m.metrics.find((d) => d.key === 'population')!.notes[0]!;
    expect(note).toContain('about 365,000');
    expect(note).toContain('about 139,000');
    expect(note).not.toMatch(/365,085|138,967/);
    expect(m.approx_population).toEqual(['E54000047', 'E54000048']);
  });

  it('5. trust values add up to the STP totals they are shares of', () => {
    for (const [key, period] of [['backlog', '2016-17'], ['deficit_loans_balance', '2016-17'], ['trolley_waits_12h', '2016-17']] as const) {
      const byStp = new Map<string, number>();
      for (const [code, v] of Object.entries(m.trust_values![key]![period]!)) byStp.set(m.trusts![code]!.stp, (byStp.get(m.trusts![code]!.stp) ?? 0) + v);
      for (const [stp, v] of Object.entries(stpValues(key, period))) expect(byStp.get(stp) ?? 0, `${key} ${stp}`).toBeCloseTo(v as number, 2);
    }
  });

  it('6. undated events are 2016 facts with their source, outside the timeline', () => {
    const b04 = m.facts.filter((f) => f.id.startsWith('B04'));
    expect(b04.map((f) => f.code).sort()).toEqual(['E38000012', 'E38000013', 'E38000149']);
    for (const f of b04) expect(f).toMatchObject({ undated: true, period: '2016', source: 'HSJ, 2016' });
    expect(m.events!.some((e) => e.id === 'B04')).toBe(false);
    expect(m.facts.filter((f) => f.undated).every((f) => f.source !== '' && f.period)).toBe(true);
  });

  it('A&E: national totals equal NHS England\'s; Leicester, Leicestershire and Rutland worst at type 1 in 2016/17', () => {
    expect(result.report).toContain('A&E 2016/17: England 23362301 attendances, 89.13% within 4 hours (type 1: 83.68%); trolley waits 560093 over 4 hours, 3502 over 12 hours');
    const t1 = stpValues('ae_4h_type1', '2016-17') as Record<string, number>;
    const worst = Object.entries(t1).sort((a, b) => a[1] - b[1])[0]!;
    expect(worst[0]).toBe('E54000015');
    expect(worst[1]).toBeCloseTo(67.8, 1);
    expect(Math.max(...Object.values(t1))).toBeCloseTo(92.7, 1);
    const def = m.metrics.find((d) => d.key === 'ae_4h')!;
    expect(def.direction).toBe('higher_is_better');
    expect(def.periods).toHaveLength(3 + 36);
    expect(def.periods.slice(0, 4)).toEqual(['2016-17', '2017-18', '2018-19', '2016-04']);
    expect(def.periods.at(-1)).toBe('2019-03');
    expect(def.label).toMatch(/hospital location/);
    expect(def.perHead).toBe(false);
    expect(sum(stpValues('trolley_waits_12h', '2016-17'))).toBe(3502);
    // Every month is there for every STP (R0A placed in Greater Manchester keeps it whole after Oct 2017).
    const monthly = JSON.parse(result.monthlyText) as Pick<MetricsFile, 'values'>;
    expect(Object.values(monthly.values.ae_4h!.stp!['2018-03']!).every((v) => typeof v === 'number')).toBe(true);
    // The months are in the lazy file only; the years stay in the first-load file.
    expect(def.lazyPeriods).toHaveLength(36);
    expect(m.values.ae_4h!.stp!['2016-04']).toBeUndefined();
    expect(Object.keys(monthly.values.trolley_waits_12h!.stp!)).toHaveLength(12);
  });

  it('deprivation: Bradford City most deprived CCG; STP is the population-weighted mean', () => {
    const ccg = m.values.deprivation!.ccg!['2015']! as Record<string, number>;
    expect(Object.entries(ccg).sort((a, b) => b[1] - a[1])[0]![0]).toBe('E38000018');
    expect(m.imd!['E38000018']).toEqual({ rank: 1, most_deprived_10pct: expect.any(Number) });
    expect(m.metrics.find((d) => d.key === 'deprivation')!.definition).toMatch(/weighted by their mid-2015 population/);
    // West, North and East Cumbria is Cumbria CCG alone: its mean is Cumbria's score.
    expect(m.values.deprivation!.stp!['2015']!['E54000047']).toBeCloseTo(ccg['E38000041']!, 2);
  });

  it('ratings: 26 of 209 inadequate; partial ratings only as dated facts', () => {
    const r = m.values.ccg_inadequate_2015_16!.ccg!['2015-16']!;
    expect(Object.values(r).filter((v) => v === 'yes')).toHaveLength(26);
    expect(Object.values(r)).toHaveLength(209);
    expect(m.facts.filter((f) => f.id.startsWith('D17-'))).toHaveLength(12);
    expect(m.metrics.some((d) => /dashboard|2016_17/.test(d.key))).toBe(false);
  });

  it('keeps the first-load metrics file no bigger than before issue 13 (28 KB gzipped); months and area details are lazy', () => {
    expect(gzipSync(result.metricsText, { level: 9 }).length).toBeLessThanOrEqual(21_000);
    expect(JSON.parse(result.metricsText)).not.toHaveProperty('events');
    expect(JSON.parse(result.metricsText)).not.toHaveProperty('trusts');
    // details.json also carries the events and vanguards (read by a panel and the events overlay, not the first view).
    expect(gzipSync(result.detailsText, { level: 9 }).length).toBeLessThanOrEqual(40_000);
    expect(gzipSync(result.monthlyText, { level: 9 }).length).toBeLessThanOrEqual(20_000);
  });
});
