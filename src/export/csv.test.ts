import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { MetricDef } from '../data/types';
import { testGeography } from '../data/test-atlas';
import { financialYearOf, periodSources } from '../domain/sources';
import { areaRows, exportFileName, guardText, metricCsv, periodsCsv, wideCsv, writeCsv, type AreaRow } from './csv';

const areas: AreaRow[] = [
  { code: 'E54000007', name: 'Greater Manchester', parents: [{ code: 'E92000001', name: 'England' }] },
  { code: 'E54000008', name: 'Cheshire and Merseyside', parents: [{ code: 'E92000001', name: 'England' }] },
  { code: 'E38000041', name: 'NHS Cumbria CCG', parents: [{ code: 'E54000047', name: 'West, North and East Cumbria' }, { code: 'E54000048', name: 'Lancashire and South Cumbria' }] },
];

const choropleth = {
  spec: { level: 'stp' as const, metric: 'backlog' as const, period: '2015-16', perHead: false, classify: 'quantile' as const },
  values: new Map<string, number | string | null>([['E54000007', 141.701], ['E54000008', null], ['E38000041', -2.5]]),
  ranks: new Map<string, number | null>([['E54000007', 1], ['E54000008', null], ['E38000041', 2]]),
  unit: '£ million',
};

describe('writeCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends lines with CRLF', () => {
    const csv = writeCsv(['a', 'b'], [['x, y', 'say "hi"'], ['two\nlines', 3]]);
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n');
  });
  it('writes null as an empty cell, never 0', () => {
    expect(writeCsv(['v'], [[null], [0]])).toBe('v\r\n\r\n0\r\n');
  });
  it('prefixes text that a spreadsheet would run as a formula, but keeps numbers numeric', () => {
    const csv = writeCsv(['t', 'n'], [['=HYPERLINK("http://x")', -12.5], ['+1', 0], ['-cmd', -1], ['@SUM(A1)', 1e-7], ['\tx', 5]]);
    const rows = csvParse(csv);
    expect(rows.map((r) => r.t)).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-cmd", "'@SUM(A1)", "'\tx"]);
    expect(rows.map((r) => r.n)).toEqual(['-12.5', '0', '-1', '1e-7', '5']);
  });
  it('leaves ordinary text alone', () => {
    expect(guardText('Greater Manchester')).toBe('Greater Manchester');
    expect(guardText('£141.7m')).toBe('£141.7m');
  });
});

describe('metricCsv', () => {
  const csv = metricCsv(areas, choropleth, 'NHS Digital, ERIC 2015/16');
  const rows = csvParse(csv);
  it('has the documented header and one row per area', () => {
    expect(csv.split('\r\n')[0]).toBe('code,name,parent_code,parent_name,metric,period,value,unit,rank,source,note');
    expect(rows).toHaveLength(3);
  });
  it('writes unformatted numbers, empty cells for not reported, and both parents of a split CCG', () => {
    expect(rows[0]).toMatchObject({ code: 'E54000007', value: '141.701', unit: '£ million', rank: '1', metric: 'backlog', period: '2015-16', parent_code: 'E92000001' });
    expect(rows[1]).toMatchObject({ value: '', rank: '' });
    expect(rows[2]).toMatchObject({ value: '-2.5', parent_code: 'E54000047;E54000048', parent_name: 'West, North and East Cumbria; Lancashire and South Cumbria' });
    expect(rows[0]!.source).toBe('NHS Digital, ERIC 2015/16');
  });
  it('writes each area\'s caveat in the note column', () => {
    const noted = csvParse(metricCsv(areas, choropleth, 's', (code) => (code === 'E54000008' ? 'Incomplete: RP6 made no 2014/15 return.' : '')));
    expect(noted.map((r) => r.note)).toEqual(['', 'Incomplete: RP6 made no 2014/15 return.', '']);
  });
  it('guards a hostile name', () => {
    const out = csvParse(metricCsv([{ code: 'E54000007', name: '=cmd|"/c calc"!A1', parents: [] }], choropleth, 's'));
    expect(out[0]!.name).toBe('\'=cmd|"/c calc"!A1');
  });
});

