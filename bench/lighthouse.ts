import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser';
import { summarize, type Summary } from './stats';

/** The figures of one Lighthouse run. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** CSS selector of the largest contentful paint's element. */
  lcpElement: string;
  /** Audits scoring below 0.9 (or failing) in the three categories, for finding out why. */
  failing: { audit: string; value: string }[];
}

export const LIGHTHOUSE_FIGURES = ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt', 'cls', 'si'] as const;
export type LighthouseFigure = (typeof LIGHTHOUSE_FIGURES)[number];

/** Several runs of one page: each figure's median, min and max; the LCP elements seen; the audits below 0.9. */
export interface LighthouseSummary extends Record<LighthouseFigure, Summary> {
  runs: number;
  lcpElements: string[];
  /** "performance/total-blocking-time: in 3 of 5 runs (630 ms, 1,090 ms, 1,620 ms)" */
  failing: string[];
}

export function summarizeLighthouse(runs: readonly LighthouseScores[]): LighthouseSummary {
  const figures = Object.fromEntries(LIGHTHOUSE_FIGURES.map((key) => [key, summarize(runs.map((run) => run[key]))])) as Record<LighthouseFigure, Summary>;
  const byAudit = new Map<string, string[]>();
  for (const { audit, value } of runs.flatMap((run) => run.failing)) byAudit.set(audit, [...(byAudit.get(audit) ?? []), value]);
  const failing = [...byAudit].map(([audit, values]) => `${audit}: in ${values.length} of ${runs.length} runs (${values.join(', ')})`);
  return { ...figures, runs: runs.length, lcpElements: [...new Set(runs.map((run) => run.lcpElement))], failing };
}

/** Desktop: Lighthouse's desktop preset. Mobile: its default (a mid-range phone, slow 4G, 4× CPU slowdown). */
export type FormFactor = 'desktop' | 'mobile';

interface LcpElementDetails {
  items?: { items?: { node?: { selector?: string } }[] }[];
}

/** One Lighthouse run in Debian's Chromium; the full JSON report goes to tests/artifacts/ (the last run's). */
export async function runLighthouse(url: string, name: string, formFactor: FormFactor = 'desktop'): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync(`tests/artifacts/lighthouse-${name}-${formFactor}.json`, JSON.stringify(lhr, null, 1));
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failing: LighthouseScores['failing'] = [];
    for (const [key, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const a = lhr.audits[ref.id];
        if (!a || a.score === null || a.score >= 0.9 || ref.weight === 0) continue;
        failing.push({ audit: `${key}/${ref.id}`, value: a.displayValue ?? `score ${a.score}` });
      }
    }
    const lcpElement = (lhr.audits['largest-contentful-paint-element']?.details as LcpElementDetails | undefined)?.items?.[0]?.items?.[0]?.node?.selector;
    return {
      performance: lhr.categories.performance?.score ?? NaN,
      accessibility: lhr.categories.accessibility?.score ?? NaN,
      bestPractices: lhr.categories['best-practices']?.score ?? NaN,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
      lcpElement: lcpElement?.split(' > ').at(-1) ?? 'none',
      failing,
    };
  } finally {
    chrome.kill();
  }
}
