// Reading and validating the source CSVs (d3-dsv). Pure: parseCsv takes text, readCsv adds file I/O.
import { csvParseRows } from 'd3-dsv';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fail } from './errors';

export interface CsvSpec {
  /** Columns that must be present in the header. */
  columns: readonly string[];
  /** Columns that must hold a finite number in every row. */
  numeric?: readonly string[];
  /** Columns that may be empty but, when filled, must hold a finite number. */
  optionalNumeric?: readonly string[];
  /** Columns that must be non-empty in every row. */
  nonEmpty?: readonly string[];
  /** Columns whose non-empty values must match a pattern (e.g. ONS codes). */
  patterns?: Readonly<Record<string, RegExp>>;
}

/** One data row. `line` is the 1-based line number in the file (the header is line 1). */
export interface CsvRow {
  line: number;
  get(column: string): string;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function isNumeric(s: string): boolean {
  return NUMBER.test(s.trim());
}

/** Parse CSV text and check it against the spec; throws DataError naming file, line and problem. */
export function parseCsv(text: string, file: string, spec: CsvSpec): CsvRow[] {
  if (text.trim() === '') fail(`${file}: file is empty`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const all = csvParseRows(body);
  const header = all[0] ?? [];
  const missing = spec.columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    fail(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (header: ${header.join(',')})`);
  }
  const index = new Map(header.map((c, i) => [c, i] as const));
  // Line numbers: count newlines outside quotes so multi-line quoted fields do not shift them.
  const lines = rowLines(body);
  const rows: CsvRow[] = [];
  for (let i = 1; i < all.length; i++) {
    const cells = all[i]!;
    const line = lines[i - 1] ?? i + 1;
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    if (cells.length !== header.length) {
      fail(`${file} line ${line}: row has ${cells.length} fields, header has ${header.length}`);
    }
    const row: CsvRow = {
      line,
      get(column: string): string {
        const j = index.get(column);
        if (j === undefined) fail(`${file} line ${line}: no column "${column}"`);
        return cells[j]!;
      },
    };
    for (const c of spec.nonEmpty ?? []) {
      if (row.get(c).trim() === '') fail(`${file} line ${line}: column "${c}" is empty`);
    }
    for (const c of spec.numeric ?? []) {
      const v = row.get(c);
      if (!isNumeric(v)) fail(`${file} line ${line}: column "${c}" is not a number: "${v}"`);
    }
    for (const c of spec.optionalNumeric ?? []) {
      const v = row.get(c);
      if (v.trim() !== '' && !isNumeric(v)) fail(`${file} line ${line}: column "${c}" is not a number: "${v}"`);
    }
    for (const [c, re] of Object.entries(spec.patterns ?? {})) {
      const v = row.get(c);
      if (v !== '' && !re.test(v)) fail(`${file} line ${line}: column "${c}" value "${v}" does not match ${re}`);
    }
    rows.push(row);
  }
  return rows;
}

/** Line number (1-based) on which each data row starts. */
function rowLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRowStart = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (atRowStart) {
      starts.push(line);
      atRowStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) atRowStart = i + 1 < text.length;
    }
  }
  return starts;
}

export function num(row: CsvRow, column: string): number {
  return Number(row.get(column));
}

/** Number, or null when the cell is empty. */
export function optNum(row: CsvRow, column: string): number | null {
  const v = row.get(column).trim();
  return v === '' ? null : Number(v);
}

export function readText(dir: string, rel: string): string {
  const file = path.join(dir, rel);
  if (!existsSync(file)) fail(`${rel}: source file not found in ${dir}`);
  return readFileSync(file, 'utf8');
}

export function readCsv(dir: string, rel: string, spec: CsvSpec): CsvRow[] {
  return parseCsv(readText(dir, rel), rel, spec);
}
