// Data build entry: `npm run data` (tsx data/build.ts).
// Reads ../shared/data (or $ATLAS_SHARED_DATA), writes public/geo/atlas.topo.json, public/geo/ccg-hex.hexjson,
// public/data/metrics.json and public/data/orgs.json. Deterministic: same inputs → byte-identical outputs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MetricsFile } from '../src/data/types';
import { ATTRIBUTION, SOURCES } from './lib/catalog';
import { cutAlongBorder, sharedBorder } from './lib/cumbria';
import { DataError, fail } from './lib/errors';
import { buildEvents, readBriefFacts } from './lib/events';
import { areaM2, round, toMulti, type MultiPoly } from './lib/geom';
import { buildHexJson, HEX_PATH, OVERRIDES_FILE, parseOverrides } from './lib/hexbuild';
import { checkJoins } from './lib/join';
import { buildMetrics } from './lib/metrics';
import { LATER_YEARS, orgField, orgsFile, tagPieces } from './lib/orgs';
import { readTrustSuccessions } from './lib/trusts';
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
  const m = buildMetrics(s, joined, cumbriaSplit);
  m.report.forEach(log);
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
  const orgsText = JSON.stringify(orgsFile(succ, raw, readTrustSuccessions(opts.sharedDir))) + '\n';
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

  const metrics: MetricsFile = {
    version: 1,
    title: 'STP Atlas: England\'s 44 STP footprints and 209 CCGs, 2016/17',
    attribution: ATTRIBUTION,
    sources: SOURCES,
    metrics: m.metrics,
    values: m.values,
    stp_detail: m.stp_detail,
    trusts: m.trusts,
    events: ev.events,
    vanguards: ev.vanguards,
    facts: ev.facts,
    cumbria_split: cumbriaSplit,
  };
  for (const def of metrics.metrics) for (const id of def.sources) if (!SOURCES[id]) fail(`catalog: metric ${def.key} cites unknown source ${id}`);
  const metricsText = JSON.stringify(metrics) + '\n';

  mkdirSync(path.join(opts.outDir, path.dirname(TOPO_PATH)), { recursive: true });
  mkdirSync(path.join(opts.outDir, path.dirname(METRICS_PATH)), { recursive: true });
  writeFileSync(path.join(opts.outDir, TOPO_PATH), topoText);
  writeFileSync(path.join(opts.outDir, METRICS_PATH), metricsText);
  writeFileSync(path.join(opts.outDir, HEX_PATH), hex.text);
  writeFileSync(path.join(opts.outDir, ORGS_PATH), orgsText);
  log(`metrics.json: ${Buffer.byteLength(metricsText)} bytes`);
  log(`orgs.json: ${Buffer.byteLength(orgsText)} bytes, ${gzipSync(orgsText, { level: 9 }).length} gzipped`);
  return { topoText, metricsText, hexText: hex.text, orgsText, stats, overlaps, minOverlap, cumbriaSplit, eventsLeftOut: ev.leftOut, report };
}

/** Facts the product brief requires the timeline to show. */
function checkRequiredEvents(events: MetricsFile['events']): void {
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
