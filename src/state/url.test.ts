import { describe, expect, it } from 'vitest';
import { normalizeState } from './normalize';
import { DEFAULT_STATE } from './state';
import { testCatalog } from './test-catalog';
import { isNavigation, parseUrl, readUrl, serializeUrl, viewHref } from './url';

describe('parseUrl', () => {
  it('reads the defaults from an empty query', () => {
    const { state, messages } = parseUrl('', testCatalog);
    expect(state).toMatchObject({ level: 'stp', metric: 'backlog', period: '2015-16', classify: 'quantile', area: null });
    expect(messages).toEqual([]);
  });

  it('reads every parameter of a full link', () => {
    const { state, messages } = parseUrl('?level=ccg&metric=interim_spend&period=2015-16&classify=jenks&area=E38000177&view=7.50/51.3000/-0.3000&compare=E54000007,E38000177&events=merger,vanguard&asof=2017-02&embed=1&search=1&shape=hex', testCatalog);
    expect(messages).toEqual([]);
    expect(state).toEqual({
      orgs: '2016',
      level: 'ccg',
      metric: 'interim_spend',
      period: '2015-16',
      change: null,
      perHead: false,
      classify: 'jenks',
      area: 'E38000177',
      shape: 'hex',
      view: { center: [-0.3, 51.3], zoom: 7.5 },
      compare: ['E54000007', 'E38000177'],
      events: ['merger', 'vanguard'],
      asof: '2017-02',
      embed: true,
      search: true,
    });
  });

  it('falls back on a tampered link without echoing markup', () => {
    const { state, messages } = parseUrl('?level=zzz&metric=<script>alert(1)</script>&area=E99999999', testCatalog);
    expect(state).toMatchObject({ level: 'stp', metric: 'backlog', area: null });
    expect(messages).toContain('Unknown area code "E99999999" — showing England');
    expect(messages.join(' ')).not.toMatch(/[<>]/);
    expect(messages).toHaveLength(3);
  });

  it('never quotes a value that could carry markup', () => {
    const { messages } = parseUrl('?area=%3Cimg%20src=x%20onerror=alert(1)%3E&classify=%22%3E%3Cb%3E', testCatalog);
    expect(messages).toEqual(['Unknown classification — showing quantiles', 'Unknown area code — showing England']);
  });

  it('ignores very long values', () => {
    const { state, messages } = parseUrl(`?metric=${'x'.repeat(5000)}`, testCatalog);
    expect(state.metric).toBe('backlog');
    expect(messages[0]).toMatch(/too long/);
  });

  it('takes the first of repeated parameters', () => {
    expect(parseUrl('?level=ccg&level=stp', testCatalog).state.level).toBe('ccg');
  });

  it('keeps at most three known areas to compare', () => {
    const codes = Array.from({ length: 100 }, (_, i) => `E54${String(i).padStart(6, '0')}`);
    const { state, messages } = parseUrl(`?compare=E54000007,E38000177,E54000035,E38000041,${codes.join(',')}`, testCatalog);
    expect(state.compare).toEqual(['E54000007', 'E38000177', 'E54000035']);
    expect(messages).toHaveLength(2);
  });

  it('rejects a date outside the timeline and a per-head view of a metric without one', () => {
    const { state, messages } = parseUrl('?asof=2030-01&metric=interim_spend&per=head', testCatalog);
    expect(state.asof).toBeNull();
    expect(state.perHead).toBe(false);
    expect(messages).toHaveLength(2);
  });

  it('rejects a view out of England', () => {
    expect(parseUrl('?view=7/10/10', testCatalog).state.view).toBeNull();
  });

  it('reads events=all as every category', () => {
    expect(parseUrl('?events=all', testCatalog).state.events).toHaveLength(7);
  });
});

describe('serializeUrl', () => {
  it('round-trips', () => {
    const search = '?level=ccg&metric=interim_spend&period=2015-16&classify=equal&area=E38000177&compare=E54000007&events=merger&asof=2016-06&view=6.00/52.5000/-1.5000&embed=1';
    expect(serializeUrl(parseUrl(search, testCatalog).state)).toBe(search);
  });
  it('writes the level, metric and period even when they are the defaults, so links keep their meaning', () => {
    expect(serializeUrl(DEFAULT_STATE)).toBe('?level=stp&metric=backlog&period=2015-16&classify=quantile');
  });
  it('tells a navigation from a pan', () => {
    const moved = { ...DEFAULT_STATE, view: { center: [0, 52] as [number, number], zoom: 7 } };
    expect(isNavigation(DEFAULT_STATE, moved)).toBe(false);
    expect(isNavigation(DEFAULT_STATE, { ...DEFAULT_STATE, area: 'E54000007' })).toBe(true);
  });
});

