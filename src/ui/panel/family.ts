import { formatPercent } from '../../domain/format';
import { appendLink, areaLink, type AreaLink, type PanelSection } from './section';

export type FamilyView =
  | { kind: 'parents'; heading: string; parents: (AreaLink & { share: string | null })[]; note: string | null }
  | { kind: 'children'; heading: string; children: (AreaLink & { value: string | null; shared: string | null })[]; drillDown: boolean };

/** The selected area's relatives: a CCG's STP(s), or an STP's CCGs with their values for the metric on screen. */
export const familySection: PanelSection<FamilyView> = {
  name: 'family',
  inputs: ['area', 'level', 'metric', 'period', 'change', 'perHead'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) return null;
    const split = data.atlas.metrics.cumbria_split;
    if (area.parents.length > 0) {
      const twoParents = area.parents.length > 1;
      return {
        kind: 'parents',
        heading: twoParents ? 'Split between two STPs' : 'Part of STP',
        parents: area.parents.map((code) => ({ ...areaLink(geography, code), share: twoParents && split[code] !== undefined ? ` — about ${formatPercent(split[code])} of the CCG's area` : null })),
        note: twoParents ? `${area.shortName} straddles the border of two STP footprints. The map cuts it along the ONS STP boundary; its population is shared between the STPs by area.` : null,
      };
    }
    const def = data.atlas.defs.get(state.metric)!;
    // The CCGs' values for the metric on screen, where it is reported for CCGs.
    const choropleth = def.levels.includes('ccg') ? data.choropleth({ ...state, level: 'ccg', period: def.periods.includes(state.period) ? state.period : def.defaultPeriod }) : null;
    const share = split[area.code];
    return {
      kind: 'children',
      heading: `${area.children.length} CCGs in this STP`,
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
      section.append('p').append('button').attr('type', 'button').attr('class', 'button-secondary').text('Show these CCGs on the map').on('click', () => actions.showChildren());
    }
  },
};
