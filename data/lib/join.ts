// Join checks: counts, parents/children, and every code in every source matching a feature.
import { fail } from './errors';
import { F, CUMBRIA, type Sources } from './sources';

export const N_CCG = 209;
export const N_STP = 44;

export interface Joined {
  /** CCG codes in code order. */
  ccgCodes: string[];
  /** STP codes in code order. */
  stpCodes: string[];
  /** STP → CCG children (Cumbria under both of its STPs), in code order. */
  children: Map<string, string[]>;
}

export function checkJoins(s: Sources): Joined {
  const ccgCodes = s.ccgGeo.map((f) => f.properties['ccg16cd'] as string).sort();
  const stpCodes = s.stpGeo.map((f) => f.properties['stp17cd'] as string).sort();
  if (ccgCodes.length !== N_CCG) fail(`${F.ccgGeo}: expected ${N_CCG} CCG features, found ${ccgCodes.length}`);
  if (stpCodes.length !== N_STP) fail(`${F.stpGeo}: expected ${N_STP} STP features, found ${stpCodes.length}`);
  const isCcg = new Set(ccgCodes);
  const isStp = new Set(stpCodes);

  const ccg = (file: string, line: number, code: string): void => {
    if (!isCcg.has(code)) fail(`${file} line ${line}: unknown CCG code "${code}" (no such feature in ${F.ccgGeo})`);
  };
  const stp = (file: string, line: number, code: string): void => {
    if (!isStp.has(code)) fail(`${file} line ${line}: unknown STP code "${code}" (no such feature in ${F.stpGeo})`);
  };
  const trust = (file: string, line: number, code: string): void => {
    if (!s.trusts.has(code)) fail(`${file} line ${line}: unknown trust code "${code}" (not in ${F.trustLookup})`);
  };

  // Lookup: every CCG feature has a parent; every listed CCG and STP exists.
  for (const c of ccgCodes) if (!s.ccgs.has(c)) fail(`${F.lookup}: CCG ${c} has no parent STP`);
  const children = new Map<string, string[]>(stpCodes.map((c) => [c, []]));
  for (const row of s.ccgs.values()) {
    ccg(F.lookup, row.line, row.code);
    for (const p of row.stps) {
      stp(F.lookup, row.line, p);
      children.get(p)!.push(row.code);
    }
    if (row.stps.length > 1 && row.code !== CUMBRIA) fail(`${F.lookup} line ${row.line}: ${row.code} is listed under ${row.stps.length} STPs; only NHS Cumbria CCG (${CUMBRIA}) may be`);
  }
  const cumbria = s.ccgs.get(CUMBRIA);
  if (!cumbria || cumbria.stps.length !== 2) fail(`${F.lookup}: NHS Cumbria CCG (${CUMBRIA}) must be listed under exactly two STPs`);
  for (const [code, kids] of children) {
    if (kids.length === 0) fail(`${F.lookup}: STP ${code} has no CCGs`);
    kids.sort();
  }
  // Names: every STP in the names file and vice versa.
  for (const row of s.stps.values()) stp(F.stpNames, row.line, row.code);
  for (const c of stpCodes) if (!s.stps.has(c)) fail(`${F.stpNames}: STP ${c} missing`);
  // Population: every CCG exactly once.
  for (const [c, line] of s.populationLine) ccg(F.population, line, c);
  for (const c of ccgCodes) if (!s.population.has(c)) fail(`${F.population}: no population for CCG ${c}`);
  // Trusts.
  for (const t of s.trusts.values()) stp(F.trustLookup, t.line, t.stp);
  for (const r of s.eric) trust(F.eric, r.line, r.trust);
  for (const r of s.backlogStp) {
    stp(F.backlogStp, r.line, r.stp);
    for (const t of r.trusts) trust(F.backlogStp, r.line, t);
  }
  for (const r of s.interim) ccg(F.ccgSummary, r.line, r.ccg);
  for (const v of s.vanguards) {
    for (const c of v.ccgs) ccg(F.vanguards, v.line, c);
    if (v.stp) stp(F.vanguards, v.line, v.stp);
  }
  for (const e of s.events) {
    if (e.level === 'CCG') ccg(F.events, e.line, e.code);
    else if (e.level === 'STP') stp(F.events, e.line, e.code);
    else if (e.code !== 'E92000001') fail(`${F.events} line ${e.line}: England row must have code E92000001, has "${e.code}"`);
  }
  for (const r of s.providerFacts) {
    trust(F.providerFacts, r.line, r.trust);
    stp(F.providerFacts, r.line, r.stp);
  }
  for (const r of s.leaders) stp(F.leaders, r.line, r.stp);
  return { ccgCodes, stpCodes, children };
}
