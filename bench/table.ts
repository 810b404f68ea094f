import type { Summary } from './stats';

export interface Row {
  label: string;
  unit: 'kB' | 'ms' | 'MB' | '' | 'x';
  summary: Summary | null;
  /** The goal, printed beside the figure. */
  goal?: string;
}

export interface Results {
  date: string;
  runs: number;
  rows: Row[];
  lighthouse: Record<string, Record<string, number | string[]>>;
}

function fmt(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'kB') return (value / 1000).toFixed(1);
  if (unit === 'MB') return (value / 1e6).toFixed(1);
  if (unit === 'x') return value.toFixed(2);
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value.toFixed(0);
  return value.toFixed(2);
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatTable(results: Results): string {
  const lines = [`${pad('measure', 46)}${padStart('median', 9)}${padStart('min', 9)}${padStart('max', 9)}  unit  goal`];
  lines.push('-'.repeat(lines[0]!.length + 10));
  for (const row of results.rows) {
    const s = row.summary;
    const cells = s ? [s.median, s.min, s.max].map((v) => padStart(fmt(v, row.unit), 9)).join('') : padStart('n/a', 9) + ' '.repeat(18);
    lines.push(`${pad(row.label, 46)}${cells}  ${pad(row.unit, 4)}  ${row.goal ?? ''}`);
  }
  lines.push('');
  lines.push(`${pad('Lighthouse (1 run each)', 28)}${['perf', 'a11y', 'best pr.', 'LCP ms', 'TBT ms', 'CLS'].map((h) => padStart(h, 10)).join('')}`);
  for (const [page, lh] of Object.entries(results.lighthouse)) {
    const v = (k: string) => (typeof lh[k] === 'number' ? (lh[k] as number) : NaN);
    const cells = [v('performance').toFixed(2), v('accessibility').toFixed(2), v('bestPractices').toFixed(2), v('lcp').toFixed(0), v('tbt').toFixed(0), v('cls').toFixed(3)];
    lines.push(`${pad(page, 28)}${cells.map((c) => padStart(c, 10)).join('')}`);
  }
  lines.push('Lighthouse goals for the app: performance >= 0.90, accessibility 1.00, best practices >= 0.95;');
  lines.push('on mobile (slow 4G, 4x CPU): performance >= 0.95 and LCP < 2000 ms');
  return lines.join('\n');
}

/** Differences in medians (and Lighthouse scores) between a saved run and this one. */
export function formatCompare(before: Results, after: Results): string {
  const lines = [`Compared with ${before.date}:`, `${pad('measure', 46)}${padStart('before', 10)}${padStart('now', 10)}${padStart('change', 10)}`];
  for (const row of after.rows) {
    const old = before.rows.find((r) => r.label === row.label);
    const a = old?.summary?.median ?? NaN;
    const b = row.summary?.median ?? NaN;
    const change = Number.isFinite(a) && Number.isFinite(b) && a !== 0 ? `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%` : 'n/a';
    lines.push(`${pad(row.label, 46)}${padStart(fmt(a, row.unit), 10)}${padStart(fmt(b, row.unit), 10)}${padStart(change, 10)}`);
  }
  for (const [page, lh] of Object.entries(after.lighthouse)) {
    for (const key of ['performance', 'accessibility', 'bestPractices', 'lcp', 'tbt', 'cls']) {
      const a = before.lighthouse[page]?.[key];
      const b = lh[key];
      if (typeof a === 'number' && typeof b === 'number') lines.push(`${pad(`Lighthouse ${page} ${key}`, 46)}${padStart(a.toFixed(3), 10)}${padStart(b.toFixed(3), 10)}${padStart((b - a).toFixed(3), 10)}`);
    }
  }
  return lines.join('\n');
}
