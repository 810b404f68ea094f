// npm run bench [-- --runs N] [-- --lighthouse-runs N] [-- --compare FILE] [-- --no-lighthouse | --only-lighthouse]
// Builds the app and a bare-MapLibre reference page, serves both, and prints median/min/max of
// each figure over N runs (default 5) in headless Chromium, then of Lighthouse for both pages.
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser';
import { serveStatic } from '../tests/support/server';
import { precompressDir } from '../scripts/precompress.ts';
import { runLighthouse, summarizeLighthouse, type FormFactor, type LighthouseScores, type LighthouseSummary } from './lighthouse';
import { measureApp, measurePlay, measureReference, type AppRun, type ByteType, type PlayRun, type ReferenceRun } from './measure';
import { buildReference } from './reference-build';
import { summarize } from './stats';
import { formatCompare, formatTable, type Results, type Row } from './table';

const FORM_FACTORS: FormFactor[] = ['desktop', 'mobile'];
const PLAY_RUNS = 3;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const runs = Math.max(5, Number(option('--runs') ?? 5));
  const lighthouseRuns = Math.max(1, Number(option('--lighthouse-runs') ?? 5));
  const compareFile = option('--compare');
  const withLighthouse = !process.argv.includes('--no-lighthouse');
  const onlyLighthouse = process.argv.includes('--only-lighthouse');
  const started = Date.now();

  console.log('Building the app (vite build) and the reference page…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const referenceDist = await buildReference();

  // Both served as a static host would: precompressed Brotli/gzip, long-cached hashed assets.
  precompressDir(referenceDist);
  const app = await serveStatic({ root: 'dist', base: '/atlas/', compressed: true });
  const reference = await serveStatic({ root: referenceDist, base: '/reference/', compressed: true });
  const browser = await launchBrowser();
  const appRuns: AppRun[] = [];
  const refRuns: ReferenceRun[] = [];
  const plays: PlayRun[] = [];
  const playsMapLibre: PlayRun[] = [];
  let firstPlay: PlayRun | null = null;
  try {
    for (let i = 0; i < (onlyLighthouse ? 0 : runs); i++) {
      // Alternate which page goes first so neither always gets the warmer machine.
      if (i % 2 === 0) {
        appRuns.push(await measureApp(browser, app.url(), 50));
        refRuns.push(await measureReference(browser, reference.url()));
      } else {
        refRuns.push(await measureReference(browser, reference.url()));
        appRuns.push(await measureApp(browser, app.url(), 50));
      }
      process.stdout.write(`run ${i + 1}/${runs}: first choropleth ${appRuns.at(-1)!.firstChoropleth.toFixed(0)} ms, reference ${refRuns.at(-1)!.firstChoropleth.toFixed(0)} ms\n`);
    }
    if (!onlyLighthouse) {
      // The browser's first Play is reported apart: under software GL its first steps are late
      // whichever map plays, and no later Play in that browser has them (bench/README.md).
      console.log('First Play in this browser, on the SVG map (about 36 s, then as long idle, then the floor page)…');
      firstPlay = await measurePlay(browser, app.url());
      // Late frames vary a lot from run to run on a busy 2-core machine: three runs of each, their
      // median, alternating the renderers so a busy spell does not fall on one only.
      for (let i = 0; i < PLAY_RUNS; i++) {
        console.log(`Play ${i + 1}/${PLAY_RUNS} through the 36 A&E months on the SVG map (about 36 s, then as long idle, then 36 steps of the bare floor page), then on MapLibre…`);
        plays.push(await measurePlay(browser, app.url()));
        playsMapLibre.push(await measurePlay(browser, app.url(), 'maplibre'));
      }
    }
  } finally {
    await browser.close();
  }

  const lighthouse: Record<string, LighthouseSummary> = {};
  const load = { cores: cpus().length, before: loadavg()[0]!, after: NaN };
  if (withLighthouse) {
    for (const formFactor of FORM_FACTORS) {
      console.log(`Lighthouse (${formFactor}), ${lighthouseRuns} runs of each page…`);
      const scores: Record<'app' | 'reference', LighthouseScores[]> = { app: [], reference: [] };
      for (let i = 0; i < lighthouseRuns; i++) {
        // Alternating again, so a busy spell on the machine does not fall on one page only.
        for (const page of i % 2 === 0 ? (['app', 'reference'] as const) : (['reference', 'app'] as const)) {
          scores[page].push(await runLighthouse(page === 'app' ? app.url() : reference.url(), page, formFactor));
        }
      }
      lighthouse[`app (${formFactor})`] = summarizeLighthouse(scores.app);
      lighthouse[`reference (${formFactor})`] = summarizeLighthouse(scores.reference);
    }
    load.after = loadavg()[0]!;
  }
  await app.close();
  await reference.close();

  const types: ByteType[] = ['HTML', 'JS', 'CSS', 'geometry', 'metrics'];
  const total = (b: Record<ByteType, number>) => Object.values(b).reduce((x, y) => x + y, 0);
  const nullable = (xs: (number | null)[]) => (xs.every((x) => x === null) ? null : summarize(xs.map((x) => x ?? NaN)));
  const rows: Row[] = [
    ...types.map((t): Row => ({ label: `first load, gzipped: ${t}`, unit: 'kB', summary: summarize(appRuns.map((r) => r.bytes[t])) })),
    { label: 'first load, gzipped: other', unit: 'kB', summary: summarize(appRuns.map((r) => r.bytes.other)) },
    { label: 'first load, gzipped: total (before MapLibre)', unit: 'kB', goal: '<= 400', summary: summarize(appRuns.map((r) => total(r.bytes))) },
    { label: 'MapLibre handover, gzipped (lazy JS + CSS)', unit: 'kB', summary: summarize(appRuns.map((r) => r.maplibreBytes)) },
    { label: 'total incl. MapLibre, gzipped', unit: 'kB', summary: summarize(appRuns.map((r) => total(r.bytes) + r.maplibreBytes)), goal: '<= 400' },
    { label: 'reference page, gzipped: total', unit: 'kB', summary: summarize(refRuns.map((r) => total(r.bytes))) },
    { label: 'first choropleth (app, SVG)', unit: 'ms', summary: summarize(appRuns.map((r) => r.firstChoropleth)), goal: '<= 1500' },
    { label: 'first choropleth (reference, MapLibre idle)', unit: 'ms', summary: summarize(refRuns.map((r) => r.firstChoropleth)) },
    { label: 'ratio app / reference (per run)', unit: 'x', summary: summarize(appRuns.map((r, i) => r.firstChoropleth / refRuns[i]!.firstChoropleth)), goal: '<= 1.30' },
    { label: 'empty frame: nothing, to next frame (baseline)', unit: 'ms', summary: summarize(appRuns.map((r) => r.emptyFrame)) },
    { label: 'hover highlight, sync handlers (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.hoverSync)), goal: '< 16' },
    { label: 'hover highlight, to next frame (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.hoverFrame)) },
    { label: 'metric switch, sync handlers (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.metricSync)), goal: '< 16' },
    { label: 'metric switch, to next frame (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.metricFrame)) },
    { label: 'period step, sync handlers (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.periodSync)), goal: '< 16' },
    { label: 'period step, to next frame (med of 50)', unit: 'ms', summary: summarize(appRuns.map((r) => r.periodFrame)) },
    { label: "play, the browser's first: frames dropped", unit: '', summary: nullable([firstPlay?.dropped ?? null]) },
    { label: "play, the browser's first: baseline idle as long", unit: '', summary: nullable([firstPlay?.baseline ?? null]) },
    { label: 'play, frames dropped over 36 months', unit: '', summary: nullable(plays.map((p) => p.dropped)), goal: '<= baseline' },
    { label: 'play, baseline: frames dropped idle as long', unit: '', summary: nullable(plays.map((p) => p.baseline)) },
    { label: 'play, dropped beyond baseline (per run)', unit: '', summary: nullable(plays.map((p) => p.dropped - p.baseline)), goal: '<= 0' },
    { label: 'play floor: bare page, canvas + URL per step', unit: '', summary: nullable(plays.map((p) => p.floor)) },
    { label: 'play on MapLibre, frames dropped over 36 months', unit: '', summary: nullable(playsMapLibre.map((p) => p.dropped)), goal: '<= baseline' },
    { label: 'play on MapLibre, baseline idle as long', unit: '', summary: nullable(playsMapLibre.map((p) => p.baseline)) },
    { label: 'play on MapLibre, dropped beyond baseline (per run)', unit: '', summary: nullable(playsMapLibre.map((p) => p.dropped - p.baseline)), goal: '<= 0' },
    { label: 'MapLibre ready after first hover', unit: 'ms', summary: summarize(appRuns.map((r) => r.maplibreReady)) },
    { label: 'PNG export, click to file (in page, 1st click)', unit: 'ms', summary: nullable(appRuns.map((r) => r.png?.inPage ?? null)), goal: '<= 1000' },
    { label: 'PNG export, driver click to download event', unit: 'ms', summary: nullable(appRuns.map((r) => r.png?.driver ?? null)) },
    { label: 'CSV export, all CCGs, click to file (in page)', unit: 'ms', summary: nullable(appRuns.map((r) => r.csv?.inPage ?? null)), goal: '<= 50' },
    { label: 'CSV export, driver click to download event', unit: 'ms', summary: nullable(appRuns.map((r) => r.csv?.driver ?? null)) },
    { label: 'JS heap after load (after GC, app)', unit: 'MB', summary: summarize(appRuns.map((r) => r.heap)) },
    { label: 'JS heap after load (after GC, reference)', unit: 'MB', summary: summarize(refRuns.map((r) => r.heap)) },
  ];
  const results: Results = { date: new Date().toISOString(), runs: onlyLighthouse ? 0 : runs, rows: onlyLighthouse ? [] : rows, lighthouse, load };
  console.log(`\nSTP Atlas bench, ${results.runs} runs, headless Chromium (${results.date})\n`);
  console.log(formatTable(results));
  for (const [page, lh] of Object.entries(lighthouse)) {
    if (lh.failing.length > 0) console.log(`\nLighthouse ${page}, audits below 0.9:\n  ${lh.failing.join('\n  ')}`);
  }
  if (compareFile) {
    if (!existsSync(compareFile)) console.log(`\n--compare: ${compareFile} does not exist`);
    else console.log(`\n${formatCompare(JSON.parse(readFileSync(compareFile, 'utf8')) as Results, results)}`);
  }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
  console.log(`\nWrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
