// The CCG hex map: from the finished topology to public/geo/ccg-hex.hexjson (HexJSON, ODI Leeds
// format). Sites are the CCG label points in an equal-area projection; the layout comes from
// hexlayout.ts + hexsearch.ts; hand fixes from data/hex-overrides.csv are applied last.
import { neighbors } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { areHexNeighbours, cellKey, parseHexJson, type Hex, type HexCell, type HexJson, type HexLayout } from '../../src/domain/hexjson';
import { parseCsv } from './csv';
import { fail } from './errors';
import { areaM2, ukAlbers } from './geom';
import { DEFAULT_LAYOUT_OPTIONS, GRID, assignToCells, centre, cellsNear, pieces, relax, type LayoutOptions, type Site } from './hexlayout';
import { improveLayout } from './hexsearch';
import { asTopology, decode, type AtlasTopology } from './topology';

export const HEX_PATH = 'geo/ccg-hex.hexjson';
export const OVERRIDES_FILE = 'data/hex-overrides.csv';

/** What each hex carries besides q and r. */
export interface CcgHex extends Hex {
  n: string;
  stp: string;
  stp_name: string;
  /** Only on a CCG that lies in more than one STP (NHS Cumbria CCG): placed with the STP holding most of it. */
  split?: true;
}

export interface HexOverride {
  code: string;
  q: number;
  r: number;
  reason: string;
  line: number;
}

export interface HexStats {
  pairs: number;
  keptPairs: number;
  share: number;
  /** Mean distance between a CCG's hex and its true place, in hex spacings. */
  meanDisplacement: number;
  spacingKm: number;
}

/** Geographic neighbour pairs of CCG codes: CCGs whose polygons share an arc in the topology. */
export function geographicPairs(topo: AtlasTopology): [string, string][] {
  const geoms = topo.objects.ccg.geometries;
  const adjacency = neighbors(geoms as unknown as GeometryObject[]);
  const pairs: [string, string][] = [];
  adjacency.forEach((list, i) => {
    for (const j of list) if (i < j) pairs.push([geoms[i]!.properties.code, geoms[j]!.properties.code]);
  });
  return pairs;
}

/** The STP a CCG is drawn in: its only STP, or for a split CCG the one holding most of its area. */
function mainStp(stp: string | string[], split: Record<string, number>): string {
  if (!Array.isArray(stp)) return stp;
  return [...stp].sort((a, b) => (split[b] ?? 0) - (split[a] ?? 0) || a.localeCompare(b))[0]!;
}

/** One hex spacing, in km, so that the hexes together cover about England's area. */
export function spacingKm(topo: AtlasTopology): number {
  const england = decode(asTopology(topo), topo.objects.england.geometries[0] as never);
  const areaKm2 = areaM2(england) / 1e6;
  return Math.sqrt(areaKm2 / (topo.objects.ccg.geometries.length * (Math.sqrt(3) / 2)));
}

export function parseOverrides(text: string, file = OVERRIDES_FILE): HexOverride[] {
  const rows = parseCsv(text, file, { columns: ['code', 'q', 'r', 'reason'], numeric: ['q', 'r'], nonEmpty: ['code', 'reason'] });
  return rows.map((row) => {
    const q = Number(row.get('q'));
    const r = Number(row.get('r'));
    if (!Number.isInteger(q) || !Number.isInteger(r)) fail(`${file} line ${row.line}: q and r must be whole numbers`);
    return { code: row.get('code'), q, r, reason: row.get('reason'), line: row.line };
  });
}

/** Move each overridden CCG to its cell; a CCG already there takes the overridden one's old cell. */
export function applyOverrides(cells: Map<string, HexCell>, overrides: readonly HexOverride[], file = OVERRIDES_FILE): void {
  for (const o of overrides) {
    const old = cells.get(o.code);
    if (!old) fail(`${file} line ${o.line}: unknown CCG code "${o.code}"`);
    const target = { q: o.q, r: o.r };
    const occupant = [...cells.entries()].find(([, c]) => cellKey(c) === cellKey(target));
    if (occupant) cells.set(occupant[0], old);
    cells.set(o.code, target);
  }
}

/**
 * Shift the layout so q starts at 0 and r at 0 or 1 (an even shift keeps odd-r's odd rows odd).
 * d3-hexjson decides a row's offset from (max r − r), so the top row must be even for it to draw
 * odd-r as the HexJSON definition does; if it is odd, the rows are renumbered by one and the
 * layout becomes even-r, which is the same picture. Returns the layout and the shift applied.
 */
