import { describe, expect, it } from 'vitest';
import { choroplethChanged, DEFAULT_STATE } from './state';

describe('choroplethChanged', () => {
  it('is true for each field that changes the colours, and false for hover, selection and Play', () => {
    const changes = [{ orgs: '2018' }, { level: 'ccg' }, { metric: 'population' }, { period: '2016-17' }, { change: '2014-15' }, { perHead: true }, { classify: 'jenks' }] as const;
    for (const change of changes) expect(choroplethChanged(DEFAULT_STATE, { ...DEFAULT_STATE, ...change }), JSON.stringify(change)).toBe(true);
    expect(choroplethChanged(DEFAULT_STATE, { ...DEFAULT_STATE, hover: 'E54000027', area: 'E54000027', playing: true, detailsReady: true })).toBe(false);
  });
});
