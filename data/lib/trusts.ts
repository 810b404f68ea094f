// Trust mergers and acquisitions from April 2016 (ODS successions), for the STP panel's trusts list.
import type { TrustSuccession } from '../../src/data/orgs-types';
import { readCsv } from './csv';

export const TRUST_SUCCESSIONS_FILE = 'reorganisation/trust_successions_2016_2024_ods.csv';

/** "20171001" → "2017-10-01". */
function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Each trust's successors by date, as ODS gives them (a trust split between two successors on one day has two). */
export function readTrustSuccessions(dir: string): Record<string, TrustSuccession[]> {
  const rows = readCsv(dir, TRUST_SUCCESSIONS_FILE, {
    columns: ['trust_code', 'succession_date', 'successor_code', 'successor_name_ods'],
    nonEmpty: ['trust_code', 'succession_date', 'successor_code', 'successor_name_ods'],
    patterns: { succession_date: /^20\d{6}$/, trust_code: /^[0-9A-Z]{3,5}$/, successor_code: /^[0-9A-Z]{3,5}$/ },
  });
  const out: Record<string, TrustSuccession[]> = {};
  for (const row of rows) {
    (out[row.get('trust_code')] ??= []).push({ date: isoDate(row.get('succession_date')), successor: row.get('successor_code'), successorName: row.get('successor_name_ods') });
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.date.localeCompare(b.date) || a.successor.localeCompare(b.successor));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
