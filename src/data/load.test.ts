import { describe, expect, it } from 'vitest';
import { adviceText, DataError, leftOutNotice, validateMetrics, validateTopology } from './load';

const codes = new Map<string, 'stp' | 'ccg'>([['E54000007', 'stp'], ['E38000177', 'ccg']]);
const def = { key: 'backlog', label: 'Backlog maintenance', kind: 'numeric', levels: ['stp'], periods: ['2015-16'], defaultPeriod: '2015-16', perHead: true };
const population = { key: 'population', label: 'Population', kind: 'numeric', levels: ['stp', 'ccg'], periods: ['mid-2015'], defaultPeriod: 'mid-2015', perHead: false };
const populationValues = { stp: { 'mid-2015': { E54000007: 2_800_000 } }, ccg: { 'mid-2015': { E38000177: 290_000 } } };
const file = (backlog: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  metrics: [def, population],
  values: { backlog: { stp: { '2015-16': backlog } }, population: populationValues, ...extra },
});

describe('validateMetrics', () => {
  it('accepts numbers and nulls for known codes', () => {
    const { metrics, leftOut } = validateMetrics(file({ E54000007: 141.7 }), codes);
    expect(metrics.metrics.map((d) => d.key)).toEqual(['backlog', 'population']);
    expect(leftOut).toEqual([]);
  });
  it('leaves out only the metric with a non-numeric value, naming it', () => {
    for (const bad of ['lots', '141.7', Infinity, true, { n: 1 }]) {
      const { metrics, leftOut } = validateMetrics(file({ E54000007: bad }), codes);
      expect(metrics.metrics.map((d) => d.key)).toEqual(['population']);
      expect(leftOut).toEqual([{ key: 'backlog', label: 'Backlog maintenance' }]);
    }
  });
  it('leaves out a metric with a value for an unknown area code, or for an area of the other level', () => {
    expect(validateMetrics(file({ E54999999: 1 }), codes).leftOut.map((m) => m.key)).toEqual(['backlog']);
    expect(validateMetrics(file({ E38000177: 1 }), codes).leftOut.map((m) => m.key)).toEqual(['backlog']);
  });
  it('leaves out a metric without values for one of its periods', () => {
    expect(validateMetrics({ ...file({ E54000007: 1 }), values: { population: populationValues } }, codes).leftOut.map((m) => m.key)).toEqual(['backlog']);
  });
  it('shows nothing per resident when population itself is left out', () => {
    const { metrics, leftOut } = validateMetrics({ ...file({ E54000007: 1 }), values: { backlog: { stp: { '2015-16': { E54000007: 1 } } }, population: { stp: { 'mid-2015': { E54000007: '2.8m' } } } } }, codes);
    expect(leftOut.map((m) => m.key)).toEqual(['population']);
    expect(metrics.metrics.map((d) => [d.key, d.perHead])).toEqual([['backlog', false]]);
  });
  it('rejects a file with no metric left to show, and something that is not a metrics file', () => {
    expect(() => validateMetrics({ version: 1, metrics: [def], values: {} }, codes)).toThrow('metrics.json: has no metric that can be shown');
    expect(() => validateMetrics([], codes)).toThrow(DataError);
  });
  it('names the left-out metrics in one notice', () => {
    expect(leftOutNotice([])).toEqual([]);
    expect(leftOutNotice([{ key: 'backlog', label: 'Backlog maintenance' }])).toEqual([
      "Backlog maintenance is left out of the Metric list: the data on this server is damaged; please tell the site's owner",
    ]);
  });
});

describe('validateTopology', () => {
  it('names a missing object', () => {
    expect(() => validateTopology({ type: 'Topology', arcs: [], objects: { ccgs: {} } })).toThrow('atlas.topo.json: has no "ccg" object');
  });
  it('rejects a non-topology', () => {
    expect(() => validateTopology('truncated')).toThrow('is not a TopoJSON topology');
  });
});

describe('adviceText', () => {
  it('sends a damaged file to the site owner, not to the reload button', () => {
    expect(new DataError('atlas.topo.json', 'is not valid JSON').advice).toBe('damaged');
    expect(adviceText('damaged')).toBe("The data file on this server is damaged; please tell the site's owner.");
    expect(adviceText('damaged')).not.toMatch(/reload/i);
    expect(adviceText('connection')).toMatch(/connection/);
  });
});
