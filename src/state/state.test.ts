import { describe, expect, it } from 'vitest';
import { choroplethChanged, DEFAULT_STATE } from './state';
import { changeBases, changeProblem } from './normalize';

describe('choroplethChanged', () => {
  it('is true for each field that changes the colours, and false for hover, selection and Play', () => {
    const changes = [{ orgs: '2018' }, { level: 'ccg' }, { metric: 'population' }, { period: '2016-17' }, { change: '2014-15' }, { perHead: true }, { classify: 'jenks' }] as const;
    for (const change of changes) expect(choroplethChanged(DEFAULT_STATE, { ...DEFAULT_STATE, ...change }), JSON.stringify(change)).toBe(true);
    expect(choroplethChanged(DEFAULT_STATE, { ...DEFAULT_STATE, hover: 'E54000027', area: 'E54000027', playing: true, detailsReady: true })).toBe(false);
  });
});

describe('changeBases', () => {
  const def = { kind: 'numeric' as const, periods: ['2014-15', '2015-16', '2016-17'] };
  it('offers the earlier periods of the series, the same ones a link may name in change=', () => {
    expect(changeBases(def, '2016-17')).toEqual(['2014-15', '2015-16']);
    expect(changeBases(def, '2014-15')).toEqual([]);
    expect(changeBases({ ...def, kind: 'categorical' as const }, '2016-17')).toEqual([]);
    expect(changeBases(def, '2016-17').every((base) => changeProblem(def, '2016-17', base) === null)).toBe(true);
    expect(changeProblem(def, '2015-16', '2016-17')).toBe('No earlier period');
  });
});
