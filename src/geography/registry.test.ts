import { describe, expect, it } from 'vitest';
import type { AtlasTopology, Level } from '../data/types';
import type { Area, Cut, CutFactory, GeographyKey, OrgsYear } from './geography';
import { createGeographyRegistry } from './registry';

const topology = {} as AtlasTopology;

function area(code: string, level: Level, name: string, parents: string[] = [], children: string[] = []): Area {
  return { code, level, name, shortName: name, parents, children, labelPoint: [0, 0], bounds: [[0, 0], [1, 1]], neighbours: [] };
}

function square(code: string) {
  return { type: 'Feature' as const, id: code, properties: { code }, geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } };
}

const LAND = { type: 'FeatureCollection' as const, features: [] };

/** A two-level cut of three CCGs in two STPs, counting how often each level is built. */
function toyCut(builds: Level[]): CutFactory {
  const levels: Record<Level, Area[]> = {
    stp: [area('S2', 'stp', 'North', [], ['C3']), area('S1', 'stp', 'East', [], ['C1', 'C2'])],
    ccg: [area('C2', 'ccg', 'Beta', ['S1']), area('C1', 'ccg', 'Alpha', ['S1']), area('C3', 'ccg', 'Gamma', ['S2'])],
  };
  return () => ({
    orgs: '2016',
    shape: 'geo',
    build(level) {
      builds.push(level);
      return { areas: levels[level], shapes: { type: 'FeatureCollection', features: levels[level].map((a) => square(a.code)) }, overlayLevel: level === 'ccg' ? 'stp' : null, land: LAND };
    },
  });
}

const key = (level: Level): GeographyKey => ({ level, orgs: '2016', shape: 'geo' });

describe('the geography registry', () => {
  it('builds each level once, when first asked for', () => {
    const builds: Level[] = [];
    const registry = createGeographyRegistry(topology, [toyCut(builds)]);
    expect(builds).toEqual([]);
    const stp = registry.get(key('stp'));
    expect(builds).toEqual(['stp']);
    expect(registry.get(key('stp'))).toBe(stp);
    expect(stp.at('stp')).toBe(stp);
    expect(builds).toEqual(['stp']);
    expect(stp.at('ccg')).toBe(registry.get(key('ccg')));
    expect(builds).toEqual(['stp', 'ccg']);
  });

  it('sorts areas by name, indexes them and their shapes by code and names the geography by its key', () => {
    const ccg = createGeographyRegistry(topology, [toyCut([])]).get(key('ccg'));
    expect(ccg.areas.map((a) => a.code)).toEqual(['C1', 'C2', 'C3']);
    expect(ccg.area('C2')?.name).toBe('Beta');
    expect(ccg.shape('C3')?.id).toBe('C3');
    expect(ccg.area('S1')).toBeUndefined();
    expect(ccg.id).toBe('ccg/2016/geo');
    expect(ccg.level).toBe('ccg');
  });

  it('finds areas and shapes of the other levels of the same cut', () => {
    const ccg = createGeographyRegistry(topology, [toyCut([])]).get(key('ccg'));
    expect(ccg.find('S1')?.children).toEqual(['C1', 'C2']);
    expect(ccg.findShape('S2')?.id).toBe('S2');
    expect(ccg.find('X')).toBeUndefined();
  });

  it('says which cut is missing', () => {
    const registry = createGeographyRegistry(topology, [toyCut([])]);
    expect(() => registry.get({ level: 'stp', orgs: '2031' as OrgsYear, shape: 'geo' })).toThrow('No geography for organisations 2031 drawn as geo');
  });

  it('lets a new cut be built from another one, as later organisations are dissolved from 2016 areas', () => {
    const merged: CutFactory = ({ geography }): Cut => ({
      orgs: '2017' as OrgsYear,
      shape: 'geo',
      build(level) {
        const base = geography(key(level));
        const areas = level === 'ccg' ? [area('C12', 'ccg', 'Alpha Beta', ['S1']), base.area('C3')!] : base.areas.map((a) => ({ ...a, children: a.code === 'S1' ? ['C12'] : a.children }));
        return { areas, shapes: base.shapes, overlayLevel: base.overlayLevel, land: base.land };
      },
    });
    const registry = createGeographyRegistry(topology, [toyCut([]), merged]);
    const later = registry.get({ level: 'ccg', orgs: '2017' as OrgsYear, shape: 'geo' });
    expect(later.areas.map((a) => a.name)).toEqual(['Alpha Beta', 'Gamma']);
    expect(later.find('S1')?.children).toEqual(['C12']);
    expect(later.id).toBe('ccg/2017/geo');
    expect(registry.get(key('ccg')).areas).toHaveLength(3);
  });
});