export function normalise(cells: Map<string, HexCell>): { layout: HexLayout; dq: number; dr: number } {
  const all = [...cells.values()];
  const minR = Math.min(...all.map((c) => c.r));
  const dq = -Math.min(...all.map((c) => c.q));
  let dr = -(minR - (((minR % 2) + 2) % 2));
  const odd = (Math.max(...all.map((c) => c.r)) + dr) % 2 === 1;
  if (odd) dr += 1;
  for (const [code, c] of cells) cells.set(code, { q: c.q + dq, r: c.r + dr });
  return { layout: odd ? 'even-r' : GRID, dq, dr };
}

export function hexStats(doc: HexJson, pairs: readonly [string, string][]): Pick<HexStats, 'pairs' | 'keptPairs' | 'share'> {
  const kept = pairs.filter(([a, b]) => areHexNeighbours(doc.hexes[a]!, doc.hexes[b]!, doc.layout)).length;
  return { pairs: pairs.length, keptPairs: kept, share: kept / pairs.length };
}

/** STPs whose hexes are not one connected group. */
export function brokenGroups(doc: HexJson, field = 'stp'): string[] {
  const groups = new Map<string, HexCell[]>();
  for (const h of Object.values(doc.hexes)) groups.set(String(h[field]), [...(groups.get(String(h[field])) ?? []), h]);
  return [...groups].filter(([, cells]) => pieces(cells, doc.layout) > 1).map(([g]) => g).sort();
}

export interface HexBuild {
  doc: HexJson;
  text: string;
  stats: HexStats;
  /** STPs not in one piece: the build refuses a layout with any. */
  broken: string[];
}

/** The layout and its measures, whether or not every STP came out in one piece. */
export function makeHexJson(topo: AtlasTopology, cumbriaSplit: Record<string, number>, overrides: readonly HexOverride[], opts: LayoutOptions = DEFAULT_LAYOUT_OPTIONS): HexBuild {
  const km = spacingKm(topo);
  const proj = ukAlbers();
  const ccgs = topo.objects.ccg.geometries.map((g) => g.properties);
  const stpNames = new Map(topo.objects.stp.geometries.map((g) => [g.properties.code, g.properties.name]));
  const sites: Site[] = ccgs.map((p) => {
    const xy = proj(p.lp);
    if (!xy) fail(`hex layout: cannot project the label point of ${p.code}`);
    return { code: p.code, group: mainStp(p.stp, cumbriaSplit), at: [xy[0] / 1000 / km, xy[1] / 1000 / km] };
  });
  const index = new Map(sites.map((s, i) => [s.code, i]));
  const pairs = geographicPairs(topo);
  const pairIdx = pairs.map(([a, b]) => [index.get(a)!, index.get(b)!] as [number, number]);
  const targets = relax(sites, pairIdx, opts);
  const start = assignToCells(targets, cellsNear(targets, 2.5));
  const neighbours = sites.map((_, i) => pairIdx.flatMap(([a, b]) => (a === i ? [b] : b === i ? [a] : [])));
  const placed = improveLayout({ groups: sites.map((s) => s.group), targets, neighbours, start }, opts);

  const cells = new Map(sites.map((s, i) => [s.code, placed[i]!]));
  const { layout, dq, dr } = normalise(cells);
  applyOverrides(cells, overrides);
  const hexes: Record<string, CcgHex> = {};
  for (const p of ccgs) {
    const stp = mainStp(p.stp, cumbriaSplit);
    const c = cells.get(p.code)!;
    hexes[p.code] = { q: c.q, r: c.r, n: p.name, stp, stp_name: stpNames.get(stp)!, ...(Array.isArray(p.stp) ? { split: true as const } : {}) };
  }
  const doc = parseHexJson({ layout, hexes });
  const moved = sites.map((s) => {
    const c = cells.get(s.code)!;
    const [x, y] = centre({ q: c.q - dq, r: c.r - dr });
    return Math.hypot(x - s.at[0], y - s.at[1]);
  });
  const stats: HexStats = { ...hexStats(doc, pairs), meanDisplacement: moved.reduce((a, b) => a + b, 0) / moved.length, spacingKm: km };
  return { doc, text: hexJsonText(doc), stats, broken: brokenGroups(doc) };
}

export function buildHexJson(topo: AtlasTopology, cumbriaSplit: Record<string, number>, overrides: readonly HexOverride[]): HexBuild {
  const built = makeHexJson(topo, cumbriaSplit, overrides);
  if (built.broken.length) fail(`hex layout: STPs not in one piece: ${built.broken.join(', ')} (fix with ${OVERRIDES_FILE})`);
  return built;
}

/** One hex a line: readable diffs, small file. */
export function hexJsonText(doc: HexJson): string {
  const lines = Object.entries(doc.hexes).map(([code, h]) => `    ${JSON.stringify(code)}: ${JSON.stringify(h)}`);
  return `{\n  "layout": ${JSON.stringify(doc.layout)},\n  "hexes": {\n${lines.join(',\n')}\n  }\n}\n`;
}
