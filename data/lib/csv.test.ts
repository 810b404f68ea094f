import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { DataError } from './errors';

const spec = { columns: ['code', 'name', 'value'], numeric: ['value'], patterns: { code: /^E38\d{6}$/ } };

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected a DataError');
}

describe('parseCsv', () => {
  it('reads a good file, with quoted commas and multi-line fields, and reports line numbers', () => {
    const rows = parseCsv('code,name,value\nE38000001,"NHS A, B CCG",1\nE38000002,"two\nlines",2.5\n', 'x.csv', spec);
    expect(rows.map((r) => r.get('name'))).toEqual(['NHS A, B CCG', 'two\nlines']);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(Number(rows[1]!.get('value'))).toBe(2.5);
  });

  it('names a missing column', () => {
    expect(errorOf(() => parseCsv('code,name\nE38000001,A\n', 'pop.csv', spec))).toBe('pop.csv: missing column "value" (header: code,name)');
  });

  it('names the file, line and column of a non-numeric value', () => {
    const msg = errorOf(() => parseCsv('code,name,value\nE38000001,A,1\nE38000002,B,12x\n', 'pop.csv', spec));
    expect(msg).toBe('pop.csv line 3: column "value" is not a number: "12x"');
  });

  it('rejects an empty numeric cell where a number is required', () => {
    expect(errorOf(() => parseCsv('code,name,value\nE38000001,A,\n', 'pop.csv', spec))).toBe('pop.csv line 2: column "value" is not a number: ""');
  });

  it('rejects a row with the wrong number of fields (an unquoted comma)', () => {
    const msg = errorOf(() => parseCsv('code,name,value\nE38000001,NHS A, B CCG,1\n', 'pop.csv', spec));
    expect(msg).toBe('pop.csv line 2: row has 4 fields, header has 3');
  });

  it('rejects a malformed code', () => {
    expect(errorOf(() => parseCsv('code,name,value\nE3800001,A,1\n', 'pop.csv', spec))).toMatch(/^pop\.csv line 2: column "code" value "E3800001" does not match/);
  });

  it('rejects an empty file', () => {
    expect(errorOf(() => parseCsv('', 'pop.csv', spec))).toBe('pop.csv: file is empty');
  });
});
