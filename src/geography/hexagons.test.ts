import { readFileSync } from 'node:fs';
import { geoArea, geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { AtlasTopology, Level } from '../data/types';
import { parseHexJson } from '../domain/hexjson';
import { ENGLAND_BOUNDS } from '../domain/mercator';
import type { AreaShape, GeographyKey } from './geography';
import { hexagons2016 } from './hexagons';
import { createGeographyRegistry } from './registry';

const topology = JSON.parse(readFileSync('public/geo/atlas.topo.json', 'utf8')) as AtlasTopology;
const layout = parseHexJson(readFileSync('public/geo/ccg-hex.hexjson', 'utf8'));
const hex = (level: Level): GeographyKey => ({ level, orgs: '2016', shape: 'hex' });

function registry() {
  const r = createGeographyRegistry(topology);
  r.add(hexagons2016(layout));
  return r;
}

const CUMBRIA_CCG = 'E38000041';
const NORTH_WEST_LONDON = 'E54000027';

function outerRing(shape: AreaShape): number[][] {
  return (shape.geometry.type === 'Polygon' ? shape.geometry.coordinates[0] : shape.geometry.coordinates[0]![0])!;
}

describe('the hexagon cut of England', () => {
  it('is added to the registry once its layout is loaded', () => {
    const r = createGeographyRegistry(topology);
    expect(r.has(hex('ccg'))).toBe(false);
    expect(r.has({ ...hex('ccg'), shape: 'geo' })).toBe(true);
    expect(() => r.get(hex('ccg'))).toThrow('No geography for organisations 2016 drawn as hex');
    r.add(hexagons2016(layout));
    expect(r.has(hex('ccg'))).toBe(true);
    expect(r.get(hex('ccg')).areas).toHaveLength(209);
  });

  it('draws each of the 209 CCGs as a hexagon that Web Mercator shows regular, inside England\'s box', () => {
    const ccg = registry().get(hex('ccg'));
    expect(ccg.id).toBe('ccg/2016/hex');
    expect(ccg.shapes.features).toHaveLength(209);
    expect(ccg.land.features).toEqual([]);
    expect(ccg.overlayLevel).toBe('stp');
    const project = geoMercator();
    const [[west, south], [east, north]] = ENGLAND_BOUNDS;
    for (const feature of ccg.shapes.features) {
      const ring = outerRing(feature);
      expect(ring).toHaveLength(7);
      // Wound as d3-geo wants (clockwise): a small area, not the rest of the sphere.
      expect(geoArea(feature)).toBeLessThan(1e-3);
      const points = ring.map((p) => project(p as [number, number])!);
      const sides = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
      expect(Math.max(...sides) / Math.min(...sides)).toBeLessThan(1.0001);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThanOrEqual(west - 1e-6);
        expect(lon).toBeLessThanOrEqual(east + 1e-6);
        expect(lat).toBeGreaterThanOrEqual(south - 1e-6);
        expect(lat).toBeLessThanOrEqual(north + 1e-6);
      }
    }
  });

  it('keeps names and parents, and makes hexagons sharing an edge neighbours (both ways)', () => {
    const ccg = registry().get(hex('ccg'));
    const geo = registry().get({ ...hex('ccg'), shape: 'geo' });
    for (const area of ccg.areas) {
      expect(area.name).toBe(geo.area(area.code)!.name);
      expect(area.neighbours.length).toBeGreaterThan(0);
      expect(area.neighbours.length).toBeLessThanOrEqual(6);
      for (const n of area.neighbours) expect(ccg.area(n)!.neighbours).toContain(area.code);
    }
  });

  it('keeps NHS Cumbria CCG in both STPs and says which one it is drawn with', () => {
    const cumbria = registry().get(hex('ccg')).area(CUMBRIA_CCG)!;
    expect(cumbria.parents).toHaveLength(2);
    expect(cumbria.drawnWith).toBe('E54000047');
    expect(registry().get(hex('ccg')).areas.filter((a) => a.drawnWith)).toHaveLength(1);
  });

  it('merges each STP\'s hexagons into one shape, labelled on one of its own hexagons', () => {
    const r = registry();
    const stp = r.get(hex('stp'));
    expect(stp.shapes.features).toHaveLength(44);
    expect(stp.overlayLevel).toBeNull();
    for (const feature of stp.shapes.features) expect(geoArea(feature)).toBeLessThan(1e-2);
    const nwl = stp.area(NORTH_WEST_LONDON)!;
    expect(nwl.name).toContain('North West London');
    const labelled = nwl.children.map((code) => r.get(hex('ccg')).area(code)!.labelPoint);
    expect(labelled).toContainEqual(nwl.labelPoint);
    for (const area of stp.areas) for (const n of area.neighbours) expect(stp.area(n)!.neighbours).toContain(area.code);
  });

  it('offers each STP places for its label on its own hexagons and, for most, beside its group', () => {
    const r = registry();
    const ccg = r.get(hex('ccg'));
    const stps = r.get(hex('stp')).areas;
    // Distances are measured as drawn, in Web Mercator.
    const project = geoMercator();
    const cells = ccg.areas.map((area) => ({ at: project(area.labelPoint)!, stp: area.drawnWith ?? area.parents[0] }));
    const nearestStp = (lonLat: [number, number]) => {
      const [x, y] = project(lonLat)!;
      return cells.reduce((best, c) => (Math.hypot(c.at[0] - x, c.at[1] - y) < Math.hypot(best.at[0] - x, best.at[1] - y) ? c : best)).stp;
    };
    for (const stp of stps) {
      const { inside, beside } = stp.labelPlaces!;
      expect(inside).toContainEqual(stp.labelPoint);
      for (const place of [...inside, ...beside]) expect(nearestStp(place), stp.code).toBe(stp.code);
    }
    // London's and the Midlands' inner groups are walled in by others; the coasts' are not.
    const withRoomBeside = stps.filter((stp) => stp.labelPlaces!.beside.length > 0).length;
    console.log(`STP groups with a place beside them on the hexagons: ${withRoomBeside} of 44`);
    expect(withRoomBeside).toBeGreaterThan(15);
  });

  it('gives London\'s CCGs the same room as rural ones', () => {
    const ccg = registry().get(hex('ccg'));
    const width = (code: string) => {
      const [[w], [e]] = ccg.area(code)!.bounds;
      return e - w;
    };
    // NHS West London CCG (a few km across) and NHS Cumbria CCG (over 100 km) are the same hexagon.
    expect(width('E38000202') / width(CUMBRIA_CCG)).toBeCloseTo(1, 6);
  });
});
