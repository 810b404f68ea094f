import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaDetailsFile } from '../../src/data/types';
import { ASOF_RANGE } from '../../src/state/state';
import { checkEventDates } from '../build';
import { readTrustSuccessionRows, TRUST_MERGER_SOURCE, trustMergerEvents, trustSuccessionsByTrust, type TrustSuccessionRow } from './trusts';
import { SHARED_DIR, SKIP_SHARED } from './testing';

const row = (trust: string, name: string, date: string, successor: string, successorName: string): TrustSuccessionRow => ({ trust, name, date, successor, successorName, line: 2 });

// The Manchester hospitals (two into one), Pennine Acute (one split in two), Calderstones (across two STPs).
const rows: TrustSuccessionRow[] = [
  row('RW6', 'PENNINE ACUTE HOSPITALS NHS TRUST', '2021-10-01', 'RM3', 'NORTHERN CARE ALLIANCE NHS FOUNDATION TRUST'),
  row('RW3', 'CENTRAL MANCHESTER UNIVERSITY HOSPITALS NHS FOUNDATION TRUST', '2017-10-01', 'R0A', 'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST'),
  row('RJX', 'CALDERSTONES PARTNERSHIP NHS FOUNDATION TRUST', '2016-07-01', 'RW4', 'MERSEY CARE NHS FOUNDATION TRUST'),
  row('RM2', 'UNIVERSITY HOSPITAL OF SOUTH MANCHESTER NHS FOUNDATION TRUST', '2017-10-01', 'R0A', 'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST'),
  row('RW6', 'PENNINE ACUTE HOSPITALS NHS TRUST', '2021-10-01', 'R0A', 'MANCHESTER UNIVERSITY NHS FOUNDATION TRUST'),
];
const STP: Record<string, string> = { RW6: 'E54000007', RW3: 'E54000007', RM2: 'E54000007', RM3: 'E54000007', RJX: 'E54000048', RW4: 'E54000008' };
const stpOf = (code: string): string | undefined => STP[code];

describe('trust mergers as dated events (pure)', () => {
  const events = trustMergerEvents(rows, stpOf);

  it('makes one event per successor and day, in date order, ids T01…', () => {
    expect(events.map((e) => [e.id, e.date])).toEqual([['T01', '2016-07-01'], ['T02', '2017-10-01'], ['T03', '2021-10-01']]);
    expect(events.every((e) => e.category === 'trust_merger' && e.source === TRUST_MERGER_SOURCE)).toBe(true);
  });

  it('names the trusts that merged and the trust they merged into, dated to the day', () => {
    expect(events[1]).toMatchObject({
      date: '2017-10-01',
      areas: ['E54000007'],
      title: 'University Hospital of South Manchester NHS Foundation Trust and Central Manchester University Hospitals NHS Foundation Trust merged into Manchester University NHS Foundation Trust',
    });
    expect(events[1]!.text).toContain('RM2 and RW3 succeeded by R0A on 1 Oct 2017');
  });

  it('says a trust with two successors on one day was split between them', () => {
    expect(events[2]!.title).toBe('Pennine Acute Hospitals NHS Trust split between Manchester University NHS Foundation Trust and Northern Care Alliance NHS Foundation Trust');
  });

  it('attaches an event to the STPs of every trust involved: the merged trusts\' and the successor\'s when the lookup has it', () => {
    expect(events[0]!.areas).toEqual(['E54000048', 'E54000008']);
    // R0A, formed by the merger, is in no lookup: the event stays on its predecessors' STP.
    expect(events[1]!.areas).toEqual(['E54000007']);
  });

  it('refuses a merged trust with no STP, naming the line', () => {
    expect(() => trustMergerEvents([row('XXX', 'NOWHERE NHS TRUST', '2018-04-01', 'RW4', 'MERSEY CARE NHS FOUNDATION TRUST')], stpOf)).toThrow(/line 2: trust XXX has no STP/);
  });

  it('keeps each trust\'s successors by date for the STP panel', () => {
    expect(trustSuccessionsByTrust(rows)['RW6']!.map((s) => s.successor)).toEqual(['R0A', 'RM3']);
  });

  it('refuses an event outside the months asof= can name', () => {
    expect(() => checkEventDates([{ id: 'T99', date: '2027-01-01' }])).toThrow(`T99 is dated 2027-01-01, outside ${ASOF_RANGE.min} to ${ASOF_RANGE.max}`);
    expect(() => checkEventDates([{ id: 'V01', date: '2015-03' }, { id: 'T31', date: '2026-04-01' }])).not.toThrow();
  });
});

describe.skipIf(SKIP_SHARED)('trust mergers from the shared sources', () => {
  // Read in beforeAll, not while the suite is collected: a skipped suite's body still runs.
  let events: ReturnType<typeof trustMergerEvents>;
  let rowCount = 0;
  let committed: AreaDetailsFile;
  beforeAll(() => {
    committed = JSON.parse(readFileSync('public/data/details.json', 'utf8')) as AreaDetailsFile;
    const all = readTrustSuccessionRows(SHARED_DIR);
    rowCount = all.length;
    events = trustMergerEvents(all, (code) => committed.trusts[code]?.stp);
  });

  it('turns the 38 ODS successions of 37 trusts into 32 events, July 2016 to April 2026', () => {
    expect(rowCount).toBe(38);
    expect(events).toHaveLength(32);
    expect([events[0]!.date, events.at(-1)!.date]).toEqual(['2016-07-01', '2026-04-01']);
    // Two-into-one mergers counted in the CSV: Essex Partnership, Manchester, Sunderland, Mid and South Essex, Dorset.
    expect(events.filter((e) => /^ODS records \w+ and \w+ succeeded by \w+ on/.test(e.text))).toHaveLength(5);
  });

  it('dates the Manchester University FT merger 1 Oct 2017, on Greater Manchester', () => {
    const manchester = events.find((e) => e.title.endsWith('merged into Manchester University NHS Foundation Trust'))!;
    expect(manchester).toMatchObject({ date: '2017-10-01', areas: ['E54000007'] });
  });

  it('puts a merger across two STPs on both (Royal Brompton into Guy\'s and St Thomas\')', () => {
    const brompton = events.find((e) => e.title.startsWith('Royal Brompton'))!;
    expect(brompton).toMatchObject({ date: '2021-02-01', areas: ['E54000027', 'E54000030'], title: "Royal Brompton and Harefield NHS Foundation Trust merged into Guy's and St Thomas' NHS Foundation Trust" });
  });

  it('is what the committed details.json carries', () => {
    expect(committed.events.filter((e) => e.id.startsWith('T'))).toEqual(events);
    expect(() => checkEventDates(committed.events)).not.toThrow();
  });
});
