// The stories of the succession section, built from orgs.json: loaded with it (src/orgs-later.ts).
import type { OrgStep, OrgsFile, OrgYear } from '../../data/orgs-types';
import { formatDate, shortAreaName } from '../../domain/format';
import type { Area, Geography } from '../../geography/geography';
import type { AtlasState } from '../../state/state';
import type { PanelData } from './section';
import type { StoryLine, SuccessionView } from './succession';

const PART_WORDS = { north: 'North of the Furness line', furness: 'Furness' } as const;

function yearOf(date: string): OrgYear {
  return (date.startsWith('2022') ? '2022' : date.slice(0, 4)) as OrgYear;
}

/** "1 Apr 2018: merged into" … "(ODS 14Y, ONS E38000223; later name)". */
export function stepLine(step: OrgStep): StoryLine {
  const part = step.cumbriaPart ? `${PART_WORDS[step.cumbriaPart]}: ` : '';
  const verb = step.change === 'merged' ? 'merged into ' : step.change === 'recoded' ? 'given a new ONS code as ' : 'became part of ';
  const codes = [`ODS ${step.code}`, step.ons ? `ONS ${step.ons}` : '', step.laterName ? 'later name' : ''].filter(Boolean).join(', ');
  return { text: `${formatDate(step.date)}: ${part}${verb}`, link: { code: step.code, name: shortAreaName(step.name), orgs: yearOf(step.date) }, after: ` (${codes})` };
}

/** A 2016 CCG: each step from April 2017 to its ICB of July 2022. */
function ccgStory(area: Area, orgs: OrgsFile): SuccessionView {
  const steps = orgs.stories[area.code] ?? [];
  const kept = steps.every((step) => step.change === 'icb');
  return {
    kind: 'story',
    heading: 'What became of it',
    intro: kept ? `It kept its code (ODS ${area.ods ?? '?'}) until CCGs were abolished on 1 July 2022.` : null,
    lines: steps.map(stepLine),
  };
}

/** A 2016/17 STP: the ICB(s) its CCGs went to, and the STPs that shared them (44 footprints became 42 ICBs). */
function stpStory(area: Area, orgs: OrgsFile, geography: Geography): SuccessionView | null {
  const succession = orgs.stps[area.code];
  if (!succession) return null;
  const icbs = orgs.years.find((set) => set.year === '2022')!.bodies;
  const lines = succession.icbs.map((code): StoryLine => {
    const others = succession.sharedWith[code] ?? [];
    const names = others.map((stp) => geography.find(stp)?.shortName ?? stp);
    return {
      text: '1 Jul 2022: ',
      link: { code, name: shortAreaName(icbs.find((b) => b.code === code)?.name ?? code), orgs: '2022' },
      after: others.length > 0 ? `, with the CCGs of ${names.join(' and ')}` : ', on its own footprint',
    };
  });
  const split = succession.icbs.length > 1;
  const merged = succession.icbs.some((code) => (succession.sharedWith[code] ?? []).length > 0);
  const intro = split ? `Its CCGs went to ${succession.icbs.length} integrated care boards: the footprint was split.` : merged ? 'Its CCGs went to an integrated care board shared with other STP footprints: they merged.' : 'Its CCGs went to one integrated care board.';
  return { kind: 'links', heading: 'What became of it', intro: `${intro} England's 44 STP footprints became 42 ICBs.`, links: [], lines };
}

/** A later year's CCG or ICB: the 2016 CCGs it was formed from (links to April 2016), then what became of it. */
function bodyStory(area: Area, orgs: OrgsFile, year: OrgYear, stpName: (code: string) => string): SuccessionView {
  const members = area.predecessors ?? [];
  const names = new Map(orgs.years[0]!.bodies.map((b) => [b.members[0]!, b.name]));
  const date = orgs.years.find((set) => set.year === year)!.date;
  const first = orgs.stories[members[0] ?? ''] ?? [];
  const later = first.filter((step) => step.date > date && (!area.cumbriaPart || !step.cumbriaPart || step.cumbriaPart === area.cumbriaPart)).map(stepLine);
  // An ICB: the STP footprints whose CCGs went into it.
  const stps = Object.entries(orgs.stps).filter(([, s]) => s.icbs.includes(area.code)).map(([code]): StoryLine => ({ text: 'CCGs from the STP footprint ', link: { code, name: stpName(code), orgs: '2016' }, after: '' }));
  const part = area.cumbriaPart ? ` (NHS Cumbria CCG: the ${area.cumbriaPart === 'north' ? 'part north of the Furness line' : 'Furness part'})` : '';
  return {
    kind: 'links',
    heading: 'Formed from',
    intro: members.length === 1 ? `One CCG of April 2016${part}:` : `${members.length} CCGs of April 2016${part}:`,
    links: members.map((code) => ({ code, name: shortAreaName(names.get(code) ?? code), orgs: '2016' })),
    lines: [...stps, ...later],
  };
}

/** The view of the section for an area of the geography on screen, once orgs.json is loaded. */
export function successionView(state: AtlasState, area: Area, geography: Geography, data: PanelData, orgs: OrgsFile): SuccessionView | null {
  if (area.code.startsWith('E54')) return stpStory(area, orgs, geography);
  if (area.code.startsWith('E38')) return ccgStory(area, orgs);
  const stps2016 = data.atlas.geographies.get({ level: 'stp', orgs: '2016', shape: 'geo' });
  return bodyStory(area, orgs, state.orgs, (code) => stps2016.area(code)?.shortName ?? code);
}
