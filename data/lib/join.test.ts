import { beforeAll, describe, expect, it } from 'vitest';
import { checkJoins } from './join';
import { loadSources, type Sources } from './sources';
import { vanguardStps } from './metrics';
import { SHARED_DIR, SKIP_SHARED } from './testing';

describe.skipIf(SKIP_SHARED)('joins', () => {
  let s: Sources;
  beforeAll(() => {
    s = loadSources(SHARED_DIR);
  });
  const fresh = (): Sources => loadSources(SHARED_DIR);

  it('joins 209 CCGs and 44 STPs; every STP has children, Cumbria is under two', () => {
    const j = checkJoins(s);
    expect(j.ccgCodes).toHaveLength(209);
    expect(j.stpCodes).toHaveLength(44);
    expect([...j.children.values()].every((k) => k.length > 0)).toBe(true);
    expect(j.children.get('E54000047')).toEqual(['E38000041']);
    expect(j.children.get('E54000048')).toContain('E38000041');
    expect([...j.children.values()].reduce((n, k) => n + k.length, 0)).toBe(210);
  });

  it('names an unknown CCG code in a metric source, with file and line', () => {
    const bad = fresh();
    bad.populationLine.set('E38999999', 211);
    expect(() => checkJoins(bad)).toThrow(
      'metrics/ccg_population_mid2015.csv line 211: unknown CCG code "E38999999" (no such feature in boundaries/ccg_apr2016_bsc_wgs84.geojson)',
    );
  });

  it('names an unknown STP code and an unknown trust code', () => {
    const a = fresh();
    a.vanguards[0]!.stp = 'E54000099';
    expect(() => checkJoins(a)).toThrow('metrics/new_care_model_vanguards.csv line 2: unknown STP code "E54000099"');
    const b = fresh();
    b.eric[0]!.trust = 'ZZZ';
    expect(() => checkJoins(b)).toThrow('metrics/eric_backlog_by_trust_2014-15_to_2016-17.csv line 2: unknown trust code "ZZZ"');
  });

  it('fails when a CCG has no parent or an STP no children', () => {
    const a = fresh();
    a.ccgs.delete('E38000001');
    expect(() => checkJoins(a)).toThrow('metrics/ccg16_to_stp17_lookup.csv: CCG E38000001 has no parent STP');
    const b = fresh();
    for (const row of b.ccgs.values()) if (row.stps[0] === 'E54000043') row.stps = ['E54000040'];
    expect(() => checkJoins(b)).toThrow('metrics/ccg16_to_stp17_lookup.csv: STP E54000043 has no CCGs');
  });

  it('counts a vanguard for the STPs of its CCGs, but the split Cumbria CCG only when the vanguard names no STP', () => {
    expect(vanguardStps('E54000048', ['E38000093', 'E38000041'], s)).toEqual(['E54000048']);
    expect(vanguardStps(null, ['E38000041'], s)).toEqual(['E54000047', 'E54000048']);
    expect(vanguardStps(null, ['E38000144', 'E38000012'], s)).toEqual(['E54000016', 'E54000017']);
  });
});
