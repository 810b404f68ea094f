// Revenue loans to trusts, 2016/17, read from the DH section 40 workbook itself (both loan sheets),
// checked against the workbook's own total sheet. Reading is at the edge (readLoanWorkbook); the
// sums are pure (sumLoans) so a test can feed them rows.
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { fail } from './errors';

export const LOAN_WORKBOOK = 'metrics/trust_revenue_support_loans_2016_17_bbc_section40.xlsx';
export const SHEET_DATA = 'Data';
export const SHEET_OTHER = 'Normal course of business to ad';
export const SHEET_TOTAL = 'IRSL (TOTAL)';

/** One revenue loan row (£ thousands). The second sheet gives only a closing balance: drawn and repaid are null there. */
export interface LoanLine {
  sheet: string;
  /** 1-based row in the sheet, for messages. */
  row: number;
  trust: string;
  name: string;
  drawnK: number | null;
  repaidK: number | null;
  closingK: number;
}

export interface LoanWorkbook {
  lines: LoanLine[];
  /** The total sheet: closing balance of revenue loans by trust code (duplicate codes summed). */
  totalK: Map<string, number>;
}

export interface TrustLoans {
  code: string;
  name: string;
  drawnK: number;
  repaidK: number;
  closingK: number;
  /** True when the trust's only revenue loans are on the second sheet (balance only). */
  balanceOnly: boolean;
}

type Cell = string | number | boolean | Date | null;

/** "-" (the workbook's nil), empty or a number; anything else stops the build. */
export function loanAmount(cell: Cell, where: string): number | null {
  if (cell === null || cell === '' || cell === '-' || (typeof cell === 'string' && cell.trim() === '-')) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell.trim())) return Number(cell.trim());
  return fail(`${where}: "${String(cell)}" is not an amount`);
}

function header(rows: Cell[][], sheet: string, wanted: readonly string[]): { at: number; col: Map<string, number> } {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const names = (rows[i] ?? []).map((c) => String(c ?? '').trim());
    if (wanted.every((w) => names.includes(w))) return { at: i, col: new Map(wanted.map((w) => [w, names.indexOf(w)])) };
  }
  return fail(`${LOAN_WORKBOOK} sheet "${sheet}": no header row with ${wanted.map((w) => `"${w}"`).join(', ')}`);
}

/** Pure: the three sheets' rows (as read) → revenue loan lines and the total sheet. */
export function parseLoanSheets(data: Cell[][], other: Cell[][], total: Cell[][]): LoanWorkbook {
  const lines: LoanLine[] = [];
  const d = header(data, SHEET_DATA, ['Org Name', 'Code', 'Loan Type', 'Drawn in Year 2016-17', 'Repaid in Year 2016-17', 'SUM of Closing balance @31/03/2017']);
  data.slice(d.at + 1).forEach((r, i) => {
    const row = d.at + 2 + i;
    const code = String(r[d.col.get('Code')!] ?? '').trim();
    if (code === '') return;
    const where = `${LOAN_WORKBOOK} sheet "${SHEET_DATA}" row ${row}`;
    const type = String(r[d.col.get('Loan Type')!] ?? '').trim();
    if (type !== 'Rev') fail(`${where}: loan type "${type}", expected "Rev"`);
    lines.push({
      sheet: SHEET_DATA, row, trust: code, name: String(r[d.col.get('Org Name')!] ?? '').trim(),
      drawnK: loanAmount(r[d.col.get('Drawn in Year 2016-17')!] ?? null, where) ?? 0,
      repaidK: loanAmount(r[d.col.get('Repaid in Year 2016-17')!] ?? null, where) ?? 0,
      closingK: loanAmount(r[d.col.get('SUM of Closing balance @31/03/2017')!] ?? null, where) ?? 0,
    });
  });
  const o = header(other, SHEET_OTHER, ['Trust Name', 'Org code', 'Loan type', 'Closing balance as of 31/03/17']);
  other.slice(o.at + 1).forEach((r, i) => {
    const row = o.at + 2 + i;
    const code = String(r[o.col.get('Org code')!] ?? '').trim();
    const type = String(r[o.col.get('Loan type')!] ?? '').trim();
    if (code === '' || type === 'Cap') return;
    const where = `${LOAN_WORKBOOK} sheet "${SHEET_OTHER}" row ${row}`;
    if (type !== 'Rev') fail(`${where}: loan type "${type}", expected "Rev" or "Cap"`);
    lines.push({
      sheet: SHEET_OTHER, row, trust: code, name: String(r[o.col.get('Trust Name')!] ?? '').trim(),
      drawnK: null, repaidK: null, closingK: loanAmount(r[o.col.get('Closing balance as of 31/03/17')!] ?? null, where) ?? 0,
    });
  });
  const t = header(total, SHEET_TOTAL, ['Org code', 'SUM of Closing balance @31/03/2017']);
  const totalK = new Map<string, number>();
  total.slice(t.at + 1).forEach((r, i) => {
    const code = String(r[t.col.get('Org code')!] ?? '').trim();
    if (code === '' || /total/i.test(code)) return;
    const v = loanAmount(r[t.col.get('SUM of Closing balance @31/03/2017')!] ?? null, `${LOAN_WORKBOOK} sheet "${SHEET_TOTAL}" row ${t.at + 2 + i}`) ?? 0;
    totalK.set(code, (totalK.get(code) ?? 0) + v);
  });
  return { lines, totalK };
}

export async function readLoanWorkbook(dir: string): Promise<LoanWorkbook> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(path.join(dir, LOAN_WORKBOOK))) as { sheet: string; data: Cell[][] }[];
  } catch (e) {
    return fail(`${LOAN_WORKBOOK}: cannot read the workbook (${(e as Error).message})`);
  }
  const sheet = (name: string): Cell[][] => sheets.find((x) => x.sheet === name)?.data ?? fail(`${LOAN_WORKBOOK}: no sheet "${name}" (sheets: ${sheets.map((x) => x.sheet).join(', ')})`);
  return parseLoanSheets(sheet(SHEET_DATA), sheet(SHEET_OTHER), sheet(SHEET_TOTAL));
}

/**
 * Pure: loan lines summed by trust, checked trust by trust against the workbook's total sheet
 * (closing balance of both sheets = the total sheet's figure, to £1k).
 */
export function sumLoans(book: LoanWorkbook): TrustLoans[] {
  const byTrust = new Map<string, TrustLoans>();
  for (const l of book.lines) {
    const t = byTrust.get(l.trust) ?? { code: l.trust, name: l.name, drawnK: 0, repaidK: 0, closingK: 0, balanceOnly: true };
    if (l.sheet === SHEET_DATA) t.balanceOnly = false;
    t.drawnK += l.drawnK ?? 0;
    t.repaidK += l.repaidK ?? 0;
    t.closingK += l.closingK;
    byTrust.set(l.trust, t);
  }
  for (const code of new Set([...byTrust.keys(), ...book.totalK.keys()])) {
    const mine = byTrust.get(code)?.closingK ?? 0;
    const theirs = book.totalK.get(code) ?? 0;
    if (Math.abs(mine - theirs) > 1) {
      fail(`${LOAN_WORKBOOK}: ${code} owes £${mine}k on the two loan sheets but £${theirs}k on sheet "${SHEET_TOTAL}"`);
    }
  }
  return [...byTrust.values()].sort((a, b) => a.code.localeCompare(b.code));
}
