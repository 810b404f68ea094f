// Revenue loans by STP: pure sums of the trusts' loans (from data/lib/loans.ts) under the trust → STP assignment.
import type { StpDetail } from '../../src/data/types';
import { fail } from './errors';
import { round } from './geom';
import { LOAN_WORKBOOK, type TrustLoans } from './loans';

export interface StpLoans {
  drawnK: Map<string, number>;
  netK: Map<string, number>;
  closingK: Map<string, number>;
  trusts: Map<string, StpDetail['loan_trusts']>;
  report: string[];
}

/**
 * Drawn, net new borrowing (drawn − repaid) and balance owed at 31 March 2017 by STP. A trust in no
 * lookup is allowed only with nothing owed or drawn (RV8, merged into R1K in 2014, has a nil row).
 */
export function sumLoansByStp(trusts: readonly TrustLoans[], stpOf: (trust: string) => string | null, stpCodes: readonly string[]): StpLoans {
  const zero = () => new Map(stpCodes.map((c) => [c, 0]));
  const out: StpLoans = { drawnK: zero(), netK: zero(), closingK: zero(), trusts: new Map(stpCodes.map((c) => [c, []])), report: [] };
  let drawn = 0, repaid = 0, closing = 0;
  const ignored: string[] = [];
  for (const t of trusts) {
    const stp = stpOf(t.code);
    if (stp === null) {
      if (t.drawnK !== 0 || t.closingK !== 0) fail(`${LOAN_WORKBOOK}: trust ${t.code} (${t.name}) has loans but is in no trust → STP lookup`);
      ignored.push(t.code);
      continue;
    }
    const add = (m: Map<string, number>, v: number) => m.set(stp, m.get(stp)! + v);
    add(out.drawnK, t.drawnK);
    add(out.netK, t.drawnK - t.repaidK);
    add(out.closingK, t.closingK);
    drawn += t.drawnK; repaid += t.repaidK; closing += t.closingK;
    if (t.closingK !== 0 || t.drawnK !== 0) {
      out.trusts.get(stp)!.push({ code: t.code, drawn_gbp_m: round(t.drawnK / 1000, 3), net_gbp_m: round((t.drawnK - t.repaidK) / 1000, 3), closing_gbp_m: round(t.closingK / 1000, 3) });
    }
  }
  const noLoan = stpCodes.filter((c) => out.closingK.get(c) === 0 && out.drawnK.get(c) === 0);
  const balanceOnly = trusts.filter((t) => t.balanceOnly && t.closingK !== 0).map((t) => t.code);
  out.report.push(
    `revenue loans 2016/17: ${trusts.length - ignored.length} trusts; drawn £${drawn}k, repaid £${repaid}k, net new borrowing £${drawn - repaid}k, owed at 31 Mar 2017 £${closing}k (both sheets; equals sheet "IRSL (TOTAL)")`,
    `revenue loans: ${balanceOnly.length} trusts owe only second-sheet loans (${balanceOnly.join(' ')}); nil rows for trusts in no lookup: ${ignored.join(' ') || 'none'}; STPs with no revenue loan at all: ${noLoan.length}`,
  );
  return out;
}
