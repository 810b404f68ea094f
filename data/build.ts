// Data build entry: `npm run data` (tsx data/build.ts).
// Reads ../shared/data (or $ATLAS_SHARED_DATA), writes public/geo/atlas.topo.json, public/geo/ccg-hex.hexjson,
// public/data/metrics.json and public/data/orgs.json. Deterministic: same inputs → byte-identical outputs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ASOF_RANGE } from '../src/state/state';
import type { AtlasEvent, AreaDetailsFile, LazyValuesFile, MetricDef, MetricKey, MetricsFile, Value } from '../src/data/types';
import { buildExtraMetrics } from './lib/extra-metrics';
import { readLoanWorkbook, sumLoans } from './lib/loans';
import { applyTrustOverrides, readNhseMapping, readOverrides } from './lib/trust-stp';
import { ATTRIBUTION, SOURCES } from './lib/catalog';
import { cutAlongBorder, sharedBorder } from './lib/cumbria';
import { DataError, fail } from './lib/errors';
import { buildEvents, readBriefFacts } from './lib/events';
import { areaM2, round, toMulti, type MultiPoly } from './lib/geom';
import { buildHexJson, HEX_PATH, OVERRIDES_FILE, parseOverrides } from './lib/hexbuild';
import { checkJoins } from './lib/join';
import { buildMetrics } from './lib/metrics';
import { LATER_YEARS, orgField, orgsFile, tagPieces } from './lib/orgs';
import { readTrustSuccessionRows, trustMergerEvents, trustSuccessionsByTrust } from './lib/trusts';
import { buildSuccessions, checkBodyCounts, readOdsCcgs, readSuccessionRows } from './lib/successions';
import { CUMBRIA, F, loadSources, type PolyFeature } from './lib/sources';
import { buildPieces, DEFAULT_TOPOLOGY_OPTIONS, finishTopology, runMapshaper, topologyStats, type TopologyOptions, type TopologyStats } from './lib/topology';
import { checkLabelPoints, checkOverlaps, checkSize, checkWinding, stpLabelsOutside, stpOverlaps, type Overlap } from './lib/validate';
import * as polyclip from 'polyclip-ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SHARED_DIR = path.resolve(REPO_ROOT, '../shared/data');
export const TOPO_PATH = 'geo/atlas.topo.json';
export const METRICS_PATH = 'data/metrics.json';
export const ORGS_PATH = 'data/orgs.json';
export const MONTHLY_PATH = 'data/metrics-monthly.json';
export const DETAILS_PATH = 'data/details.json';

export function sharedDirFromEnv(): string {
  return process.env['ATLAS_SHARED_DATA'] ? path.resolve(process.env['ATLAS_SHARED_DATA']) : DEFAULT_SHARED_DIR;
}

export interface BuildOptions {
  sharedDir: string;
  /** Directory standing for public/: files go to outDir/geo/… and outDir/data/…. */
  outDir: string;
  topology?: TopologyOptions;
  log?: (line: string) => void;
}

export interface BuildResult {
  topoText: string;
  metricsText: string;
  hexText: string;
  orgsText: string;
  monthlyText: string;
  detailsText: string;
  stats: TopologyStats;
  overlaps: Overlap[];
  minOverlap: Overlap;
  cumbriaSplit: Record<string, number>;
  eventsLeftOut: string[];
  report: string[];
}

function overlapShare(piece: MultiPoly, stp: PolyFeature): number {
  return areaM2(polyclip.intersection(piece, toMulti(stp.geometry)) as MultiPoly) / areaM2(piece);
}

