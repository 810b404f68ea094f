// The metrics added for the 2016/17 story beyond money: A&E pressure, deprivation and the 2015/16
// CCG ratings, read from ../shared/data/{performance,deprivation,reorganisation}.
import type { Fact, ImdDetail, MetricDef, TrustInfo, TrustValueTable, ValueTable } from '../../src/data/types';
import { providerStpResolver, readNhseAe, readNhsrAe, readSuccessions } from './ae';
import { buildAeMetrics } from './ae-metrics';
import { buildDeprivation, readImd } from './deprivation';
import type { Joined } from './join';
import { splitCount } from './metrics';
import { buildRatings, readCcgRatings, readStpDashboard } from './ratings';
import { CUMBRIA, type Sources } from './sources';
import type { MappingRow } from './trust-stp';

export interface ExtraMetrics {
  defs: MetricDef[];
  values: ValueTable;
  trustValues: TrustValueTable;
  /** A&E providers that are not in the trust list but have trolley waits to show. */
  providers: Record<string, TrustInfo>;
  facts: Fact[];
  imd: Record<string, ImdDetail>;
  /** Providers in no STP mapping, with their share of attendances, by year (for data/DATA.md). */
  unmapped: string[];
  report: string[];
}

export function buildExtraMetrics(dir: string, s: Sources, joined: Joined, cumbriaSplit: Record<string, number>, mapping: readonly MappingRow[]): ExtraMetrics {
  const { ccgCodes, stpCodes } = joined;
  const resolve = providerStpResolver(mapping, s.trusts, readSuccessions(dir));
  const ae = buildAeMetrics(readNhseAe(dir), readNhsrAe(dir), (p) => resolve(p).stp, stpCodes);
  const providers: Record<string, TrustInfo> = {};
  for (const table of [ae.trustValues.trolley_waits_4h, ae.trustValues.trolley_waits_12h]) {
    for (const code of Object.keys(table?.['2016-17'] ?? {})) {
      if (!s.trusts.has(code)) providers[code] = { name: ae.providerNames.get(code) ?? code, stp: resolve(code).stp!, type: 'A&E provider' };
    }
  }
  const cumbriaParts = splitCount(s.population.get(CUMBRIA)!, cumbriaSplit);
  const parts = [...s.ccgs.values()].flatMap((row) => row.stps.map((stp) => ({ ccg: row.code, stp, people: row.code === CUMBRIA ? cumbriaParts[stp]! : s.population.get(row.code)! })));
  const dep = buildDeprivation(readImd(dir), ccgCodes, stpCodes, parts);
  const ratings = buildRatings(readCcgRatings(dir), readStpDashboard(dir), ccgCodes, stpCodes);
  const r0a = resolve('R0A');
  return {
    defs: [...ae.defs, dep.def, ratings.def],
    values: { ...ae.values, ...dep.values, ...ratings.values },
    trustValues: ae.trustValues,
    providers,
    facts: ratings.facts,
    imd: dep.imd,
    unmapped: ae.unmapped,
    report: [...ae.report, `A&E: R0A placed in ${r0a.stp} (${r0a.how})`, ...dep.report, ...ratings.report],
  };
}
