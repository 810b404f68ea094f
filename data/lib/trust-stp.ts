// Trust → STP: the atlas lookup, corrected by the project's override list (data/trust_stp_overrides.csv).
// NHS England's own 2017 provider→STP mapping takes precedence for every trust it lists; the
// override list must record each such move, and every other correction, with its source.
import { readCsv } from './csv';
import { fail } from './errors';
import { STP_CODE, TRUST_CODE, type TrustRow } from './sources';

export const OVERRIDES_FILE = 'data/trust_stp_overrides.csv';
export const NHSE_MAPPING = 'performance/nhse_ae_provider_to_stp_mapping_2017.csv';

export interface Override { trust: string; name: string; from: string; to: string; source: string; line: number }
export interface MappingRow { provider: string; name: string; stp: string | null; line: number }

export function readOverrides(repoRoot: string): Override[] {
  return readCsv(repoRoot, OVERRIDES_FILE, {
    columns: ['trust_code', 'trust_name', 'from_stp17cd', 'to_stp17cd', 'source'],
    nonEmpty: ['trust_code', 'from_stp17cd', 'to_stp17cd', 'source'],
    patterns: { trust_code: TRUST_CODE, from_stp17cd: STP_CODE, to_stp17cd: STP_CODE },
  }).map((r) => ({ trust: r.get('trust_code'), name: r.get('trust_name'), from: r.get('from_stp17cd'), to: r.get('to_stp17cd'), source: r.get('source'), line: r.line }));
}

export function readNhseMapping(dir: string): MappingRow[] {
  return readCsv(dir, NHSE_MAPPING, {
    columns: ['org_code', 'org_name_nhse', 'stp17cd'],
    nonEmpty: ['org_code'],
    patterns: { stp17cd: STP_CODE },
  }).map((r) => ({ provider: r.get('org_code'), name: r.get('org_name_nhse'), stp: r.get('stp17cd') || null, line: r.line }));
}

/**
 * Pure: apply the overrides to the lookup (in place) and return one log line per move. Fails when
 * NHS England's mapping disagrees with the corrected lookup for a trust it lists (an override is
 * missing), or when an override's "from" is not what the lookup says (the list is stale).
 */
export function applyTrustOverrides(trusts: Map<string, TrustRow>, mapping: readonly MappingRow[], overrides: readonly Override[]): string[] {
  const moves: string[] = [];
  const seen = new Set<string>();
  for (const o of overrides) {
    const t = trusts.get(o.trust);
    if (!t) fail(`${OVERRIDES_FILE} line ${o.line}: unknown trust ${o.trust}`);
    if (seen.has(o.trust)) fail(`${OVERRIDES_FILE} line ${o.line}: ${o.trust} listed twice`);
    seen.add(o.trust);
    if (t.lookupStp !== o.from) fail(`${OVERRIDES_FILE} line ${o.line}: ${o.trust} is in ${t.lookupStp} in the lookup, not ${o.from}`);
    t.stp = o.to;
    moves.push(`trust → STP override: ${o.trust} ${o.name} ${o.from} → ${o.to} (${o.source})`);
  }
  for (const m of mapping) {
    const t = trusts.get(m.provider);
    if (!t || !m.stp || t.stp === m.stp) continue;
    fail(`${NHSE_MAPPING} line ${m.line}: NHS England maps ${m.provider} to ${m.stp} but the atlas puts it in ${t.stp}; add the move to ${OVERRIDES_FILE}`);
  }
  return moves;
}
