import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Vanguard } from '../data/types';
import { EVENT_FILTER_KEYS } from '../state/state';
import { isUpTo } from './dates';
import { CATEGORY_KEY, filterEvents, fromVanguard, mapEvents, monthsBetween } from './model';

const event = (id: string, category: AtlasEvent['category'], date: string, areas: string[]): AtlasEvent => ({ id, category, date, areas, title: id, text: '', source: 'HSJ' });
const vanguard: Vanguard = { no: 16, type_code: 'MCP', type: 'Multispecialty community provider', announced: '2015-03', name: 'Dudley', ccgs: ['E38000046'], stp: 'E54000016', area_basis: 'named in source', source_url: 'https://example.org' };

const data = {
  events: [
    event('F030', 'ccg_merger', '2017-02-13', ['E38000003', 'E38000033']),
    event('B01', 'new_care_model', '2016-07', ['E38000046', 'E54000016']),
    event('F031', 'ccg_merger', '2018-04-01', ['E38000003', 'E38000033']),
    event('F001', 'back_office_pathfinder', '2016-12-02', ['E54000007']),
    { ...event('X', 'devolution', '2017', ['E54000035']) },
    { ...event('Y', 'devolution', '2017-05', ['E54000035']), source: ' ' },
  ],
  vanguards: [vanguard, { ...vanguard, no: 43, ccgs: [], stp: null, announced: '2015-09' }],
};

describe('event model', () => {
  it('maps every data category to a URL filter key', () => {
    expect(Object.values(CATEGORY_KEY).sort()).toEqual([...EVENT_FILTER_KEYS].sort());
    expect(CATEGORY_KEY.new_care_model).toBe('vanguard');
    expect(CATEGORY_KEY.trust_merger).toBe('trust-merger');
  });

  it('turns a vanguard into an event on its CCGs and STP, dated when announced', () => {
    expect(fromVanguard(vanguard)).toMatchObject({ id: 'V16', key: 'vanguard', date: '2015-03', areas: ['E38000046', 'E54000016'], source: 'NHS England, new care models' });
    expect(fromVanguard({ ...vanguard, ccgs: [], stp: null }).areas).toEqual([]);
  });

  it('keeps only events with a date and a source, sorted by date', () => {
    const all = mapEvents(data);
    expect(all.map((e) => e.id)).toEqual(['V16', 'V43', 'B01', 'F001', 'F030', 'F031']);
  });

  it('compares a day or month date with an as-of month', () => {
    expect(isUpTo('2017-02-13', '2017-02')).toBe(true);
    expect(isUpTo('2017-02', '2017-02')).toBe(true);
    expect(isUpTo('2017-03-01', '2017-02')).toBe(false);
    expect(isUpTo('2018-04-01', null)).toBe(true);
  });

  it('filters by date and by category; null categories = overlay off', () => {
    const all = mapEvents(data);
    expect(filterEvents(all, null, null)).toEqual([]);
    expect(filterEvents(all, [...EVENT_FILTER_KEYS], '2016-06').map((e) => e.id)).toEqual(['V16', 'V43']);
    expect(filterEvents(all, [...EVENT_FILTER_KEYS], '2017-02').map((e) => e.id)).toEqual(['V16', 'V43', 'B01', 'F001', 'F030']);
    expect(filterEvents(all, ['merger'], null).map((e) => e.id)).toEqual(['F030', 'F031']);
    expect(filterEvents(all, ['merger', 'pathfinder'], '2017-01').map((e) => e.id)).toEqual(['F001']);
  });

  it('lists months inclusively across years', () => {
    const months = monthsBetween('2015-01', '2017-12');
    expect(months).toHaveLength(36);
    expect(months[0]).toBe('2015-01');
    expect(months[12]).toBe('2016-01');
    expect(months.at(-1)).toBe('2017-12');
  });
});
