import { formatPercent } from '../../domain/format';
import { areaWords } from '../../geography/describe';
import type { Area, Geography } from '../../geography/geography';
import { appendLink, areaLink, type AreaLink, type PanelSection } from './section';

export type FamilyView =
  | { kind: 'parents'; heading: string; parents: (AreaLink & { share: string | null })[]; note: string | null }
  | { kind: 'children'; heading: string; children: (AreaLink & { value: string | null; shared: string | null })[]; drillDown: boolean; childWords: string };

/** How the map draws a CCG of two STPs: cut along their border, or (on hexagons) whole, inside one of them. */
function splitDrawing(area: Area, geography: Geography): string {
  if (!area.drawnWith) return 'The map cuts it along the ONS STP boundary';
  return `The hexagon map draws it whole with ${areaLink(geography, area.drawnWith).name}, which holds most of it`;
}

/** The selected area's relatives: a CCG's STP(s), or an STP's CCGs with their values for the metric on screen. */
export const familySection: PanelSection<FamilyView> = {
  name: 'family',
  inputs: ['area', 'level', 'metric', 'period', 'change', 'perHead'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) return null;
    const split = data.atlas.metrics.cumbria_split;
    const parentWords = geography.key.orgs === '2022' ? 'ICBs' : 'STPs';
    if (area.parents.length > 1 && area.predecessors) {
      // A CCG of 2020–21 whose 2016 CCGs lay in several STP footprints.
      return { kind: 'parents', heading: `Its 2016 CCGs were in ${area.parents.length} STP footprints`, parents: area.parents.map((code) => ({ ...areaLink(geography, code), share: null })), note: null };
    }
    if (area.parents.length > 0) {
      const twoParents = area.parents.length > 1;
      return {
        kind: 'parents',
        heading: twoParents ? `Split between two ${parentWords}` : `Part of ${parentWords.replace(/s$/, '')}`,
        parents: area.parents.map((code) => ({ ...areaLink(geography, code), share: twoParents && split[code] !== undefined ? ` — about ${formatPercent(split[code])} of the CCG's area` : null })),
        note: twoParents ? `${area.shortName} straddles the border of two STP footprints. ${splitDrawing(area, geography)}; its population is shared between the STPs by area.` : null,
      };
    }
    const def = data.atlas.defs.get(state.metric)!;
    // The CCGs' values for the metric on screen, where it is reported for CCGs.
    const choropleth = def.levels.includes('ccg') ? data.choropleth({ ...state, level: 'ccg', period: def.periods.includes(state.period) ? state.period : def.defaultPeriod }) : null;
    const share = split[area.code];
    return {
      kind: 'children',
      heading: `${area.children.length} ${areaWords(geography.at('ccg'))} in this ${parentWords.replace(/s$/, '')}`,
      children: area.children.map((code) => {
        const others = (geography.find(code)?.parents ?? []).filter((p) => p !== area.code);
        const names = others.map((p) => areaLink(geography, p).name).join(', ');
        return {
          ...areaLink(geography, code),
          value: choropleth ? choropleth.format(choropleth.values.get(code) ?? null) : null,
          shared: others.length > 0 ? ` (shared with ${names}${share !== undefined ? `; about ${formatPercent(share)} of its area is in this STP` : ''})` : null,
        };
      }),
      drillDown: state.level === 'stp',
      childWords: areaWords(geography.at('ccg')),
    };
  },
  render(host, view, actions) {
    const section = host.append('section').attr('class', 'panel-section');
    section.append('h3').text(view.heading);
    if (view.kind === 'parents') {
      const list = section.append('ul').attr('class', 'link-list');
      for (const parent of view.parents) {
        const li = list.append('li');
        appendLink(li, parent, actions);
        if (parent.share) li.append('span').attr('class', 'muted').text(parent.share);
      }
      if (view.note) section.append('p').attr('class', 'note').text(view.note);
      return;
    }
    const list = section.append('ul').attr('class', 'link-list children');
    for (const child of view.children) {
      const li = list.append('li');
      appendLink(li, child, actions);
      if (child.value !== null) li.append('span').attr('class', 'num').text(child.value);
      if (child.shared) li.append('span').attr('class', 'muted note-shared').text(child.shared);
    }
    if (view.drillDown) {
      // A metric not reported for CCGs gives way to population there (the store says so in a notice).
      section.append('p').append('button').attr('type', 'button').attr('class', 'button-secondary').text(`Show these ${view.childWords} on the map`).on('click', () => actions.showChildren());
    }
  },
};
