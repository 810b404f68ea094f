// The committed hex map (public/geo/ccg-hex.hexjson) against the committed topology: one cell per
// CCG, every STP in one piece, geographic neighbours kept, and a picture that reads as England.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderHexJSON } from 'd3-hexjson';
import { describe, expect, it } from 'vitest';
import { fitHexes, hexCentre, parseHexJson, type HexCell } from '../src/domain/hexjson';
import { REPO_ROOT, TOPO_PATH } from './build';
import { brokenGroups, geographicPairs, HEX_PATH, hexStats } from './lib/hexbuild';
import type { AtlasTopology } from './lib/topology';

const doc = parseHexJson(readFileSync(path.join(REPO_ROOT, 'public', HEX_PATH), 'utf8'));
const topo = JSON.parse(readFileSync(path.join(REPO_ROOT, 'public', TOPO_PATH), 'utf8')) as AtlasTopology;
const ccgs = topo.objects.ccg.geometries.map((g) => g.properties);
const stps = topo.objects.stp.geometries.map((g) => g.properties);
const LONDON_STPS = ['E54000027', 'E54000028', 'E54000029', 'E54000030', 'E54000031'];
const CUMBRIA = 'E38000041';
const KERNOW = 'E38000089';
const NORTHUMBERLAND = 'E38000130';

const hexes = Object.entries(doc.hexes);
const screen = (cell: HexCell): [number, number] => hexCentre(cell, doc.layout);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

describe('the CCG hex map', () => {
  it('has each of the 209 CCGs in exactly one cell, no two in one cell', () => {
    expect(hexes).toHaveLength(209);
    expect(new Set(hexes.map(([code]) => code))).toEqual(new Set(ccgs.map((c) => c.code)));
    expect(new Set(hexes.map(([, h]) => `${h.q},${h.r}`)).size).toBe(209);
  });

  it('names each CCG and its STP as the topology does', () => {
    const stpName = new Map(stps.map((s) => [s.code, s.name]));
    for (const c of ccgs) {
      const h = doc.hexes[c.code]!;
      expect(h['n']).toBe(c.name);
      expect(Array.isArray(c.stp) ? c.stp : [c.stp]).toContain(h['stp']);
      expect(h['stp_name']).toBe(stpName.get(String(h['stp'])));
    }
  });

  it('draws every one of the 44 STPs as one connected group', () => {
    expect(new Set(hexes.map(([, h]) => h['stp'])).size).toBe(44);
    expect(brokenGroups(doc)).toEqual([]);
  });

  it('puts NHS Cumbria CCG with the STP holding most of it and marks it split; no other hex is split', () => {
    expect(doc.hexes[CUMBRIA]).toMatchObject({ stp: 'E54000047', split: true });
    expect(hexes.filter(([, h]) => h['split'] !== undefined).map(([code]) => code)).toEqual([CUMBRIA]);
  });

  it('keeps most geographic neighbours (CCGs sharing a border in the topology) as hex neighbours', () => {
    const s = hexStats(doc, geographicPairs(topo));
    console.log(`hex map: ${s.keptPairs} of ${s.pairs} geographic neighbour pairs are hex neighbours (${(100 * s.share).toFixed(1)}%)`);
    expect(s.pairs).toBeGreaterThan(500);
    expect(s.share).toBeGreaterThanOrEqual(0.68);
  });

  it('reads as England: London south-east of the median, Cornwall at the south-west tip, Northumberland at the top', () => {
    const all = hexes.map(([, h]) => screen(h));
    const [mx, my] = [median(all.map((p) => p[0])), median(all.map((p) => p[1]))];
    const london = hexes.filter(([, h]) => LONDON_STPS.includes(String(h['stp']))).map(([, h]) => screen(h));
    expect(london).toHaveLength(32);
    const lx = london.reduce((s, p) => s + p[0], 0) / london.length;
    const ly = london.reduce((s, p) => s + p[1], 0) / london.length;
    expect(lx).toBeGreaterThan(mx);
    expect(ly).toBeGreaterThan(my); // y points down: south
    // South-west-most: smallest x − y (west and south) of all hexes.
    const sw = hexes.reduce((best, cur) => (screen(cur[1])[0] - screen(cur[1])[1] < screen(best[1])[0] - screen(best[1])[1] ? cur : best));
    expect(sw[0]).toBe(KERNOW);
    const topRow = Math.max(...hexes.map(([, h]) => h.r));
    expect(doc.hexes[NORTHUMBERLAND]!.r).toBeGreaterThanOrEqual(topRow - 1);
  });

  it('fits 1280×800 (and the map beside the 380 px panel) with every hexagon at least 20 px across', () => {
    for (const [w, h] of [[1280, 800], [900, 600]] as const) {
      const { size } = fitHexes(hexes.map(([, x]) => x), doc.layout, w, h);
      expect(Math.sqrt(3) * size).toBeGreaterThanOrEqual(20);
    }
  });

  it('is drawn by d3-hexjson exactly as by src/domain/hexjson.ts (same centres up to scale and offset)', () => {
    const rendered = renderHexJSON(structuredClone(doc), 600, 800);
    expect(rendered).toHaveLength(209);
    const size = -rendered[0]!.vertices[0]!.y;
    const at = (h: { key: string }): [number, number] => hexCentre(doc.hexes[h.key]!, doc.layout, size);
    const dx = rendered[0]!.x - at(rendered[0]!)[0];
    const dy = rendered[0]!.y - at(rendered[0]!)[1];
    for (const h of rendered) {
      expect(h.x).toBeCloseTo(at(h)[0] + dx, 6);
      expect(h.y).toBeCloseTo(at(h)[1] + dy, 6);
    }
  });
});
