import { describe, expect, it } from 'vitest';
import { testGeography } from '../data/test-atlas';

// The committed topology the app loads: the 2016 cut is checked against the real areas.
const stp = testGeography('stp');
const ccg = testGeography('ccg');
const CUMBRIA_CCG = 'E38000041';

describe('the 2016 STPs and CCGs on their boundaries', () => {
  it('has 44 STPs and 209 CCGs, by short name, each with one shape of its own code', () => {
    expect(stp.areas).toHaveLength(44);
    expect(ccg.areas).toHaveLength(209);
    for (const geography of [stp, ccg]) {
      const names = geography.areas.map((a) => a.shortName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(geography.shapes.features.map((f) => f.id).sort()).toEqual(geography.areas.map((a) => a.code).sort());
      expect(geography.areas.every((a) => a.level === geography.level)).toBe(true);
    }
    expect(ccg.area('E38000177')).toMatchObject({ name: 'NHS Surrey Downs CCG', shortName: 'Surrey Downs CCG', ods: '99H', parents: ['E54000035'] });
  });

  it('links CCGs and STPs both ways, NHS Cumbria CCG under both of its STPs', () => {
    for (const area of ccg.areas) {
      expect(area.parents.length).toBeGreaterThan(0);
      for (const parent of area.parents) expect(stp.area(parent)!.children).toContain(area.code);
    }
    expect(ccg.area(CUMBRIA_CCG)!.parents.sort()).toEqual(['E54000047', 'E54000048']);
    expect(stp.areas.flatMap((a) => a.children)).toHaveLength(210);
    const children = stp.area('E54000035')!.children.map((c) => ccg.area(c)!.shortName);
    expect(children).toEqual([...children].sort((a, b) => a.localeCompare(b)));
  });

  it('finds neighbours by shared borders, symmetric and within the level', () => {
    for (const geography of [stp, ccg]) {
      for (const area of geography.areas) {
        for (const n of area.neighbours) expect(geography.area(n)!.neighbours).toContain(area.code);
      }
    }
    expect(stp.area('E54000035')!.neighbours.length).toBeGreaterThan(2);
  });

  it('puts label points inside bounds inside England', () => {
    for (const area of [...stp.areas, ...ccg.areas]) {
      const [[w, s], [e, n]] = area.bounds;
      expect(w).toBeGreaterThan(-7);
      expect(e).toBeLessThan(2);
      expect(s).toBeGreaterThan(49.8);
      expect(n).toBeLessThan(56);
      expect(area.labelPoint[0]).toBeGreaterThanOrEqual(w);
      expect(area.labelPoint[0]).toBeLessThanOrEqual(e);
    }
  });

  it('draws STP borders over the CCG map and the same England behind both', () => {
    expect(ccg.overlayLevel).toBe('stp');
    expect(stp.overlayLevel).toBeNull();
    expect(ccg.land).toBe(stp.land);
    expect(stp.land.features.length).toBeGreaterThan(0);
  });

  it('finds areas and shapes of the other level of the same cut', () => {
    expect(stp.find('E38000177')?.level).toBe('ccg');
    expect(ccg.find('E54000035')?.shortName).toBe('Surrey Heartlands');
    expect(ccg.findShape('E54000035')).toBe(stp.shape('E54000035'));
    expect(stp.find('E99999999')).toBeUndefined();
    expect(ccg.at('stp')).toBe(stp);
  });
});
