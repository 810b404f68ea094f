// Published ratings: the complete 2015/16 "inadequate" list as a CCG metric; the partial lists
// (other 2015/16 ratings, CCG 2016/17, the July 2017 STP progress dashboard) as dated facts only.
import type { Fact, MetricDef, ValueTable } from '../../src/data/types';
import { readCsv } from './csv';
import { fail } from './errors';
import { CCG_CODE, STP_CODE } from './sources';

export const CCG_RATINGS = 'reorganisation/ccg_headline_ratings_2015_16_2016_17_partial.csv';
export const STP_DASHBOARD = 'reorganisation/stp_progress_dashboard_jul2017_partial.csv';
export const INADEQUATE_PERIOD = '2015-16';
export const N_INADEQUATE_2015_16 = 26;

export interface CcgRating { ccg: string; name: string; year: string; rating: string; reportedBy: string; url: string; note: string; line: number }
export interface StpRating { stp: string; name: string; rating: string; reportedBy: string; url: string; line: number }

export function readCcgRatings(dir: string): CcgRating[] {
  return readCsv(dir, CCG_RATINGS, {
    columns: ['ccg16cd', 'ccg16nm', 'assessment_year', 'headline_rating', 'reported_by', 'urls', 'note'],
    nonEmpty: ['ccg16cd', 'assessment_year', 'headline_rating', 'reported_by'],
    patterns: { ccg16cd: CCG_CODE, assessment_year: /^\d{4}\/\d{2}$/ },
  }).map((r) => ({ ccg: r.get('ccg16cd'), name: r.get('ccg16nm'), year: r.get('assessment_year'), rating: r.get('headline_rating'), reportedBy: r.get('reported_by'), url: firstUrl(r.get('urls')), note: r.get('note'), line: r.line }));
}

export function readStpDashboard(dir: string): StpRating[] {
  return readCsv(dir, STP_DASHBOARD, {
    columns: ['stp17cd', 'stp17nm', 'overall_rating_jul2017', 'reported_by', 'urls'],
    nonEmpty: ['stp17cd', 'overall_rating_jul2017', 'reported_by'],
    patterns: { stp17cd: STP_CODE },
  }).map((r) => ({ stp: r.get('stp17cd'), name: r.get('stp17nm'), rating: r.get('overall_rating_jul2017'), reportedBy: r.get('reported_by'), url: firstUrl(r.get('urls')), line: r.line }));
}

const firstUrl = (s: string): string => s.split(/\s*;\s*|\s+/).find((u) => u.startsWith('http')) ?? '';

export function buildRatings(ccgRatings: readonly CcgRating[], dashboard: readonly StpRating[], ccgCodes: readonly string[], stpCodes: readonly string[]): { def: MetricDef; values: ValueTable; facts: Fact[]; report: string[] } {
  const known = new Set(ccgCodes);
  for (const r of ccgRatings) if (!known.has(r.ccg)) fail(`${CCG_RATINGS} line ${r.line}: unknown CCG code "${r.ccg}"`);
  for (const r of dashboard) if (!stpCodes.includes(r.stp)) fail(`${STP_DASHBOARD} line ${r.line}: unknown STP code "${r.stp}"`);
  const inadequate = new Set(ccgRatings.filter((r) => r.year === '2015/16' && r.rating === 'Inadequate').map((r) => r.ccg));
  if (inadequate.size !== N_INADEQUATE_2015_16) fail(`${CCG_RATINGS}: ${inadequate.size} CCGs rated Inadequate for 2015/16, expected the ${N_INADEQUATE_2015_16} HSJ lists`);
  const values: ValueTable = {
    ccg_inadequate_2015_16: { ccg: { [INADEQUATE_PERIOD]: Object.fromEntries(ccgCodes.map((c) => [c, inadequate.has(c) ? 'yes' : 'no'])) } },
  };
  const facts: Fact[] = [
    ...ccgRatings.map((r): Fact => ({
      id: `R${r.year.slice(2, 4)}${r.year.slice(5, 7)}-${r.ccg}`,
      level: 'ccg',
      code: r.ccg,
      text: `Rated "${r.rating}" in NHS England's ${r.year} CCG assessment${r.year === '2016/17' ? ' (improvement and assessment framework)' : ''}.`,
      period: r.year === '2015/16' ? 'Jul 2016' : 'Jul 2017',
      source: r.reportedBy,
      ...(r.url ? { url: r.url } : {}),
    })),
    ...dashboard.map((r): Fact => ({
      id: `D17-${r.stp}`,
      level: 'stp',
      code: r.stp,
      text: `Rated "${r.rating}" in NHS England's first STP progress dashboard (baseline, 21 July 2017). Only 12 of the 44 ratings are in stored sources; the others are not imputed.`,
      period: 'Jul 2017',
      source: r.reportedBy,
      ...(r.url ? { url: r.url } : {}),
    })),
  ];
  const def: MetricDef = {
    key: 'ccg_inadequate_2015_16',
    label: 'CCG rated inadequate (NHS England assessment)',
    definition: 'One of the 26 CCGs (of 209) rated "inadequate" in NHS England\'s 2015/16 annual assessment, published July 2016, as listed by HSJ. The list of that rating is complete; every other CCG had another rating.',
    kind: 'categorical',
    unit: 'yesno',
    levels: ['ccg'],
    periods: [INADEQUATE_PERIOD],
    periodLabels: { [INADEQUATE_PERIOD]: '2015/16' },
    defaultPeriod: INADEQUATE_PERIOD,
    perHead: false,
    categories: [
      { value: 'yes', label: 'Rated inadequate' },
      { value: 'no', label: 'Not rated inadequate' },
    ],
    sources: ['hsj_ccg_ratings_2015_16'],
    notes: [
      'HSJ gives 26 inadequate, 91 requires improvement, 82 good and 10 outstanding. Clarke Willmott LLP\'s list of the same month differs: it names North Kirklees but not North Hampshire or Northumberland; HSJ\'s list is used.',
      'Other published ratings (CCGs 2016/17, the July 2017 STP progress dashboard) are known only in part, so they appear as dated facts in the panel, never on the map.',
    ],
  };
  return { def, values, facts, report: [`ratings: ${inadequate.size} CCGs rated inadequate 2015/16; ${ccgRatings.length - inadequate.size} other CCG ratings and ${dashboard.length} STP dashboard ratings as dated facts`] };
}
