import { describe, expect, it } from 'vitest';
import { normalizeState, orgYearsOf, type Catalog } from './normalize';
import { DEFAULT_STATE } from './state';
import { def, testCatalog as baseCatalog } from './test-catalog';

// The app adds the count of merged CCGs to the metrics of the data (src/data/atlas.ts).
const testCatalog: Catalog = { ...baseCatalog, defs: new Map([...baseCatalog.defs, ['predecessors', def('predecessors', '2016 CCGs merged into it', ['stp', 'ccg'], ['since-2016'], { unit: 'count' })]]) };
import { isNavigation, parseUrl, serializeUrl } from './url';

describe('orgs= in links', () => {
  it('reads each year of organisations and defaults to April 2016', () => {
    expect(parseUrl('', testCatalog).state.orgs).toBe('2016');
    for (const year of ['2016', '2017', '2018', '2019', '2020', '2021', '2022'] as const) {
      const { state, messages } = parseUrl(`?orgs=${year}`, testCatalog);
      expect(state.orgs).toBe(year);
      expect(messages).toEqual([]);
    }
  });

  it('falls back to April 2016 on an unknown year, politely and without echoing markup', () => {
    expect(parseUrl('?orgs=2031', testCatalog)).toMatchObject({ state: { orgs: '2016' }, messages: ['No organisations for "2031" — showing April 2016; choose 2016 to 2022'] });
    const hostile = parseUrl('?orgs=<img src=x>', testCatalog);
    expect(hostile.state.orgs).toBe('2016');
    expect(hostile.messages.join(' ')).not.toMatch(/[<>]/);
  });

  it('writes orgs only for a later year, so April 2016 links are unchanged, and round-trips', () => {
    expect(serializeUrl(DEFAULT_STATE)).not.toContain('orgs');
    const later = { ...DEFAULT_STATE, orgs: '2018' as const, level: 'ccg' as const, metric: 'predecessors' as const, period: 'since-2016' };
    expect(serializeUrl(later)).toBe('?orgs=2018&level=ccg&metric=predecessors&period=since-2016&classify=quantile');
    expect(parseUrl(serializeUrl(later), testCatalog).state).toMatchObject({ orgs: '2018', level: 'ccg', metric: 'predecessors' });
  });

  it('makes a change of year a new history entry', () => {
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, orgs: '2022' })).toBe(true);
  });
});

describe('normalizeState and the organisations year', () => {
  it('shows the 2016/17 metrics for April 2016 only, falling back to the count of merged CCGs with a message', () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, orgs: '2018', metric: 'backlog' }, testCatalog);
    expect(state.metric).toBe('predecessors');
    expect(state.period).toBe('since-2016');
    expect(messages).toEqual(['Backlog maintenance is shown for the organisations of April 2016 only — showing the number of 2016 CCGs merged into each area, April 2018']);
  });

  it('keeps population at a later year (summed from the 2016 CCGs) and drops the count at April 2016', () => {
    expect(normalizeState({ ...DEFAULT_STATE, orgs: '2022', metric: 'population', period: 'mid-2015' }, testCatalog).messages).toEqual([]);
    const back = normalizeState({ ...DEFAULT_STATE, metric: 'predecessors', period: 'since-2016' }, testCatalog);
    expect(back.state).toMatchObject({ metric: 'backlog', period: '2015-16' });
    expect(back.messages).toHaveLength(1);
  });

  it('moves the selected area to the one standing for it in the chosen year, or to England with a message', () => {
    const catalog: Catalog = { ...testCatalog, levelOf: (code) => (code === '15F' ? 'ccg' : testCatalog.levelOf(code)), locate: (code, orgs) => (orgs === '2016' ? code : code === 'E38000177' ? '15F' : null) };
    expect(normalizeState({ ...DEFAULT_STATE, orgs: '2018', metric: 'population', area: 'E38000177' }, catalog).state.area).toBe('15F');
    const gone = normalizeState({ ...DEFAULT_STATE, orgs: '2018', metric: 'population', area: 'E54000035' }, catalog);
    expect(gone.state.area).toBeNull();
    expect(gone.messages).toEqual(['Surrey Heartlands is not among the organisations of April 2018 — showing England']);
  });
});

describe('orgs= with shape=hex', () => {
  it('draws a later year on the geographic map: the hexagons are the 2016 organisations', () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, orgs: '2018', shape: 'hex', metric: 'predecessors', period: 'since-2016' }, testCatalog);
    expect(state.shape).toBe('geo');
    expect(messages).toEqual(['The hexagon map shows the organisations of April 2016 — showing April 2018 on the geographic map']);
    expect(normalizeState({ ...DEFAULT_STATE, shape: 'hex' }, testCatalog).state.shape).toBe('hex');
  });
});

describe('which years the timeline steps through', () => {
  const years = (key: string) => orgYearsOf(testCatalog.defs.get(key as never)!);

  it('population from April 2016 and the count of merged CCGs from April 2017 (it is not shown for 2016), to July 2022', () => {
    expect(years('population')).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(years('predecessors')).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
  });

  it('none for a metric with periods of its own (the timeline steps through those), one year for a 2016/17 metric of one period', () => {
    expect(years('backlog')).toEqual([]);
    expect(years('interim_spend')).toEqual(['2016']);
  });
});