export async function buildAll(opts: BuildOptions): Promise<BuildResult> {
  const report: string[] = [];
  const log = (l: string): void => {
    report.push(l);
    opts.log?.(l);
  };
  const s = loadSources(opts.sharedDir);
  const mapping = readNhseMapping(opts.sharedDir);
  applyTrustOverrides(s.trusts, mapping, readOverrides(REPO_ROOT)).forEach(log);
  const joined = checkJoins(s);
  log(`sources: ${joined.ccgCodes.length} CCGs, ${joined.stpCodes.length} STPs, ${s.trusts.size} trusts, ${s.events.length} event/fact rows`);

  // ---- Cumbria: cut along the ONS border between its two STPs ----
  const [northStp, southStp] = [...s.ccgs.get(CUMBRIA)!.stps].sort() as [string, string];
  const stpFeat = (c: string): PolyFeature => s.stpGeo.find((f) => f.properties['stp17cd'] === c)!;
  const cumbriaFeat = s.ccgGeo.find((f) => f.properties['ccg16cd'] === CUMBRIA)!;
  let cut;
  try {
    cut = cutAlongBorder(toMulti(cumbriaFeat.geometry), sharedBorder(stpFeat(northStp), stpFeat(southStp)));
  } catch (e) {
    fail(`${F.stpGeo}: cannot cut NHS Cumbria CCG along the ${northStp}/${southStp} border: ${(e as Error).message}`);
  }
  const inNorth = overlapShare(cut.north, stpFeat(northStp));
  const inSouth = overlapShare(cut.south, stpFeat(southStp));
  if (inNorth < 0.9 || inSouth < 0.9) {
    fail(`Cumbria cut: pieces do not fall in their STPs (north in ${northStp} ${(100 * inNorth).toFixed(1)}%, south in ${southStp} ${(100 * inSouth).toFixed(1)}%)`);
  }
  const shareNorth = round(cut.shareNorth, 4);
  const cumbriaSplit = { [northStp]: shareNorth, [southStp]: round(1 - shareNorth, 4) };
  log(`Cumbria cut: ${northStp} ${(100 * cut.shareNorth).toFixed(2)}%, ${southStp} ${(100 * cut.shareSouth).toFixed(2)}% of area (pieces/CCG area ratio ${cut.areaRatio.toFixed(6)}; pieces lie ${(100 * inNorth).toFixed(1)}% / ${(100 * inSouth).toFixed(1)}% inside their ONS STPs)`);

  // ---- Metrics, events, facts ----
  const m = buildMetrics(s, joined, cumbriaSplit, sumLoans(await readLoanWorkbook(opts.sharedDir)));
  m.report.forEach(log);
  const extra = buildExtraMetrics(opts.sharedDir, s, joined, cumbriaSplit, mapping);
  extra.report.forEach(log);
  const brief = readBriefFacts(REPO_ROOT);
  const known = new Set([...joined.ccgCodes, ...joined.stpCodes]);
  const ev = buildEvents(s, brief, known);
  log(`events: ${ev.events.length} (${ev.events.filter((e) => e.id.startsWith('B')).length} from data/brief_facts.csv); facts: ${ev.facts.length}; vanguards: ${ev.vanguards.length}`);
  for (const l of ev.leftOut) log(`event left out (no date): ${l}`);
  checkRequiredEvents(ev.events);

  // ---- Topology ----
  const succ = buildSuccessions({ rows: readSuccessionRows(opts.sharedDir), ods: readOdsCcgs(opts.sharedDir), cumbriaStps: { north: northStp, furness: southStp } });
  checkBodyCounts(succ.years);
  succ.report.forEach(log);
  const pieces = tagPieces(buildPieces(s, { north: cut.north, south: cut.south, northStp, southStp }), succ, { northStp });
  const raw = await runMapshaper(pieces, opts.topology ?? DEFAULT_TOPOLOGY_OPTIONS, LATER_YEARS.map(orgField));
  const trustRows = readTrustSuccessionRows(opts.sharedDir);
  const orgsText = JSON.stringify(orgsFile(succ, raw, trustSuccessionsByTrust(trustRows))) + '\n';
  const topo = finishTopology(raw, s, joined);
  const topoText = JSON.stringify(topo);
  const stats = topologyStats(topoText, topo);
  checkSize(stats.gzipBytes);
  const winding = checkWinding(topo);
  checkLabelPoints(topo);
  const overlaps = stpOverlaps(topo, s.stpGeo);
  const minOverlap = checkOverlaps(overlaps);
  log(`topology: ${stats.rawBytes} bytes raw, ${stats.gzipBytes} bytes gzipped, ${stats.arcs} arcs, ${stats.vertices} vertices`);
  log(`d3 geoArea: largest feature ${winding.code} ${winding.max.toExponential(3)} sr (all rings clockwise)`);
  log(`STP overlap with ONS polygons: minimum ${(100 * minOverlap.overlap).toFixed(2)}% (${minOverlap.code} ${minOverlap.name})`);
  const outside = stpLabelsOutside(topo);
  if (outside.length) log(`note: ONS reference point outside the dissolved STP for ${outside.join(', ')}`);

  // ---- Hex map (HexJSON) ----
  const hex = buildHexJson(topo, cumbriaSplit, parseOverrides(readFileSync(path.join(REPO_ROOT, OVERRIDES_FILE), 'utf8')));
  log(`hex map: ${hex.stats.keptPairs} of ${hex.stats.pairs} geographic neighbour pairs are hex neighbours (${(100 * hex.stats.share).toFixed(1)}%); mean displacement ${hex.stats.meanDisplacement.toFixed(2)} hex spacings of ${hex.stats.spacingKm.toFixed(1)} km`);

  const trusts = Object.fromEntries(Object.entries({ ...extra.providers, ...m.trusts }).sort(([a], [b]) => a.localeCompare(b)));
  const trustMergers = trustMergerEvents(trustRows, (code) => trusts[code]?.stp);
  log(`trust mergers: ${trustMergers.length} events from ${trustRows.length} ODS successions of ${new Set(trustRows.map((r) => r.trust)).size} trusts, ${trustMergers[0]?.date} to ${trustMergers.at(-1)?.date}`);
  const events = [...ev.events, ...trustMergers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  checkEventDates(events);

  const metrics: MetricsFile = {
    version: 1,
    title: 'STP Atlas: England\'s 44 STP footprints and 209 CCGs, 2016/17',
    attribution: ATTRIBUTION,
    sources: SOURCES,
    metrics: orderMetrics([...m.metrics, ...extra.defs]),
    values: { ...m.values, ...extra.values },
    stp_detail: m.stp_detail,
    trusts,
    events,
    vanguards: ev.vanguards,
    facts: [...ev.facts, ...extra.facts],
    cumbria_split: cumbriaSplit,
    approx_population: m.approx_population,
    incomplete: m.incomplete,
    trust_values: { ...m.trust_values, ...extra.trustValues },
    imd: extra.imd,
  };
  for (const def of metrics.metrics) for (const id of def.sources) if (!SOURCES[id]) fail(`catalog: metric ${def.key} cites unknown source ${id}`);
  const lazy = splitLazyValues(metrics);
  const details = splitDetails(metrics);
  const metricsText = JSON.stringify(metrics) + '\n';
  const monthlyText = JSON.stringify(lazy) + '\n';
  const detailsText = JSON.stringify(details) + '\n';

  mkdirSync(path.join(opts.outDir, path.dirname(TOPO_PATH)), { recursive: true });
  mkdirSync(path.join(opts.outDir, path.dirname(METRICS_PATH)), { recursive: true });
  writeFileSync(path.join(opts.outDir, TOPO_PATH), topoText);
  writeFileSync(path.join(opts.outDir, METRICS_PATH), metricsText);
  writeFileSync(path.join(opts.outDir, MONTHLY_PATH), monthlyText);
  writeFileSync(path.join(opts.outDir, DETAILS_PATH), detailsText);
  writeFileSync(path.join(opts.outDir, HEX_PATH), hex.text);
  writeFileSync(path.join(opts.outDir, ORGS_PATH), orgsText);
  log(`metrics.json: ${Buffer.byteLength(metricsText)} bytes, ${gzipSync(metricsText, { level: 9 }).length} gzipped; metrics-monthly.json (loaded when a month is picked): ${Buffer.byteLength(monthlyText)} bytes, ${gzipSync(monthlyText, { level: 9 }).length} gzipped; details.json (loaded when an area is selected): ${Buffer.byteLength(detailsText)} bytes, ${gzipSync(detailsText, { level: 9 }).length} gzipped`);
  log(`orgs.json (loaded for later years and an area's story): ${Buffer.byteLength(orgsText)} bytes, ${gzipSync(orgsText, { level: 9 }).length} gzipped`);
  return { topoText, metricsText, monthlyText, detailsText, hexText: hex.text, orgsText, stats, overlaps, minOverlap, cumbriaSplit, eventsLeftOut: ev.leftOut, report };
}

/**
 * Moves the values of each metric's month periods out of the first-load file (it would pass ~60 KB
 * gzipped with them) into the lazy file, and marks those periods on the definition.
 */
export function splitLazyValues(metrics: MetricsFile): LazyValuesFile {
  const lazy: LazyValuesFile = { version: 1, values: {} };
  for (const def of metrics.metrics) {
    const months = def.periods.filter((p) => !(def.summaryPeriods ?? def.periods).includes(p));
    if (months.length === 0) continue;
    def.lazyPeriods = months;
    for (const level of def.levels) {
      const tables = metrics.values[def.key]![level]!;
      const moved: Record<string, Record<string, Value>> = {};
      for (const p of months) {
        moved[p] = tables[p]!;
        delete tables[p];
      }
      (lazy.values[def.key] ??= {})[level] = moved;
    }
  }
  return lazy;
}

/**
 * Moves what only a selected area's panel needs (trusts, STP detail, trust values, IMD detail, area
 * and trust facts) out of the first-load file, which must stay within the 400 kB first-load budget.
 */
export function splitDetails(metrics: MetricsFile): AreaDetailsFile {
  const details: AreaDetailsFile = {
    version: 1,
    stp_detail: metrics.stp_detail!,
    trusts: metrics.trusts!,
    trust_values: metrics.trust_values ?? {},
    imd: metrics.imd ?? {},
    facts: metrics.facts.filter((f) => f.level !== 'england'),
    events: metrics.events ?? [],
    vanguards: metrics.vanguards ?? [],
  };
  delete metrics.events;
  delete metrics.vanguards;
  delete metrics.stp_detail;
  delete metrics.trusts;
  delete metrics.trust_values;
  delete metrics.imd;
  metrics.facts = metrics.facts.filter((f) => f.level === 'england');
  return details;
}

/** The order of the metric picker's data: money, A&E, people, reorganisation. */
export const METRIC_ORDER: readonly MetricKey[] = [
  'backlog', 'backlog_high_risk', 'backlog_significant_risk', 'backlog_moderate_risk', 'backlog_low_risk',
  'deficit_loans', 'deficit_loans_net', 'deficit_loans_balance',
  'ae_4h', 'ae_4h_type1', 'trolley_waits_12h', 'trolley_waits_4h',
  'deprivation', 'population', 'pathfinder', 'interim_spend', 'ccg_inadequate_2015_16', 'new_care_models',
];

function orderMetrics(defs: MetricDef[]): MetricDef[] {
  const missing = METRIC_ORDER.filter((k) => !defs.some((d) => d.key === k));
  if (missing.length > 0 || defs.length !== METRIC_ORDER.length) fail(`metrics: expected ${METRIC_ORDER.join(', ')}; missing ${missing.join(', ') || 'none'}`);
  return [...defs].sort((a, b) => METRIC_ORDER.indexOf(a.key) - METRIC_ORDER.indexOf(b.key));
}

/** Every event falls within the months a link's `asof=` may name, so the timeline can reach each one. */
export function checkEventDates(events: readonly Pick<AtlasEvent, 'id' | 'date'>[]): void {
  for (const e of events) {
    const month = e.date.slice(0, 7);
    if (month < ASOF_RANGE.min || month > ASOF_RANGE.max) fail(`events: ${e.id} is dated ${e.date}, outside ${ASOF_RANGE.min} to ${ASOF_RANGE.max} (ASOF_RANGE in src/state/state.ts)`);
  }
}

/** Facts the product brief requires the timeline to show. */
function checkRequiredEvents(events: AtlasEvent[]): void {
  const dudley = events.some((e) => e.areas.includes('E38000046') && e.text.includes('£78m of Dudley Group FT services in scope'));
  if (!dudley) fail('events: no Dudley CCG (E38000046) event with the £78m MCP text');
  const aylesbury = events.some((e) => e.areas.includes('E38000003') && e.category === 'ccg_merger' && e.title.includes('application') && e.date <= '2017-02-31');
  if (!aylesbury) fail('events: no Aylesbury Vale CCG (E38000003) merger-application event dated by 2017-02');
}

async function main(): Promise<void> {
  const sharedDir = sharedDirFromEnv();
  const outDir = path.join(REPO_ROOT, 'public');
  console.log(`data build: sources ${sharedDir}`);
  await buildAll({ sharedDir, outDir, log: (l) => console.log(`  ${l}`) });
  console.log(`data build: wrote public/${TOPO_PATH}, public/${HEX_PATH}, public/${METRICS_PATH} and public/${ORGS_PATH}`);
}

const isCli = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isCli) {
  main().catch((e: unknown) => {
    if (e instanceof DataError) console.error(`data build failed: ${e.message}`);
    else console.error(`data build failed (unexpected): ${e instanceof Error ? (process.env['DEBUG'] ? e.stack : e.message) : String(e)}`);
    process.exit(1);
  });
}
