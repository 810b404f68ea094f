import { describe, expect, it } from 'vitest';
import { testAtlas, testChoropleth, testGeography } from '../data/test-atlas';
import { DEFAULT_STATE } from '../state/state';
import { orgsTitle } from './describe';
import { locateArea } from './locate';

const in2016 = (code: string) => testGeography('ccg').find(code) !== undefined;

describe('the organisations of later years, dissolved from the 2016 CCGs', () => {
  it('counts 207, 195, 191, 135 and 106 CCGs, the 44 STP footprints to 2021 and 42 ICBs in July 2022', () => {
    const counts = (['2017', '2018', '2019', '2020', '2021', '2022'] as const).map((year) => [testGeography('ccg', year).areas.length, testGeography('stp', year).areas.length]);
    expect(counts).toEqual([[207, 44], [195, 44], [191, 44], [135, 44], [106, 44], [106, 42]]);
    expect(orgsTitle(testGeography('ccg', '2018'))).toBe('195 CCGs, April 2018');
    expect(orgsTitle(testGeography('stp', '2022'))).toBe('42 ICBs, July 2022');
  });

  it('gives every area one shape of its code, neighbours across shared borders and the 2016 CCG borders to draw faintly', () => {
    const ccgs = testGeography('ccg', '2020');
    expect(ccgs.shapes.features.map((f) => f.id).sort()).toEqual(ccgs.areas.map((a) => a.code).sort());
    expect(ccgs.areas.every((a) => a.neighbours.length > 0 || a.name === 'NHS Isle of Wight CCG')).toBe(true);
    expect(ccgs.faintBorders?.features).toHaveLength(209);
    expect(testGeography('ccg').faintBorders ?? null).toBeNull();
  });

  it('holds every 2016 CCG in exactly one body a year (NHS Cumbria CCG in two, by part)', () => {
    for (const year of ['2017', '2018', '2019', '2020', '2021', '2022'] as const) {
      for (const level of ['ccg', 'stp'] as const) {
        const geography = testGeography(level, year);
        if (level === 'stp' && year !== '2022') continue;
        const members = geography.areas.flatMap((a) => a.predecessors ?? []);
        expect(members.filter((c) => c !== 'E38000041')).toHaveLength(208);
        expect(members.filter((c) => c === 'E38000041')).toHaveLength(2);
      }
    }
  });

  it('links the CCGs of 2018 to their STPs, Leeds to West Yorkshire, and the STP footprints to them', () => {
    const ccgs = testGeography('ccg', '2018');
    const leeds = ccgs.area('15F')!;
    expect(leeds).toMatchObject({ name: 'NHS Leeds CCG', parents: ['E54000005'] });
    expect(leeds.predecessors).toHaveLength(3);
    expect(ccgs.find('E54000005')?.children).toContain('15F');
    for (const area of ccgs.areas) for (const parent of area.parents) expect(ccgs.find(parent)!.children).toContain(area.code);
  });

  it('names the sub-ICB locations of July 2022 by their ICB and puts them under it', () => {
    const subIcbs = testGeography('ccg', '2022');
    expect(subIcbs.area('00L')).toMatchObject({ name: 'NHS North East and North Cumbria ICB – 00L', parents: ['QHM'], laterName: true });
    expect(subIcbs.find('QHM')?.children).toContain('00L');
    expect(subIcbs.areas.every((a) => a.parents.length === 1)).toBe(true);
  });

  it('colours later years by the count of merged CCGs and by population summed from them, Cumbria approximate', () => {
    const count = testChoropleth({ ...DEFAULT_STATE, orgs: '2018', level: 'ccg', metric: 'predecessors', period: 'since-2016' });
    expect(count.values.get('15F')).toBe(3);
    expect(count.values.size).toBe(195);
    const people = testChoropleth({ ...DEFAULT_STATE, orgs: '2022', level: 'stp', metric: 'population', period: 'mid-2015' });
    const pop2016 = testAtlas.metrics.values.population!.ccg!['mid-2015']!;
    const wy = testGeography('stp', '2022').areas.find((a) => a.name.includes('West Yorkshire'))!;
    expect(people.values.get(wy.code)).toBe(wy.predecessors!.reduce((sum, c) => sum + (pop2016[c] as number), 0));
    expect(people.approximate.has('QE1')).toBe(true);
    expect((people.values.get('QE1') as number) % 1000).toBe(0);
    expect(people.approximate.has(wy.code)).toBe(false);
    expect(people.title).toBe('Population, mid-2015, summed from the 2016 CCGs');
  });
});

describe('locateArea', () => {
  it('finds what a 2016 CCG, an STP or a body stands for in another year', () => {
    expect(locateArea('E38000003', '2017', testAtlas.orgs, in2016)).toBe('10Y');
    expect(locateArea('E38000003', '2018', testAtlas.orgs, in2016)).toBe('14Y');
    expect(locateArea('E38000003', '2022', testAtlas.orgs, in2016)).toBe(locateArea('14Y', '2022', testAtlas.orgs, in2016));
    expect(locateArea('E54000005', '2019', testAtlas.orgs, in2016)).toBe('E54000005');
    expect(locateArea('E54000047', '2022', testAtlas.orgs, in2016)).toBe('QHM');
    expect(locateArea('QHM', '2021', testAtlas.orgs, in2016)).toBeNull();
    expect(locateArea('14Y', '2016', testAtlas.orgs, in2016)).toBe('E38000003');
    expect(locateArea('15F', '2020', null, in2016)).toBeNull();
  });
});
