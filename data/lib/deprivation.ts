// Deprivation (IMD 2015) by CCG, and its population-weighted mean by STP.
import type { ImdDetail, MetricDef, ValueTable } from '../../src/data/types';
import { readCsv, num } from './csv';
import { fail } from './errors';
import { round } from './geom';
import { CCG_CODE } from './sources';

export const IMD_FILE = 'deprivation/imd2015_by_ccg16.csv';
export const IMD_PERIOD = '2015';

export interface ImdRow { ccg: string; score: number; rank: number; share10: number; line: number }

export function readImd(dir: string): ImdRow[] {
  const cols = ['imd_average_score', 'imd_rank_of_average_score', 'imd_proportion_of_lsoas_in_most_deprived_10pct_nationally'];
  return readCsv(dir, IMD_FILE, { columns: ['ccg16cd', ...cols], numeric: cols, patterns: { ccg16cd: CCG_CODE } }).map((r) => ({
    ccg: r.get('ccg16cd'), score: num(r, cols[0]!), rank: num(r, cols[1]!), share10: num(r, cols[2]!), line: r.line,
  }));
}

/**
 * Pure: population-weighted mean of the CCGs' scores for each STP. `parts` gives each CCG's people in
 * each STP (a split CCG, Cumbria, is weighted by its part in each).
 */
export function weightedStpScores(scores: ReadonlyMap<string, number>, parts: readonly { ccg: string; stp: string; people: number }[]): Map<string, number> {
  const acc = new Map<string, { w: number; sum: number }>();
  for (const p of parts) {
    const score = scores.get(p.ccg);
    if (score === undefined) fail(`${IMD_FILE}: no score for CCG ${p.ccg}`);
    const a = acc.get(p.stp) ?? { w: 0, sum: 0 };
    a.w += p.people;
    a.sum += p.people * score;
    acc.set(p.stp, a);
  }
  return new Map([...acc].map(([stp, a]) => [stp, a.sum / a.w]));
}

export function buildDeprivation(rows: readonly ImdRow[], ccgCodes: readonly string[], stpCodes: readonly string[], parts: readonly { ccg: string; stp: string; people: number }[]): { def: MetricDef; values: ValueTable; imd: Record<string, ImdDetail>; report: string[] } {
  const byCcg = new Map(rows.map((r) => [r.ccg, r]));
  for (const c of ccgCodes) if (!byCcg.has(c)) fail(`${IMD_FILE}: no row for CCG ${c}`);
  if (rows.length !== ccgCodes.length) fail(`${IMD_FILE}: ${rows.length} rows, expected ${ccgCodes.length}`);
  const stp = weightedStpScores(new Map(rows.map((r) => [r.ccg, r.score])), parts);
  const imd: Record<string, ImdDetail> = {};
  for (const c of ccgCodes) imd[c] = { rank: byCcg.get(c)!.rank, most_deprived_10pct: round(100 * byCcg.get(c)!.share10, 1) };
  const values: ValueTable = {
    deprivation: {
      stp: { [IMD_PERIOD]: Object.fromEntries(stpCodes.map((c) => [c, round(stp.get(c)!, 2)])) },
      ccg: { [IMD_PERIOD]: Object.fromEntries(ccgCodes.map((c) => [c, byCcg.get(c)!.score])) },
    },
  };
  const top = [...rows].sort((a, b) => a.rank - b.rank).slice(0, 3).map((r) => `${r.ccg} ${r.score}`);
  const def: MetricDef = {
    key: 'deprivation',
    label: 'Deprivation (average IMD score)',
    definition:
      'English Indices of Deprivation 2015: the CCG\'s average score (higher = more deprived), DCLG\'s population-weighted summary of its neighbourhoods\' scores. For an STP: the mean of its CCGs\' average scores weighted by their mid-2015 population.',
    kind: 'numeric',
    unit: 'score',
    levels: ['stp', 'ccg'],
    periods: [IMD_PERIOD],
    periodLabels: { [IMD_PERIOD]: 'IMD 2015' },
    defaultPeriod: IMD_PERIOD,
    perHead: false,
    direction: 'higher_is_worse',
    sources: ['imd_2015', 'ons_population'],
    notes: [
      'The STP figure is a population-weighted mean of CCG scores, not a DCLG statistic; NHS Cumbria CCG is weighted by its area-share split between its two STPs.',
      'The IMD 2015 uses mostly 2012/13 data. Rank 1 of 209 = most deprived CCG.',
    ],
  };
  return { def, values, imd, report: [`deprivation: most deprived CCGs by IMD 2015 average score ${top.join(', ')}; STP = population-weighted mean`] };
}