describe('normalizeState', () => {
  it('switches to CCGs for a CCG-only metric and says why', () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, metric: 'interim_spend' }, testCatalog);
    expect(state.level).toBe('ccg');
    expect(state.period).toBe('2015-16');
    expect(messages[0]).toBe('Interim executive spend is reported for CCGs only — showing CCGs');
  });
  it('switches to the CCG level when a CCG is selected and the metric exists there', () => {
    const { state } = normalizeState({ ...DEFAULT_STATE, metric: 'population', period: 'x', area: 'E38000177' }, testCatalog);
    expect(state).toMatchObject({ level: 'ccg', area: 'E38000177', period: 'mid-2015' });
  });
  it("selects a CCG's STP when the metric is STP-only", () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, area: 'E38000177' }, testCatalog);
    expect(state).toMatchObject({ level: 'stp', area: 'E54000035' });
    expect(messages[0]).toMatch(/Surrey Heartlands/);
  });
  it('keeps an STP selected at CCG level (its CCGs in context)', () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, level: 'ccg', metric: 'population', period: 'mid-2015', area: 'E54000007' }, testCatalog);
    expect(state).toMatchObject({ level: 'ccg', area: 'E54000007' });
    expect(messages).toEqual([]);
  });
  it('drops per head for a metric without it', () => {
    expect(normalizeState({ ...DEFAULT_STATE, metric: 'population', perHead: true }, testCatalog).state.perHead).toBe(false);
  });
});

describe('normalizeState when the reader picks a level', () => {
  it('keeps the chosen level and shows a metric reported there', () => {
    const { state, messages } = normalizeState({ ...DEFAULT_STATE, level: 'ccg' }, testCatalog, 'level');
    expect(state).toMatchObject({ level: 'ccg', metric: 'population', period: 'mid-2015' });
    expect(messages[0]).toBe('Backlog maintenance is reported for STPs only — showing population for CCGs');
  });
});

describe('viewHref', () => {
  it('is the absolute link to the view on the page it is served from, sub-path kept', () => {
    const state = parseUrl('?level=ccg&metric=interim_spend&area=E38000177', testCatalog).state;
    expect(viewHref(state, { origin: 'https://example.org', pathname: '/atlas/' })).toBe(`https://example.org/atlas/${serializeUrl(state)}`);
    expect(viewHref({ ...state, embed: true }, { origin: 'https://example.org', pathname: '/atlas/index.html' })).toContain('/atlas/index.html?level=ccg&metric=interim_spend');
  });
});

describe('links people write', () => {
  it('reads codes and values in any case and with spaces', () => {
    const { state, messages } = parseUrl('?level=CCG&metric=Backlog&classify=%20Jenks%20&per=HEAD&area=e54000007&compare=e38000177,%20E54000035%20&events=Merger,%20VANGUARD', testCatalog);
    expect(messages).toEqual([]);
    expect(state).toMatchObject({ level: 'ccg', metric: 'backlog', classify: 'jenks', perHead: true, area: 'E54000007', compare: ['E38000177', 'E54000035'], events: ['merger', 'vanguard'] });
    expect(parseUrl('?area=%20e38000177', testCatalog).state.area).toBe('E38000177');
  });

  it('reads a period as the page writes it', () => {
    expect(parseUrl('?metric=backlog&period=2016/17', testCatalog).state.period).toBe('2016-17');
    expect(parseUrl('?metric=backlog&period=2014-15', testCatalog).state.period).toBe('2014-15');
    expect(parseUrl('?metric=population&period=MID-2015', testCatalog).state.period).toBe('mid-2015');
    expect(parseUrl('?metric=backlog&period=2016/18', testCatalog).messages).toHaveLength(1);
  });

  it('rejects impossible months with the usual message', () => {
    for (const asof of ['2016-13', '2016-00', '2016-1', '2016-99']) {
      const { state, messages } = parseUrl(`?asof=${asof}`, testCatalog);
      expect(state.asof).toBeNull();
      expect(messages).toEqual([`The date "${asof}" is outside 2015-01 to 2026-04 — showing all events`]);
    }
    expect(parseUrl('?asof=2016-12', testCatalog).state.asof).toBe('2016-12');
  });

  it('reaches the trust mergers to April 2026 with asof=, and no further', () => {
    expect(parseUrl('?asof=2017-10&events=trust-merger', testCatalog).state).toMatchObject({ asof: '2017-10', events: ['trust-merger'] });
    expect(parseUrl('?asof=2026-04', testCatalog).state.asof).toBe('2026-04');
    expect(parseUrl('?asof=2026-05', testCatalog).messages).toEqual(['The date "2026-05" is outside 2015-01 to 2026-04 — showing all events']);
    expect(serializeUrl(parseUrl('?events=Trust-Merger&asof=2021-10', testCatalog).state)).toContain('events=trust-merger&asof=2021-10');
  });

  it('turns nothing on for junk in events=, and keeps the known categories of a mixed list', () => {
    const junk = parseUrl('?events=zzz,%3Cb%3E', testCatalog);
    expect(junk.state.events).toBeNull();
    expect(junk.messages).toEqual(['Unknown event categories — events are off']);
    expect(parseUrl('?events=merger,zzz', testCatalog).state.events).toEqual(['merger']);
    expect(parseUrl('?events=all', testCatalog).state.events).toHaveLength(7);
  });

  it('writes every liberally read link back in its one canonical form', () => {
    const { state } = parseUrl('?level=CCG&metric=Interim_Spend&period=2015/16&classify=EQUAL&area=e38000177', testCatalog);
    expect(serializeUrl(state)).toBe('?level=ccg&metric=interim_spend&period=2015-16&classify=equal&area=E38000177');
  });
});

