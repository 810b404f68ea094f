// Output tests: run the whole build once into a temp dir and check the two files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { AreaDetailsFile, MetricsFile } from '../src/data/types';
import type { OrgsFile } from '../src/data/orgs-types';
import { LEVELS, TOPOLOGY_OBJECTS } from '../src/data/types';
import { validateMetrics, validateTopology } from '../src/data/load';
import { buildAll, type BuildResult } from './build';
import { pointInMulti, toMulti } from './lib/geom';
import { loadSources, CUMBRIA } from './lib/sources';
import type { AtlasTopology } from './lib/topology';
import { MIN_STP_OVERLAP } from './lib/validate';
import { SHARED_DIR, SKIP_SHARED } from './lib/testing';

let out: string;
let result: BuildResult;
let topo: AtlasTopology;
let metrics: MetricsFile;
const geo = (g: unknown): Feature<Polygon | MultiPolygon> =>
  feature(topo as unknown as Topology, g as GeometryObject) as Feature<Polygon | MultiPolygon>;

describe.skipIf(SKIP_SHARED)('data build outputs', () => {
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'atlas-build-'));
    result = await buildAll({ sharedDir: SHARED_DIR, outDir: out });
    topo = JSON.parse(result.topoText) as AtlasTopology;
    metrics = JSON.parse(result.metricsText) as MetricsFile;
  }, 60_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('has 209 CCGs, 44 STPs and one England, with the contract object names', () => {
    expect(Object.keys(topo.objects)).toEqual(Object.values(TOPOLOGY_OBJECTS));
    expect(topo.objects.ccg.geometries).toHaveLength(209);
    expect(topo.objects.stp.geometries).toHaveLength(44);
    expect(topo.objects.england.geometries).toHaveLength(1);
    const stpCodes = topo.objects.stp.geometries.map((g) => g.properties.code);
    expect(stpCodes[0]).toBe('E54000005');
    expect(stpCodes[43]).toBe('E54000048');
    expect(new Set(stpCodes).size).toBe(44);
  });

  it('joins every CCG to its STP(s) and ODS code; Cumbria has two parents', () => {
    const s = loadSources(SHARED_DIR);
    const stps = new Set(topo.objects.stp.geometries.map((g) => g.properties.code));
    for (const g of topo.objects.ccg.geometries) {
      const p = g.properties;
      const row = s.ccgs.get(p.code)!;
      expect(p.ods).toBe(row.ods);
      expect(p.name).toMatch(/^NHS .* CCG$/);
      if (p.code === CUMBRIA) expect(p.stp).toEqual(['E54000047', 'E54000048']);
      else {
        expect(p.stp).toBe(row.stps[0]);
        expect(stps.has(p.stp as string)).toBe(true);
      }
    }
    // Every STP has at least one child CCG.
    const parents = new Set(topo.objects.ccg.geometries.flatMap((g) => [g.properties.stp].flat()));
    expect([...stps].filter((c) => !parents.has(c))).toEqual([]);
    expect(topo.objects.stp.geometries.find((g) => g.properties.code === 'E54000005')!.properties.nhse_name).toBe('West Yorkshire and Harrogate');
    expect(topo.objects.stp.geometries.find((g) => g.properties.code === 'E54000007')!.properties.nhse_name).toBeUndefined();
  });

  it('puts every CCG label point inside its polygon, at 4 dp', () => {
    for (const g of topo.objects.ccg.geometries) {
      const [x, y] = g.properties.lp;
      expect(Math.round(x * 1e4) / 1e4).toBe(x);
      expect(Math.round(y * 1e4) / 1e4).toBe(y);
      expect(pointInMulti(g.properties.lp, toMulti(geo(g).geometry)), g.properties.code).toBe(true);
    }
  });

  it('stays within 120 KB gzipped', () => {
    expect(result.stats.gzipBytes).toBe(gzipSync(result.topoText, { level: 9 }).length);
    expect(result.stats.gzipBytes).toBeLessThanOrEqual(120 * 1024);
  });

  it('renders the right way round in d3-geo: every feature is small, not ~4π steradians', () => {
    for (const name of ['ccg', 'stp'] as const) {
      for (const g of topo.objects[name].geometries) {
        const a = geoArea(geo(g));
        expect(a, `${name} ${g.properties.code}`).toBeGreaterThan(0);
        expect(a, `${name} ${g.properties.code}`).toBeLessThan(0.1);
      }
    }
    expect(geoArea(geo(topo.objects.england.geometries[0]))).toBeLessThan(0.1);
  });

  it('keeps a visible polygon for every CCG and shares arcs (no gaps: England has no holes)', () => {
    for (const g of topo.objects.ccg.geometries) expect(toMulti(geo(g).geometry).length, g.properties.code).toBeGreaterThan(0);
    const eng = toMulti(geo(topo.objects.england.geometries[0]).geometry);
    expect(eng.every((poly) => poly.length === 1)).toBe(true);
  });

  it(`overlaps each ONS STP polygon by at least ${MIN_STP_OVERLAP * 100}% (measured minimum 98.2%, E54000031 South West London)`, () => {
    expect(result.overlaps).toHaveLength(44);
    expect(result.minOverlap.overlap).toBeGreaterThanOrEqual(MIN_STP_OVERLAP);
    expect(result.minOverlap.code).toBe('E54000031');
    expect(result.minOverlap.overlap).toBeCloseTo(0.9823, 3);
  });

  it('writes metrics the app validators accept, with a key for every area', () => {
    const codes = new Map<string, 'stp' | 'ccg'>();
    for (const level of LEVELS) for (const g of topo.objects[level].geometries) codes.set(g.properties.code, level);
    expect(() => validateTopology(JSON.parse(result.topoText))).not.toThrow();
    expect(validateMetrics(metrics, codes).leftOut).toEqual([]);
    expect(metrics.metrics.map((m) => m.key)).toEqual([
      'backlog', 'backlog_high_risk', 'backlog_significant_risk', 'backlog_moderate_risk', 'backlog_low_risk',
      'deficit_loans', 'deficit_loans_net', 'deficit_loans_balance', 'ae_4h', 'ae_4h_type1', 'trolley_waits_12h', 'trolley_waits_4h',
      'deprivation', 'population', 'pathfinder', 'interim_spend', 'ccg_inadequate_2015_16', 'new_care_models',
    ]);
    for (const def of metrics.metrics) {
      for (const level of def.levels) {
        for (const period of def.periods) {
          const file = def.lazyPeriods?.includes(period) ? (JSON.parse(result.monthlyText) as Pick<MetricsFile, 'values'>) : metrics;
          const t = file.values[def.key]![level]![period]!;
          expect(Object.keys(t).length, `${def.key} ${level} ${period}`).toBe(level === 'ccg' ? 209 : 44);
        }
      }
      for (const id of def.sources) expect(metrics.sources[id], id).toBeDefined();
      expect(def.periods).toContain(def.defaultPeriod);
    }
  });

  it('gets the headline values right', () => {
    const v = metrics.values;
    // HSJ: North West London "nearly £1bn", Derbyshire "£11m" (2015/16). The lookup as published gives
    // £1,004.5m (checked in the build against backlog_by_stp17.csv); NHS England's mapping moves RAN's
    // £25.6m to North Central London.
    expect(v.backlog!.stp!['2015-16']!['E54000027']).toBeCloseTo(978.9, 1);
    expect(v.backlog!.stp!['2015-16']!['E54000012']).toBeCloseTo(11.4, 1);
    const total = (p: string) => Object.values(v.backlog!.stp![p]!).reduce<number>((a, b) => a + (b as number), 0);
    expect(total('2015-16')).toBeCloseTo(4974.7, 0);
    // Interim spend: four reported, the rest null (never 0).
    const interim = v.interim_spend!.ccg!['2015-16']!;
    expect(interim['E38000177']).toBe(195000);
    expect(interim['E38000054']).toBe(500000);
    expect(interim['E38000129']).toBe(335000);
    expect(interim['E38000010']).toBe(310000);
    expect(Object.values(interim).filter((x) => x === null)).toHaveLength(205);
    expect(Object.values(interim)).not.toContain(0);
    // Pathfinders.
    const pf = v.pathfinder!.stp!['2016-17']!;
    expect(Object.keys(pf).filter((c) => pf[c] === 'yes')).toEqual(['E54000007', 'E54000026', 'E54000027', 'E54000032']);
    // Population: STPs sum to England; Cumbria split by area share.
    const pop = v.population!.stp!['mid-2015']!;
    expect(Object.values(pop).reduce<number>((a, b) => a + (b as number), 0)).toBe(54786327);
    expect(metrics.cumbria_split['E54000047']! + metrics.cumbria_split['E54000048']!).toBeCloseTo(1, 10);
    expect(metrics.cumbria_split['E54000047']).toBeCloseTo(0.72, 1);
    // Loans: zero is a real value for STPs without loans.
    const loans = v.deficit_loans!.stp!['2016-17']!;
    expect(Object.values(loans)).not.toContain(null);
    expect(Object.values(loans).reduce<number>((a, b) => a + (b as number), 0)).toBeCloseTo(3666.2, 0);
    // New care models: 0 is real; Dudley CCG has its MCP.
    expect(v.new_care_models!.ccg!['2015-17']!['E38000046']).toBe(1);
  });

  it('has the brief\'s events (in details.json, not the first load): Dudley £78m text, Aylesbury Vale merger application by Feb 2017', () => {
    const { events, vanguards } = JSON.parse(result.detailsText) as AreaDetailsFile;
    expect(metrics.events).toBeUndefined();
    const dudley = events.filter((e) => e.areas.includes('E38000046'));
    expect(dudley.some((e) => e.text.includes('£78m of Dudley Group FT services in scope (£27m provided directly, £51m subcontracted back)'))).toBe(true);
    const ayl = events.filter((e) => e.areas.includes('E38000003') && e.category === 'ccg_merger' && /application/.test(e.title));
    expect(ayl.length).toBeGreaterThan(0);
    expect(ayl[0]!.date <= '2017-02-28').toBe(true);
    expect(ayl[0]!.areas).toEqual(['E38000003', 'E38000033']);
    const ncl = events.find((e) => e.areas.includes('E38000005') && e.category === 'shared_leadership');
    expect(ncl?.areas.filter((a) => a.startsWith('E38'))).toHaveLength(5);
    for (const e of events) {
      expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(e.areas.length).toBeGreaterThan(0);
    }
    expect(vanguards).toHaveLength(50);
    expect((JSON.parse(result.detailsText) as AreaDetailsFile).facts.some((f) => f.level === 'trust')).toBe(true);
    expect(metrics.facts.find((f) => f.id === 'F011')?.value).toBe(-791);
  });

  it('writes each later year\'s organisations as arcs of the atlas topology, one shape per body', () => {
    const orgs = JSON.parse(result.orgsText) as OrgsFile;
    expect(orgs.years.map((y) => `${y.year}:${y.bodies.length}`)).toEqual(['2016:209', '2017:207', '2018:195', '2019:191', '2020:135', '2021:106', '2022:42']);
    const englandArea = geoArea(geo(topo.objects.england.geometries[0]));
    for (const set of orgs.years.slice(1)) {
      const layer = orgs.geometry[set.year]!;
      expect(layer.geometries.map((g) => g.properties.code), set.label).toEqual(set.bodies.map((b) => b.code));
      // Same arcs: the bodies tile England exactly as the 2016 CCGs do.
      const area = layer.geometries.reduce((sum, g) => sum + geoArea(geo(g)), 0);
      expect(area / englandArea, set.label).toBeCloseTo(1, 6);
    }
    // The Furness part of Cumbria is in Morecambe Bay from April 2017: 01K grew by Cumbria's southern piece.
    const areaOf = (year: string, code: string): number => geoArea(geo(orgs.geometry[year]!.geometries.find((g) => g.properties.code === code)));
    const lancashireNorth = geoArea(geo(topo.objects.ccg.geometries.find((g) => g.properties.code === 'E38000093')));
    const cumbria = geoArea(geo(topo.objects.ccg.geometries.find((g) => g.properties.code === CUMBRIA)));
    expect((areaOf('2017', '01K') - lancashireNorth) / cumbria).toBeCloseTo(metrics.cumbria_split['E54000048']!, 3);
  });
});
