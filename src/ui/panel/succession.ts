import type { Selection } from 'd3-selection';
import type { OrgYear } from '../../data/orgs-types';
import type { AtlasState } from '../../state/state';
import type { PanelActions, PanelSection } from './section';

/** A link to an area among the organisations of a given year (the panel's other links stay in the year on screen). */
export interface OrgLink {
  code: string;
  name: string;
  orgs: OrgYear;
}

/** One line of a story: its text, and the body it names as a link where the map can show it. */
export interface StoryLine {
  text: string;
  link: OrgLink | null;
  after: string;
}

export type SuccessionView =
  | { kind: 'loading'; text: string }
  | { kind: 'story'; heading: string; intro: string | null; lines: StoryLine[] }
  | { kind: 'links'; heading: string; intro: string; links: OrgLink[]; lines: StoryLine[] };
/** "What became of it" for a 2016 CCG or STP; "Formed from" for a later year's CCG or an ICB. Needs orgs.json. */
export const successionSection: PanelSection<SuccessionView> = {
  name: 'succession',
  // Its links name a year of their own, so they are drawn from the whole view rather than relinked.
  inputs: ['area', 'orgs', 'level', 'metric', 'period', 'perHead', 'classify', 'compare', 'events', 'asof', 'embed', 'search'],
  view(state: AtlasState, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) return null;
    const { orgs, later } = data.atlas;
    if (!orgs || !later) return { kind: 'loading', text: data.orgsFailed ? 'What became of it could not be loaded; try reloading the page.' : 'Loading what became of it…' };
    return later.successionView(state, area, geography, data, orgs);
  },
  render(host, view, actions) {
    const section = host.append('section').attr('class', 'panel-section succession');
    if (view.kind === 'loading') {
      section.append('p').attr('class', 'muted').text(view.text);
      return;
    }
    section.append('h3').text(view.heading);
    if (view.intro) section.append('p').text(view.intro);
    if (view.kind === 'links' && view.links.length > 0) {
      const list = section.append('ul').attr('class', 'link-list');
      for (const link of view.links) appendOrgLink(list.append('li'), link, actions);
    }
    if (view.lines.length === 0) return;
    const list = section.append(view.kind === 'story' ? 'ol' : 'ul').attr('class', 'story-steps');
    for (const line of view.lines) {
      const li = list.append('li');
      li.append('span').text(line.text);
      if (line.link) appendOrgLink(li, line.link, actions);
      li.append('span').attr('class', 'muted').text(line.after);
    }
  },
};

function appendOrgLink<E extends HTMLElement>(parent: Selection<E, unknown, null, undefined>, link: OrgLink, actions: PanelActions): void {
  parent
    .append('a')
    .attr('class', 'org-link')
    .attr('href', actions.hrefAt(link.code, link.orgs))
    .text(link.name)
    .on('click', (event: MouseEvent) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      actions.selectAt(link.code, link.orgs);
    });
}
