import { describe, expect, it } from 'vitest';
import { DataError, validateMetrics, validateTopology } from './load';

const codes = new Map<string, 'stp' | 'ccg'>([['E54000007', 'stp'], ['E38000177', 'ccg']]);
const def = { key: 'backlog', kind: 'numeric', levels: ['stp'], periods: ['2015-16'] };

describe('validateMetrics', () => {
  it('accepts numbers and nulls for known codes', () => {
    const file = { version: 1, metrics: [def], values: { backlog: { stp: { '2015-16': { E54000007: 141.7 } } } } };
    expect(validateMetrics(file, codes).metrics).toHaveLength(1);
  });
  it('names a non-numeric value', () => {
    const file = { version: 1, metrics: [def], values: { backlog: { stp: { '2015-16': { E54000007: 'lots' } } } } };
    expect(() => validateMetrics(file, codes)).toThrow('metrics.json: backlog (2015-16) value for E54000007 is not a number');
  });
  it('names an unknown area code', () => {
    const file = { version: 1, metrics: [def], values: { backlog: { stp: { '2015-16': { E54999999: 1 } } } } };
    expect(() => validateMetrics(file, codes)).toThrow('unknown STP code E54999999');
  });
  it('rejects something that is not a metrics file', () => {
    expect(() => validateMetrics([], codes)).toThrow(DataError);
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
