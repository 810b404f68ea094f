import type { LighthouseFigure, LighthouseSummary } from './lighthouse';
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
  lighthouse: Record<string, LighthouseSummary>;
  /** The machine's 1-minute load average before and after the Lighthouse runs, and its cores. */
  load?: { cores: number; before: number; after: number };
}

const LIGHTHOUSE_COLUMNS: { key: LighthouseFigure; head: string; digits: number }[] = [
  { key: 'performance', head: 'perf', digits: 2 },
  { key: 'fcp', head: 'FCP ms', digits: 0 },
  { key: 'lcp', head: 'LCP ms', digits: 0 },
  { key: 'tbt', head: 'TBT ms', digits: 0 },
  { key: 'cls', head: 'CLS', digits: 3 },
  { key: 'si', head: 'SI ms', digits: 0 },
  { key: 'accessibility', head: 'a11y', digits: 2 },
  { key: 'bestPractices', head: 'best pr.', digits: 2 },
];

/** "0.88 (0.80–0.99)": the median, and the range when the runs differ. */
function medianAndRange(s: Summary, digits: number): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  const f = (v: number) => v.toFixed(digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

function formatLighthouse(results: Results): string[] {
  const pages = Object.entries(results.lighthouse);
  if (pages.length === 0) return [];
  const runs = Math.max(...pages.map(([, lh]) => lh.runs));
  const widths = LIGHTHOUSE_COLUMNS.map(({ key, head, digits }) => Math.max(head.length, ...pages.map(([, lh]) => medianAndRange(lh[key], digits).length)) + 2);
  const lines = [`${pad(`Lighthouse, median (min–max) of ${runs} runs`, 40)}${LIGHTHOUSE_COLUMNS.map((c, i) => padStart(c.head, widths[i]!)).join('')}`];
  for (const [page, lh] of pages) {
    lines.push(`${pad(page, 40)}${LIGHTHOUSE_COLUMNS.map((c, i) => padStart(medianAndRange(lh[c.key], c.digits), widths[i]!)).join('')}`);
  }
  for (const [page, lh] of pages) lines.push(`largest contentful paint, ${page}: ${lh.lcpElements.join(', ')}`);
  const load = results.load;
  if (load) lines.push(`machine: ${load.cores} cores, 1-minute load average ${load.before.toFixed(1)} before the Lighthouse runs and ${load.after.toFixed(1)} after`);
  lines.push('Lighthouse goals for the app: performance >= 0.90, accessibility 1.00, best practices >= 0.95;');
  lines.push('on mobile (slow 4G, 4x CPU): performance >= 0.95 and LCP < 2000 ms');
  return lines;
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
  if (results.rows.length === 0) return formatLighthouse(results).join('\n');
  const lines = [`${pad('measure', 46)}${padStart('median', 9)}${padStart('min', 9)}${padStart('max', 9)}  unit  goal`];
  lines.push('-'.repeat(lines[0]!.length + 10));
  for (const row of results.rows) {
    const s = row.summary;
    const cells = s ? [s.median, s.min, s.max].map((v) => padStart(fmt(v, row.unit), 9)).join('') : padStart('n/a', 9) + ' '.repeat(18);
    lines.push(`${pad(row.label, 46)}${cells}  ${pad(row.unit, 4)}  ${row.goal ?? ''}`);
  }
  lines.push('', ...formatLighthouse(results));
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
    for (const { key } of LIGHTHOUSE_COLUMNS) {
      // A file from before the bench ran Lighthouse several times holds single numbers.
      const old: unknown = before.lighthouse[page]?.[key];
      const a = typeof old === 'number' ? old : (old as Summary | undefined)?.median;
      const b = lh[key].median;
      if (typeof a === 'number' && Number.isFinite(b)) lines.push(`${pad(`Lighthouse ${page} ${key} (median)`, 46)}${padStart(a.toFixed(3), 10)}${padStart(b.toFixed(3), 10)}${padStart((b - a).toFixed(3), 10)}`);
    }
  }
  return lines.join('\n');
}