describe('wideCsv', () => {
  it('writes one column per metric and period with empty cells for not reported', () => {
    const csv = wideCsv(areas.slice(0, 2), [
      { header: 'backlog_2015-16_gbp_m', values: new Map([['E54000007', 141.701], ['E54000008', null]]) },
      { header: 'pathfinder_2016-17', values: new Map([['E54000007', 'yes'], ['E54000008', 'no']]) },
    ]);
    expect(csv).toBe('code,name,parent_code,parent_name,backlog_2015-16_gbp_m,pathfinder_2016-17\r\nE54000007,Greater Manchester,E92000001,England,141.701,yes\r\nE54000008,Cheshire and Merseyside,E92000001,England,,no\r\n');
  });
});

describe('periodSources', () => {
  it('keeps the sources of the period and those without a year', () => {
    const def = { sources: ['eric_2014_15', 'eric_2015_16', 'trust_stp_lookup'] } as MetricDef;
    expect(periodSources(def, '2015-16', (id) => id.toUpperCase())).toBe('ERIC_2015_16; TRUST_STP_LOOKUP');
  });
  it('takes a month\'s sources from its financial year', () => {
    const def = { sources: ['nhse_ae_2016_17', 'nhsr_ae'] } as MetricDef;
    expect(periodSources(def, '2017-03', (id) => id)).toBe('nhse_ae_2016_17; nhsr_ae');
    expect(periodSources(def, '2017-04', (id) => id)).toBe('nhsr_ae');
    expect(periodSources(def, '2016-17', (id) => id)).toBe('nhse_ae_2016_17; nhsr_ae');
    expect(financialYearOf('2016-04')).toBe('2016-17');
    expect(financialYearOf('2019-03')).toBe('2018-19');
    expect(financialYearOf('mid-2015')).toBe('mid-2015');
  });
});

describe('exportFileName', () => {
  it('names the level, metric and period', () => {
    expect(exportFileName({ level: 'stp', metric: 'backlog', period: '2015-16', perHead: false }, 'csv')).toBe('stp-atlas-stp-backlog-2015-16.csv');
    expect(exportFileName({ level: 'stp', metric: 'backlog', period: '2015-16', perHead: true }, 'png')).toBe('stp-atlas-stp-backlog-per-head-2015-16.png');
  });
});

describe('areaRows', () => {
  it('gives every area of the level its parents: England for an STP, both STPs for NHS Cumbria CCG', () => {
    const stps = areaRows(testGeography('stp'));
    expect(stps).toHaveLength(44);
    expect(stps.every((row) => row.parents.length === 1 && row.parents[0]!.code === 'E92000001')).toBe(true);
    const ccgs = areaRows(testGeography('ccg'));
    expect(ccgs).toHaveLength(209);
    expect(ccgs.find((row) => row.code === 'E38000041')!.parents.map((p) => p.name).sort()).toEqual(['Lancashire and South Cumbria', 'West, North and East Cumbria']);
    expect(ccgs.find((row) => row.code === 'E38000177')).toMatchObject({ name: 'NHS Surrey Downs CCG', parents: [{ code: 'E54000035', name: 'Surrey Heartlands' }] });
  });
});

describe('periodsCsv and the change view', () => {
  it('writes one row per area and period, periods in order, each with its own source', () => {
    const later = { ...choropleth, spec: { ...choropleth.spec, period: '2016-17' } };
    const rows = csvParse(periodsCsv(areas, [
      { choropleth, source: 'ERIC 2015/16', note: () => '' },
      { choropleth: later, source: 'ERIC 2016/17', note: () => '' },
    ]));
    expect(rows).toHaveLength(areas.length * 2);
    expect(rows.map((r) => r.period)).toEqual(['2015-16', '2015-16', '2015-16', '2016-17', '2016-17', '2016-17']);
    expect(rows[3]).toMatchObject({ code: 'E54000007', source: 'ERIC 2016/17' });
  });
  it('says which change a change view is', () => {
    const change = { ...choropleth, spec: { ...choropleth.spec, period: '2016-17', change: '2014-15' }, unit: '% change' };
    expect(csvParse(metricCsv(areas, change, 's'))[0]).toMatchObject({ period: '2014-15 to 2016-17', unit: '% change' });
  });
});
