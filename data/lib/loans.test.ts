import { describe, expect, it } from 'vitest';
import { parseLoanSheets, sumLoans, loanAmount } from './loans';
import { sumLoansByStp } from './loan-metrics';

const DATA_HEAD = ['Org Name', 'Code', 'Loan Type', 'Loan Amount', 'Term', 'Opening Balance', 'Drawn in Year 2016-17', 'Repaid in Year 2016-17', 'SUM of Closing balance @31/03/2017'];
const OTHER_HEAD = ['Trust Name', 'Org code', 'Loan type', 'Closing balance as of 31/03/17'];
const TOTAL_HEAD = ['Year', 'Org code', 'Org Name', 'SUM of Closing balance @31/03/2017'];

const book = (total: [string, number][]) =>
  parseLoanSheets(
    [DATA_HEAD, ['Trust A', 'RAA', 'Rev', 100, '3/0', '-', 100, 40, 60], ['Trust A', 'RAA', 'Rev', 50, '3/0', '-', 50, '-', 50]],
    [OTHER_HEAD, ['Trust A', 'RAA', 'Cap', 999], ['Trust B', 'RBB', 'Rev', 30], ['Trust C', 'RCC', 'Rev', '-']],
    [TOTAL_HEAD, ...total.map(([c, v]) => ['2016-17', c, 'x', v])],
  );

describe('section 40 loan workbook', () => {
  it('reads revenue rows of both sheets, leaves capital loans out and reads "-" as nil', () => {
    const trusts = sumLoans(book([['RAA', 110], ['RBB', 30]]));
    expect(trusts.map((t) => [t.code, t.drawnK, t.repaidK, t.closingK, t.balanceOnly])).toEqual([
      ['RAA', 150, 40, 110, false],
      ['RBB', 0, 0, 30, true],
      ['RCC', 0, 0, 0, true],
    ]);
  });
  it('stops when a trust\'s two-sheet balance differs from the workbook\'s total sheet', () => {
    expect(() => sumLoans(book([['RAA', 110]]))).toThrow('RBB owes £30k on the two loan sheets but £0k on sheet "IRSL (TOTAL)"');
    expect(() => sumLoans(book([['RAA', 110], ['RBB', 30], ['RDD', 5]]))).toThrow('RDD owes £0k');
  });
  it('gives an STP whose only loan is on the second sheet its balance, not £0', () => {
    const stp = sumLoansByStp(sumLoans(book([['RAA', 110], ['RBB', 30]])), (t) => ({ RAA: 'E1', RBB: 'E2' })[t] ?? null, ['E1', 'E2', 'E3']);
    expect([...stp.closingK]).toEqual([['E1', 110], ['E2', 30], ['E3', 0]]);
    expect([...stp.drawnK]).toEqual([['E1', 150], ['E2', 0], ['E3', 0]]);
    expect([...stp.netK]).toEqual([['E1', 110], ['E2', 0], ['E3', 0]]);
  });
  it('refuses a trust with loans that no lookup places', () => {
    expect(() => sumLoansByStp(sumLoans(book([['RAA', 110], ['RBB', 30]])), () => null, ['E1'])).toThrow('trust RAA (Trust A) has loans but is in no trust → STP lookup');
  });
  it('names a cell that is not an amount', () => {
    expect(loanAmount(' - ', 'x')).toBeNull();
    expect(() => loanAmount('12k', 'sheet "Data" row 4')).toThrow('sheet "Data" row 4: "12k" is not an amount');
  });
});
