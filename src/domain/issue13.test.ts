import { describe, expect, it } from 'vitest';
import type { Fact, MetricsFile } from '../data/types';
import { areaFacts } from './area-facts';
import { displayValue, incompleteNote, valueNotes } from './caveats';
import { directionLabel, sequentialColours } from './palette';
import { legendSource } from './sources';
import { dominanceNote, shareLine, trustShares } from './trust-shares';

const metrics = {
  trusts: {
    RYJ: { name: 'IMPERIAL COLLEGE HEALTHCARE NHS TRUST', stp: 'E54000027', type: '' },
    R1K: { name: 'London North West University Healthcare NHS Trust', stp: 'E54000027', type: '' },
    RP6: { name: 'MOORFIELDS EYE HOSPITAL NHS FOUNDATION TRUST', stp: 'E54000028', type: '' },
    RXX: { name: 'Elsewhere', stp: 'E54000005', type: '' },
  },
  trust_values: { backlog: { '2015-16': { RYJ: 690, R1K: 310, RXX: 5 } } },
  incomplete: { backlog: { '2014-15': { E54000028: [{ code: 'RP6', name: 'MOORFIELDS EYE HOSPITAL NHS FOUNDATION TRUST', reason: 'made no 2014/15 return (no backlog figures)' }] } } },
  approx_population: ['E54000047', 'E54000048'],
} as unknown as MetricsFile;

describe('trust shares', () => {
  it('lists the STP\'s trusts largest first with their share, and warns when one is over half', () => {
    const shares = trustShares(metrics, 'backlog', '2015-16', 'E54000027');
    expect(shares.map((s) => s.code)).toEqual(['RYJ', 'R1K']);
    expect(shareLine(shares[0]!, 'backlog')).toBe('Imperial College Healthcare NHS Trust: 69% of the STP\'s backlog');
    expect(dominanceNote(shares, 'backlog')).toMatch(/^One trust, Imperial College Healthcare NHS Trust, accounts for over half/);
    expect(dominanceNote(shares.slice(1).map((s) => ({ ...s, share: 0.5 })), 'backlog')).toBeNull();
    expect(trustShares(metrics, 'backlog_high_risk', '2015-16', 'E54000027')).toEqual([]);
  });
});

describe('value caveats', () => {
  it('names the trust missing from an incomplete sum', () => {
    expect(incompleteNote(metrics, 'backlog', '2014-15', 'E54000028')).toBe('Incomplete: Moorfields Eye Hospital NHS Foundation Trust (RP6) made no 2014/15 return (no backlog figures). The value leaves it out.');
    expect(incompleteNote(metrics, 'backlog', '2015-16', 'E54000028')).toBeNull();
  });
  it('rounds an approximate population to the nearest 1,000 with "about", and flags per-resident views there', () => {
    expect(displayValue(metrics, 'population', 'E54000047', 365085, '365,100')).toBe('about 365,000');
    expect(displayValue(metrics, 'population', 'E54000005', 365085, '365,100')).toBe('365,100');
    expect(valueNotes(metrics, 'backlog', '2015-16', 'E54000048', true)[0]).toMatch(/approximate population/);
    expect(valueNotes(metrics, 'backlog', '2015-16', 'E54000048', false)).toEqual([]);
  });
});

describe('palette direction', () => {
  it('draws the worst end darkest: reversed when higher is better', () => {
    const up = sequentialColours('ae_4h', 5);
    expect(sequentialColours('ae_4h', 5, 'higher_is_better')).toEqual([...up].reverse());
    expect(sequentialColours('backlog', 5, 'higher_is_worse')).toEqual(sequentialColours('backlog', 5));
    expect(directionLabel('higher_is_better')).toBe('Higher is better: darkest = worst');
    expect(directionLabel(undefined)).toBeNull();
  });
});

describe('area facts', () => {
  it('splits an area\'s facts into dated and undated, leaving out trust and other areas\' facts', () => {
    const facts: Fact[] = [
      { id: 'D17-E54000041', level: 'stp', code: 'E54000041', text: 'Rated "Outstanding"', period: 'Jul 2017', source: 'Public Finance' },
      { id: 'B04-E38000012', level: 'ccg', code: 'E38000012', text: 'single commissioning voice', period: '2016', source: 'HSJ, 2016', undated: true },
      { id: 'P01', level: 'trust', code: 'RYJ', stp: 'E54000041', text: 'x', source: 's' },
    ];
    expect(areaFacts({ facts }, 'E54000041')).toEqual({ dated: [facts[0]], undated: [] });
    expect(areaFacts({ facts }, 'E38000012')).toEqual({ dated: [], undated: [facts[1]] });
  });
});

describe('legend source', () => {
  it('names the first source and counts the others', () => {
    expect(legendSource(['NHS England A&E', 'NHS-R', 'Mapping'])).toBe('Source: NHS England A&E (and 2 more, listed in the panel)');
    expect(legendSource(['DCLG IMD 2015'])).toBe('Source: DCLG IMD 2015');
  });
});