describe('readUrl', () => {
  it("lets a link's explicit level win over the default metric, with the notice", () => {
    const { state, messages } = readUrl('?level=ccg', testCatalog, DEFAULT_STATE);
    expect(state).toMatchObject({ level: 'ccg', metric: 'population', period: 'mid-2015' });
    expect(messages).toEqual(['Backlog maintenance is reported for STPs only — showing population for CCGs']);
  });

  it('shows a CCG asked for with its level', () => {
    const { state } = readUrl('?level=ccg&area=E38000177', testCatalog, DEFAULT_STATE);
    expect(state).toMatchObject({ level: 'ccg', area: 'E38000177', metric: 'population' });
  });

  it('keeps an explicit metric over the level when a link names both, as the app writes them', () => {
    const { state } = readUrl('?level=ccg&metric=backlog', testCatalog, DEFAULT_STATE);
    expect(state).toMatchObject({ level: 'stp', metric: 'backlog' });
  });
});

describe('a catalog without backlog (its data left out as damaged)', () => {
  const withoutBacklog = { ...testCatalog, defs: new Map([...testCatalog.defs].filter(([key]) => key !== 'backlog')) };
  it('falls back to the first metric the data has', () => {
    const { state, messages } = readUrl('', withoutBacklog, DEFAULT_STATE);
    expect(state.metric).toBe('interim_spend');
    expect(state.level).toBe('ccg');
    expect(messages).toHaveLength(1);
    expect(parseUrl('?metric=backlog', withoutBacklog).messages).toEqual(['Unknown metric "backlog" — showing interim executive spend']);
  });
});

describe('the map shape in a link', () => {
  it('is geographic by default and not written then, so existing links keep their form', () => {
    const { state } = parseUrl('?level=ccg', testCatalog);
    expect(state.shape).toBe('geo');
    expect(serializeUrl(state)).toBe('?level=ccg&metric=backlog&period=2015-16&classify=quantile');
    expect(parseUrl('?shape=geo', testCatalog).state.shape).toBe('geo');
  });

  it('reads and writes shape=hex, and a change of shape is a history entry', () => {
    const { state, messages } = parseUrl('?level=stp&shape=hex&area=E54000007', testCatalog);
    expect(messages).toEqual([]);
    expect(state.shape).toBe('hex');
    expect(serializeUrl(state)).toBe('?level=stp&metric=backlog&period=2015-16&classify=quantile&area=E54000007&shape=hex');
    expect(parseUrl(serializeUrl(state), testCatalog).state).toEqual(state);
    expect(isNavigation(state, { ...state, shape: 'geo' })).toBe(true);
  });

  it('falls back to the geographic map on an unknown shape, politely and without echoing markup', () => {
    expect(parseUrl('?shape=hexagons', testCatalog)).toMatchObject({ state: { shape: 'geo' }, messages: ['Unknown map shape "hexagons" — showing the geographic map'] });
    const hostile = parseUrl('?shape=%3Cb%3Ehex%3C/b%3E', testCatalog);
    expect(hostile.state.shape).toBe('geo');
    expect(hostile.messages).toEqual(['Unknown map shape — showing the geographic map']);
  });
});

describe('change=', () => {
  it('reads a base period earlier than period and writes it back after period', () => {
    const { state, messages } = parseUrl('?metric=backlog&period=2016-17&change=2014-15', testCatalog);
    expect(messages).toEqual([]);
    expect(state.change).toBe('2014-15');
    expect(serializeUrl(state)).toContain('period=2016-17&change=2014-15');
    expect(isNavigation(state, { ...state, change: null })).toBe(true);
  });
  it('falls back politely for a base that is not earlier, unknown, or of a category', () => {
    for (const query of ['?metric=backlog&period=2014-15&change=2016-17', '?metric=backlog&period=2016-17&change=2016-17', '?metric=backlog&period=2016-17&change=1999-00']) {
      const { state, messages } = parseUrl(query, testCatalog);
      expect(state.change).toBeNull();
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^No earlier period ".+" — showing backlog maintenance itself$/);
    }
    expect(serializeUrl(parseUrl('?period=2016-17&change=<b>', testCatalog).state)).not.toContain('change');
  });
  it('drops a change view whose base is no longer earlier once the period moves', () => {
    const start = { ...DEFAULT_STATE, period: '2016-17', change: '2015-16' };
    const { state, messages } = normalizeState({ ...start, period: '2014-15' }, testCatalog);
    expect(state.change).toBeNull();
    expect(messages[0]).toMatch(/^No change view from 2015\/16 to 2014\/15/);
    expect(normalizeState(start, testCatalog).state.change).toBe('2015-16');
  });
});
