import { describe, expect, it } from 'vitest';
import { createSearchIndex, isChoosable, normalize, prefixDistance, searchTokens, type SearchEntry } from './match';

const entries: SearchEntry[] = [
  { code: 'E38000177', name: 'Surrey Downs CCG', ods: '99H' },
  { code: 'E38000178', name: 'Surrey Heath CCG', ods: '10C' },
  { code: 'E38000054', name: 'East Surrey CCG', ods: '09L' },
  { code: 'E38000128', name: 'North West Surrey CCG', ods: '09Y' },
  { code: 'E54000035', name: 'Surrey Heartlands' },
  { code: 'E54000033', name: 'Sussex and East Surrey' },
  { code: 'E54000027', name: 'North West London' },
  { code: 'E38000172', name: 'St Helens CCG', ods: '01X' },
  { code: 'E38000018', name: 'Bradford City CCG', ods: '02W' },
  { code: 'E54000041', name: 'Cornwall and the Isles of Scilly' },
  { code: 'E38000069', name: 'Hambleton, Richmondshire and Whitby CCG', ods: '03D' },
  { code: 'E54000005', name: 'West Yorkshire', aliases: ['West Yorkshire and Harrogate'] },
];
const index = createSearchIndex(entries);
const first = (q: string) => index.search(q)[0]?.entry.code;

describe('normalize', () => {
  it('ignores case, accents and punctuation, and reads & as and', () => {
    expect(normalize('  Hambleton, Richmondshire & Whitby ')).toBe('hambleton richmondshire and whitby');
    expect(normalize('Sürrey—Dôwns')).toBe('surrey downs');
    expect(normalize("St. Helen's")).toBe('st helens');
  });
  it('drops the "NHS … CCG" wrapper but keeps a name made only of it', () => {
    expect(searchTokens('NHS Surrey Downs CCG')).toEqual(['surrey', 'downs']);
    expect(searchTokens('Surrey Downs Clinical Commissioning Group')).toEqual(['surrey', 'downs']);
    expect(searchTokens('nhs')).toEqual(['nhs']);
  });
});

describe('prefixDistance', () => {
  it('counts one insertion, deletion, substitution or swap against a prefix', () => {
    expect(prefixDistance('surey', 'surrey')).toBe(1);
    expect(prefixDistance('surrey', 'surrey')).toBe(0);
    expect(prefixDistance('srurey', 'surrey')).toBe(1);
    expect(prefixDistance('sorrey', 'surrey')).toBe(1);
    expect(prefixDistance('sussex', 'surrey')).toBe(2);
    expect(prefixDistance('brad', 'bradford')).toBe(0);
  });
});

describe('createSearchIndex', () => {
  it('finds Surrey Downs from a typo, with or without its second word', () => {
    expect(first('surey downs')).toBe('E38000177');
    expect(first('surey')).toBe('E38000177');
    expect(first('Surrey Downs')).toBe('E38000177');
    expect(first('sürrey dówns!')).toBe('E38000177');
  });
  it('ignores the NHS and CCG wrapper in the query', () => {
    expect(first('NHS Surrey Downs CCG')).toBe('E38000177');
    expect(first('nhs east surrey ccg')).toBe('E38000054');
  });
  it('matches ONS and ODS codes in any case', () => {
    expect(first('99H')).toBe('E38000177');
    expect(first('99h')).toBe('E38000177');
    expect(first('e38000177')).toBe('E38000177');
    expect(first('E54000027')).toBe('E54000027');
    expect(index.search('E3800017').map((h) => h.entry.code)).toContain('E38000177');
  });
  it('matches words out of order, by prefix, with punctuation and "&"', () => {
    expect(first('london north west')).toBe('E54000027');
    expect(first('hambleton richmondshire & whitby')).toBe('E38000069');
    expect(first('st. helens')).toBe('E38000172');
    expect(first('cornwall isles')).toBe('E54000041');
    expect(first('harrogate')).toBe('E54000005');
  });
  it('prefers an exact name over a prefix, and a prefix over a typo', () => {
    const codes = index.search('surrey').map((h) => h.entry.code);
    expect(codes.slice(0, 3)).toEqual(['E38000177', 'E54000035', 'E38000178']);
    expect(codes).toContain('E54000033');
  });
  it('finds a word inside a name ("ford" in Bradford)', () => {
    expect(first('ford')).toBe('E38000018');
  });
  it('returns nothing for no match, an empty query, or two typos', () => {
    expect(index.search('zzzz')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
    expect(index.search('sorey dwns')).toEqual([]);
    expect(index.search('xurrey')).not.toEqual([]);
  });
  it('forgives no typo in very short words', () => {
    expect(index.search('sx')).toEqual([]);
  });
  it('limits the number of hits', () => {
    expect(index.search('s', 2)).toHaveLength(2);
  });
});

describe('what a reader means', () => {
  const manchester = createSearchIndex<SearchEntry>([
    { code: 'E38000024', name: 'Central Manchester CCG', ods: '00W' },
    { code: 'E38000115', name: 'North Manchester CCG', ods: '01M' },
    { code: 'E38000154', name: 'South Manchester CCG', ods: '01N' },
    { code: 'E54000007', name: 'Greater Manchester', preferred: true },
    { code: 'E54000035', name: 'Surrey Heartlands', preferred: true },
    { code: 'E38000177', name: 'Surrey Downs CCG', ods: '99H' },
  ]);
  it('ranks an STP whose name has the query as a whole word above CCGs that match as well', () => {
    expect(manchester.search('manchester')[0]?.entry.code).toBe('E54000007');
    expect(manchester.search('Manchester').map((h) => h.entry.code)).toHaveLength(4);
  });
  it('keeps a typo or a prefix from promoting an STP over a CCG it ties with', () => {
    expect(manchester.search('surey')[0]?.entry.code).toBe('E38000177');
    expect(manchester.search('centr')[0]?.entry.code).toBe('E38000024');
  });
  it('lets Enter choose only when the query has two letters or digits', () => {
    expect([isChoosable('<b>'), isChoosable(' b '), isChoosable('!!'), isChoosable('99H'), isChoosable('ba')]).toEqual([false, false, false, true, true]);
  });
});
