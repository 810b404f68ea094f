// Trust mergers and acquisitions from April 2016 (ODS successions): for the STP panel's trusts list
// (orgs.json) and as dated events of category trust_merger in the events layer (details.json).
import type { TrustSuccession } from '../../src/data/orgs-types';
import type { AtlasEvent } from '../../src/data/types';
import { formatDate, titleCase } from '../../src/domain/format';
import { readCsv } from './csv';
import { fail } from './errors';

export const TRUST_SUCCESSIONS_FILE = 'reorganisation/trust_successions_2016_2024_ods.csv';
export const TRUST_MERGER_SOURCE = 'NHS Digital, Organisation Data Service: trust successions (succ.csv)';

/** One row of the file: a trust and one of its successors on a date. Names as ODS writes them (upper case). */
export interface TrustSuccessionRow {
  trust: string;
  name: string;
  date: string;
  successor: string;
  successorName: string;
  line: number;
}

/** "20171001" → "2017-10-01". */
function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

export function readTrustSuccessionRows(dir: string): TrustSuccessionRow[] {
  const rows = readCsv(dir, TRUST_SUCCESSIONS_FILE, {
    columns: ['trust_code', 'trust_name', 'succession_date', 'successor_code', 'successor_name_ods'],
    nonEmpty: ['trust_code', 'trust_name', 'succession_date', 'successor_code', 'successor_name_ods'],
    patterns: { succession_date: /^20\d{6}$/, trust_code: /^[0-9A-Z]{3,5}$/, successor_code: /^[0-9A-Z]{3,5}$/ },
  });
  return rows.map((row) => ({
    trust: row.get('trust_code'), name: row.get('trust_name'), date: isoDate(row.get('succession_date')),
    successor: row.get('successor_code'), successorName: row.get('successor_name_ods'), line: row.line,
  }));
}

/** Each trust's successors by date, as ODS gives them (a trust split between two successors on one day has two). */
export function trustSuccessionsByTrust(rows: readonly TrustSuccessionRow[]): Record<string, TrustSuccession[]> {
  const out: Record<string, TrustSuccession[]> = {};
  for (const row of rows) (out[row.trust] ??= []).push({ date: row.date, successor: row.successor, successorName: row.successorName });
  for (const list of Object.values(out)) list.sort((a, b) => a.date.localeCompare(b.date) || a.successor.localeCompare(b.successor));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function readTrustSuccessions(dir: string): Record<string, TrustSuccession[]> {
  return trustSuccessionsByTrust(readTrustSuccessionRows(dir));
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One trust's successors on one date. */
interface TrustStep { trust: string; name: string; date: string; successors: { code: string; name: string }[]; line: number }

/**
 * The trust mergers as dated events: the trusts that went into the same successor(s) on the same day
 * are one event ("A and B merged into C"; a trust split between two successors: "A split between C and
 * D"), on the STPs of every trust involved — the predecessors' STPs, then the successors' where the
 * trust-to-STP lookup has them (a successor formed by the merger, such as R0A, is not in it). Ids T01… in date order.
 */
export function trustMergerEvents(rows: readonly TrustSuccessionRow[], stpOf: (trust: string) => string | undefined): AtlasEvent[] {
  const steps = new Map<string, TrustStep>();
  for (const r of rows) {
    const key = `${r.date}|${r.trust}`;
    const step = steps.get(key) ?? { trust: r.trust, name: r.name, date: r.date, successors: [], line: r.line };
    step.successors.push({ code: r.successor, name: r.successorName });
    steps.set(key, step);
  }
  const groups = new Map<string, TrustStep[]>();
  for (const step of steps.values()) {
    step.successors.sort((a, b) => a.code.localeCompare(b.code));
    const key = `${step.date}|${step.successors.map((s) => s.code).join('+')}`;
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group.sort((a, b) => a.trust.localeCompare(b.trust)));
  return ordered.map((group, i) => {
    const { date, successors } = group[0]!;
    const stps = group.map((step) => stpOf(step.trust) ?? fail(`${TRUST_SUCCESSIONS_FILE} line ${step.line}: trust ${step.trust} has no STP in the trust-to-STP lookup`));
    for (const s of successors) {
      const stp = stpOf(s.code);
      if (stp) stps.push(stp);
    }
    const names = andList(group.map((step) => titleCase(step.name)));
    const into = andList(successors.map((s) => titleCase(s.name)));
    const verb = successors.length === 1 ? 'merged into' : 'split between';
    return {
      id: `T${String(i + 1).padStart(2, '0')}`,
      category: 'trust_merger',
      date,
      areas: [...new Set(stps)],
      title: `${names} ${verb} ${into}`,
      text: `ODS records ${andList(group.map((step) => step.trust))} succeeded by ${andList(successors.map((s) => s.code))} on ${formatDate(date)} (ODS does not tell a merger from an acquisition).`,
      source: TRUST_MERGER_SOURCE,
    };
  });
}
