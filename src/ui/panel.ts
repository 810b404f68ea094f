import { select } from 'd3-selection';
import type { Geography } from '../geography/geography';
import type { AppContext } from '../map/context';
import type { AtlasState } from '../state/state';
import { areaLinks } from './area-href';
import { attributionSection } from './panel/attribution';
import { eventsSection } from './panel/events';
import { factsSection } from './panel/facts';
import { familySection } from './panel/family';
import { headlineSection } from './panel/headline';
import { metricsSection } from './panel/metrics';
import { needsRedraw, type Host, type PanelActions, type PanelData, type PanelSection } from './panel/section';
import { trustSharesSection } from './panel/trust-shares';
import { successionSection } from './panel/succession';
import { trendSection } from './panel/trend';
import { trustsSection } from './panel/trusts';
import { ensureOrgs } from '../data/orgs-load';
import { metricAt } from '../state/normalize';
import { chooseOrgs } from './orgs-control';
import { serializeUrl } from '../state/url';
import { selectArea } from './select-area';

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

  // Each section in a part of its own, in the panel's order; a part is emptied and redrawn as a whole.
  const part = <View>(section: PanelSection<View>) => {
    const element: Host = body.append('div').attr('class', `panel-part panel-part-${section.name}`);
    return {
      inputs: section.inputs,
      draw(state: AtlasState, geography: Geography) {
        element.selectAll('*').remove();
        const view = section.view(state, geography, data);
        if (view !== null) section.render(element, view, actions);
      },
    };
  };
  const parts = [part(headlineSection), part(trendSection), part(familySection), part(successionSection), part(trustSharesSection), part(eventsSection), part(factsSection), part(trustsSection), part(metricsSection), part(attributionSection)];

  let drawn: { state: AtlasState; geography: string } | null = null;
  let waiting = false;
  const render = (state: AtlasState) => {
    const geography = ctx.geography(state);
    const previousLinks = links;
    links = areaLinks(state);
    for (const { inputs, draw } of parts) {
      if (needsRedraw(inputs, state, drawn, geography.id)) draw(state, geography);
    }
    drawn = { state, geography: geography.id };
    // An area link carries the whole view, so every link follows a change of it, whether its section was redrawn or not.
    if (links.template !== previousLinks.template) body.selectAll<HTMLAnchorElement, string>('a.area-link').attr('href', (code) => links.href(code));
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
