import { select } from 'd3-selection';
import type { Geography } from '../geography/geography';
import type { AppContext } from '../map/context';
import type { AtlasState } from '../state/state';
import { areaLinks } from './area-href';
import { attributionSection } from './panel/attribution';
import { eventsSection } from './panel/events';
import { headlineSection } from './panel/headline';
import { needsRedraw, type Host, type PanelActions, type PanelData, type PanelSection } from './panel/section';
import { ensureOrgs } from '../data/orgs-load';
import { reportLoadFailure } from '../lazy/chunk';
import { areaSectionsGate, loadAreaSections, type AreaSections } from './panel/area-chunk';
import { metricAt } from '../state/normalize';
import { chooseOrgs } from './orgs-control';
import { serializeUrl } from '../state/url';
import { selectArea } from './select-area';
import { patchChildren } from './patch';

/** The panel's parts in order: an eager section (they draw for England too), or the name of one in the area chunk. */
export const PANEL_LAYOUT: readonly (PanelSection<unknown> | string)[] = [headlineSection, 'trend', 'family', 'succession', 'trust-shares', eventsSection, 'facts', 'trusts', 'metrics', attributionSection];

/**
 * One section in a part of its own, in the panel's order. A part is drawn afresh off the page and
 * patched in, so lines that did not change stay on screen untouched (a Play step repaints the numbers,
 * not the panel). A part named by a string draws the area chunk's section of that name, and stays
 * empty until it arrives.
 */
function panelPart(body: Host, slot: PanelSection<unknown> | string, loaded: (name: string) => PanelSection<unknown> | undefined, data: PanelData, actions: PanelActions) {
  const section = () => (typeof slot === 'string' ? loaded(slot) : slot);
  const element: Host = body.append('div').attr('class', `panel-part panel-part-${typeof slot === 'string' ? slot : slot.name}`);
  return {
    inputs: () => section()?.inputs ?? [],
    draw(state: AtlasState, geography: Geography) {
      const fresh: Host = select(document.createElement('div'));
      const drawing = section();
      const view = drawing ? drawing.view(state, geography, data) : null;
      if (drawing && view !== null) drawing.render(fresh, view, actions);
      patchChildren(element.node()!, fresh.node()!);
    },
  };
}

/**
 * The "Area details" region: everything known about the selected area, or the national picture,
 * as sections (src/ui/panel/). A change of state redraws only the sections that read it.
 */
export function mountPanel(host: HTMLElement, ctx: AppContext): void {
  const body = select(host).append('div').attr('class', 'panel-body');
  const data: PanelData = { atlas: ctx.atlas, choropleth: (state) => ctx.choropleth(state) };
  let links = areaLinks(ctx.store.getState());
  const actions: PanelActions = {
    href: (code) => links.href(code),
    select: (code) => selectArea(ctx, code),
    clear: () => ctx.update({ area: null }),
    showChildren: () => ctx.update({ level: 'ccg' }),
    hrefAt: (code, orgs) => {
      const state = ctx.store.getState();
      return serializeUrl({ ...state, orgs, metric: metricAt(orgs, state.metric), area: code, view: null });
    },
    selectAt: (code, orgs) => void chooseOrgs(ctx, orgs, { area: code, focus: null }),
  };

  let areaSections = new Map<string, PanelSection<unknown>>();
  const parts = PANEL_LAYOUT.map((slot) => panelPart(body, slot, (name) => areaSections.get(name), data, actions));
  let drawn: { state: AtlasState; geography: string } | null = null;
  let waiting = false;
  const wantAreaSections = areaSectionsGate(
    loadAreaSections,
    (sections: AreaSections) => {
      areaSections = new Map(sections.map((section) => [section.name, section]));
      drawn = null;
      render(ctx.store.getState());
    },
    reportLoadFailure(ctx.store, 'The area details'),
  );
  const render = (state: AtlasState) => {
    const geography = ctx.geography(state);
    const previousLinks = links;
    links = areaLinks(state);
    for (const { inputs, draw } of parts) {
      if (needsRedraw(inputs(), state, drawn, geography.id)) draw(state, geography);
    }
    drawn = { state, geography: geography.id };
    // An area link carries the whole view, so every link follows a change of it, whether its section was redrawn or not.
    if (links.template !== previousLinks.template) body.selectAll<HTMLAnchorElement, string>('a.area-link').attr('href', (code) => links.href(code));
    wantAreaSections(state.area);
    // The stories are in orgs.json: fetched when an area is first selected, then the panel is drawn again.
    if (state.area && !ctx.atlas.orgs && !data.orgsFailed && !waiting) {
      waiting = true;
      ensureOrgs(ctx.atlas).then(
        () => {
          drawn = null;
          render(ctx.store.getState());
        },
        (error: unknown) => {
          console.warn(error);
          data.orgsFailed = true;
          drawn = null;
          render(ctx.store.getState());
        },
      );
    }
  };
  render(ctx.store.getState());
  // Hover and keyboard focus change often and nothing here: no section reads them, no link carries them.
  const moves: readonly (keyof AtlasState)[] = ['hover', 'focus'];
  ctx.store.subscribe((state, previous) => {
    if ((Object.keys(state) as (keyof AtlasState)[]).every((key) => moves.includes(key) || state[key] === previous[key])) return;
    render(state);
  });
}
