import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits scoring below 1 (or failing) in the three categories, for finding out why. */
  failing: string[];
}

/** Desktop: Lighthouse's desktop preset. Mobile: its default (a mid-range phone, slow 4G, 4× CPU slowdown). */
export type FormFactor = 'desktop' | 'mobile';

/** One Lighthouse run in Debian's Chromium; the full JSON report goes to tests/artifacts/. */
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
    const failing: string[] = [];
    for (const [key, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const a = lhr.audits[ref.id];
        if (!a || a.score === null || a.score >= 0.9 || ref.weight === 0) continue;
        failing.push(`${key}/${ref.id} (${a.score}): ${a.displayValue ?? a.title}`);
      }
    }
    return {
      performance: lhr.categories.performance?.score ?? NaN,
      accessibility: lhr.categories.accessibility?.score ?? NaN,
      bestPractices: lhr.categories['best-practices']?.score ?? NaN,
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
