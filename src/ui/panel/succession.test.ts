import { describe, expect, it } from 'vitest';
import { testGeography } from '../../data/test-atlas';
import { successionSection } from './succession';
import { GREATER_MANCHESTER, panelData, stateWith } from './test-panel';
import { mergerLine } from './merger-line';
import { trustsSection } from './trusts';

const AYLESBURY_VALE_CCG = 'E38000003';
const view = (patch: Parameters<typeof stateWith>[0]) => {
  const state = stateWith(patch);
  return successionSection.view(state, testGeography(state.level, state.orgs), panelData);
};

describe('the succession section', () => {
  it("tells a 2016 CCG's story to its ICB, with dates, names and codes", () => {
    const story = view({ level: 'ccg', area: AYLESBURY_VALE_CCG });
    expect(story).toMatchObject({ kind: 'story', heading: 'What became of it', intro: null });
    if (story?.kind !== 'story') throw new Error('no story');
    expect(story.lines.map((l) => `${l.text}${l.link?.name}${l.after}`)).toEqual([
      '1 Apr 2018: merged into Buckinghamshire CCG (ODS 14Y, ONS E38000223)',
      '1 Jul 2022: became part of Buckinghamshire, Oxfordshire and Berkshire West ICB (ODS QU9)',
    ]);
    expect(story.lines.map((l) => l.link?.orgs)).toEqual(['2018', '2022']);
  });

  it('says when a CCG kept its code until 2022, and tells both parts of NHS Cumbria CCG', () => {
    expect(view({ level: 'ccg', area: 'E38000130' })).toMatchObject({ kind: 'story', intro: 'It kept its code (ODS 00L) until CCGs were abolished on 1 July 2022.' });
    const cumbria = view({ level: 'ccg', area: 'E38000041' });
    expect(cumbria?.kind === 'story' && cumbria.lines.map((l) => l.text)).toEqual([
      '1 Apr 2017: North of the Furness line: given a new ONS code as ',
      '1 Apr 2017: Furness: merged into ',
      '1 Apr 2018: Furness: given a new ONS code as ',
      '1 Jul 2022: North of the Furness line: became part of ',
      '1 Jul 2022: Furness: became part of ',
    ]);
  });

  it('lists the predecessors of a merged CCG and of an ICB as links to April 2016, and the STPs an ICB came from', () => {
    const leeds = view({ orgs: '2018', level: 'ccg', metric: 'predecessors', period: 'since-2016', area: '15F' });
    expect(leeds).toMatchObject({ kind: 'links', heading: 'Formed from', intro: '3 CCGs of April 2016:' });
    expect(leeds?.kind === 'links' && leeds.links.every((l) => l.orgs === '2016' && l.code.startsWith('E38'))).toBe(true);
    const icb = view({ orgs: '2022', metric: 'predecessors', period: 'since-2016', area: 'QHM' });
    expect(icb?.kind === 'links' && icb.lines.map((l) => l.link?.code).sort()).toEqual(['E54000045', 'E54000046', 'E54000047']);
  });

  it('tells an STP which ICB its CCGs went to and which STPs merged (44 → 42)', () => {
    const stp = view({ area: 'E54000047' });
    expect(stp).toMatchObject({ kind: 'links', intro: expect.stringContaining('they merged') });
    expect(stp?.kind === 'links' && stp.lines[0]?.after).toMatch(/^, with the CCGs of /);
  });
});

describe('trust mergers in the STP panel', () => {
  it("lists Greater Manchester's merged trusts, one split between two successors on one day", () => {
    const trusts = trustsSection.view(stateWith({ area: GREATER_MANCHESTER }), testGeography('stp'), panelData);
    expect(trusts?.mergers).toContain('Central Manchester University Hospitals NHS Foundation Trust: merged into Manchester University NHS Foundation Trust, 1 Oct 2017');
    expect(trusts?.mergers.find((l) => l.startsWith('Pennine Acute'))).toBe('Pennine Acute Hospitals NHS Trust: split between Manchester University NHS Foundation Trust and Northern Care Alliance NHS Foundation Trust, 1 Oct 2021');
    expect(mergerLine('A TRUST', [{ date: '2017-04-01', successor: 'B', successorName: 'B TRUST' }])).toBe('A Trust: merged into B Trust, 1 Apr 2017');
  });
});
