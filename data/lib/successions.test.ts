import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSuccessions, checkBodyCounts, codeOn, CUMBRIA, EXPECTED_BODIES, LANCASHIRE_NORTH, parseChain, parseOdsCcgs,
  readOdsCcgs, readSuccessionRows, titleCase, type OdsCcg, type SuccessionRow,
} from './successions';
import { SHARED_DIR, SKIP_SHARED } from './testing';

const row = (ccg16cd: string, ods: string, name: string, stp: string, chain = '', extra: Partial<SuccessionRow> = {}): SuccessionRow => ({
  ccg16cd, ods, name, stps: stp.split(';'), ccg17cd: ccg16cd, ccg17nm: name, change2017: 'unchanged', change2018: '',
  firstSuccessorOns: '', firstSuccessorName: '', chain, line: 2, ...extra,
});

// Four CCGs: Cumbria (split), Lancashire North (takes Furness in 2017), two that merge in 2018 and again in 2020.
const rows: SuccessionRow[] = [
  row(CUMBRIA, '01H', 'NHS Cumbria CCG', 'E54000047;E54000048', '', { ccg17cd: 'E38000215', ccg17nm: 'NHS North Cumbria CCG', change2017: 'new ONS code, same ODS code (boundary change)' }),
  row(LANCASHIRE_NORTH, '01K', 'NHS Lancashire North CCG', 'E54000048', '', { ccg17cd: 'E38000216', ccg17nm: 'NHS Morecambe Bay CCG', change2018: 'new ONS code E38000228 (boundary change), same ODS code' }),
  row('E38000003', '10Y', 'NHS Aylesbury Vale CCG', 'E54000044', '14Y@20180401 > 99X@20200401', { firstSuccessorOns: 'E38000223', firstSuccessorName: 'NHS Buckinghamshire CCG' }),
  row('E38000031', '10H', 'NHS Chiltern CCG', 'E54000044', '14Y@20180401 > 99X@20200401', { firstSuccessorOns: 'E38000223', firstSuccessorName: 'NHS Buckinghamshire CCG' }),
];
const ods = new Map<string, OdsCcg>([
  ['01H', { name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB - 01H', parent: 'QHM' }],
  ['01K', { name: 'NHS LANCASHIRE AND SOUTH CUMBRIA ICB - 01K', parent: 'QE1' }],
  ['99X', { name: 'NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST ICB - 99X', parent: 'QU9' }],
]);
const built = buildSuccessions({ rows, ods, cumbriaStps: { north: 'E54000047', furness: 'E54000048' } });
const countsOf = (): number[] => built.years.map((y) => y.bodies.length);

describe('successor chains (pure)', () => {
  it('parses a chain and refuses one that goes back in time or is malformed', () => {
    expect(parseChain('15D@20180401 > D4U1Y@20210401', 'x')).toEqual([{ code: '15D', date: '2018-04-01' }, { code: 'D4U1Y', date: '2021-04-01' }]);
    expect(parseChain('', 'x')).toEqual([]);
    expect(() => parseChain('15D@20210401 > D4U1Y@20180401', 'x')).toThrow(/back in time/);
    expect(() => parseChain('15D-20180401', 'x')).toThrow(/not CODE@YYYYMMDD/);
  });

  it('follows a chain to the code in force on a date', () => {
    const chain = parseChain(rows[2]!.chain, 'x');
    expect(codeOn(rows[2]!, chain, '2017-04-01')).toBe('10Y');
    expect(codeOn(rows[2]!, chain, '2018-04-01')).toBe('14Y');
    expect(codeOn(rows[2]!, chain, '2022-07-01')).toBe('99X');
  });

  it('title-cases ODS names but keeps NHS, ICB, codes and small words', () => {
    expect(titleCase('NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST ICB - 14Y')).toBe('NHS Buckinghamshire, Oxfordshire and Berkshire West ICB – 14Y');
    expect(titleCase('NHS STOKE-ON-TRENT CCG')).toBe('NHS Stoke-on-Trent CCG');
  });

  it('reads the header-less ODS extract and rejects a short row', () => {
    expect(parseOdsCcgs('"00C","NHS DARLINGTON CCG","Y63","QHM","a","b","c","d","","TS23","20130401","20200331"\n').get('00C')).toEqual({ name: 'NHS DARLINGTON CCG', parent: 'QHM' });
    expect(() => parseOdsCcgs('"00C","NHS DARLINGTON CCG"\n')).toThrow(/2 fields/);
  });
});

describe('bodies by year and stories (pure, small fixture)', () => {
  it('counts bodies per year: the Furness part joins Morecambe Bay in 2017, Bucks merges in 2018', () => {
    expect(countsOf()).toEqual([4, 4, 3, 3, 3, 3, 3]);
    const y2017 = built.years[1]!.bodies;
    expect(y2017.find((b) => b.code === '01K')).toMatchObject({ members: [CUMBRIA, LANCASHIRE_NORTH], cumbriaPart: 'furness', name: 'NHS Morecambe Bay CCG', ons: 'E38000216' });
    expect(y2017.find((b) => b.code === '01H')).toMatchObject({ members: [CUMBRIA], cumbriaPart: 'north', ons: 'E38000215' });
    expect(built.years[2]!.bodies.find((b) => b.code === '14Y')).toMatchObject({ name: 'NHS Buckinghamshire CCG', ons: 'E38000223', members: ['E38000003', 'E38000031'] });
  });

  it('names a later body by its 2022 name, flagged, and gives no ONS code after 2018', () => {
    const body = built.years[4]!.bodies.find((b) => b.code === '99X')!;
    expect(body).toMatchObject({ laterName: true, name: 'NHS Buckinghamshire, Oxfordshire and Berkshire West ICB – 99X' });
    expect(body.ons).toBeUndefined();
  });

  it('tells each CCG what became of it, ending at its ICB; Cumbria in two parts', () => {
    expect(built.stories['E38000003']!.map((s) => `${s.date} ${s.change} ${s.code}`)).toEqual(['2018-04-01 merged 14Y', '2020-04-01 merged 99X', '2022-07-01 icb QU9']);
    expect(built.stories[CUMBRIA]!.map((s) => `${s.date} ${s.change} ${s.code} ${s.cumbriaPart}`)).toEqual([
      '2017-04-01 recoded 01H north', '2017-04-01 merged 01K furness', '2018-04-01 recoded 01K furness', '2022-07-01 icb QHM north', '2022-07-01 icb QE1 furness',
    ]);
  });

  it('says which ICBs an STP went to and which STPs share them', () => {
    expect(built.stps['E54000048']).toEqual({ icbs: ['QE1'], sharedWith: { QE1: [] } });
    expect(built.stps['E54000047']).toEqual({ icbs: ['QHM'], sharedWith: { QHM: [] } });
  });

  it('fails when a year does not have the published count', () => {
    expect(() => checkBodyCounts(built.years)).toThrow(/4 bodies in April 2016, the published count is 209/);
  });

  it('fails on a final code that is not an ICB sub-location', () => {
    const bad = new Map(ods).set('99X', { name: 'NHS SOMEWHERE CCG', parent: 'Y56' });
    expect(() => buildSuccessions({ rows, ods: bad, cumbriaStps: { north: 'E54000047', furness: 'E54000048' } })).toThrow(/is not "NHS <name> ICB - <code>"/);
  });
});

describe.skipIf(SKIP_SHARED)('successions from the shared sources', () => {
  // Read in beforeAll, not while the suite is collected: a skipped suite's body still runs.
  let real: ReturnType<typeof buildSuccessions>;
  beforeAll(() => {
    real = buildSuccessions({ rows: readSuccessionRows(SHARED_DIR), ods: readOdsCcgs(SHARED_DIR), cumbriaStps: { north: 'E54000047', furness: 'E54000048' } });
  });

  it('rebuilds the published counts 209 → 207 → 195 → 191 → 135 → 106 CCGs and 42 ICBs', () => {
    expect(real.years.map((y) => y.bodies.length)).toEqual(Object.values(EXPECTED_BODIES));
    expect(() => checkBodyCounts(real.years)).not.toThrow();
  });

  it('puts every 2016 CCG (each Cumbria part) in exactly one body per year', () => {
    for (const set of real.years) {
      const seen = set.bodies.flatMap((b) => b.members.map((m) => (m === CUMBRIA ? `${m}#${b.cumbriaPart ?? 'whole'}` : m)));
      expect(new Set(seen).size, set.label).toBe(seen.length);
      expect(seen.filter((m) => !m.startsWith(CUMBRIA)).length, set.label).toBe(208);
    }
  });

  it('tells Aylesbury Vale it became NHS Buckinghamshire CCG in April 2018, then the BOB ICB', () => {
    expect(real.stories['E38000003']!.map((s) => `${s.date} ${s.code} ${s.name}`)).toEqual([
      '2018-04-01 14Y NHS Buckinghamshire CCG', '2022-07-01 QU9 NHS Buckinghamshire, Oxfordshire and Berkshire West ICB',
    ]);
  });

  it('merges the three Manchester CCGs in April 2017 (207)', () => {
    const manchester = real.years[1]!.bodies.find((b) => b.code === '14L')!;
    expect(manchester).toMatchObject({ name: 'NHS Manchester CCG', ons: 'E38000217', members: ['E38000032', 'E38000123', 'E38000158'] });
  });
});
