import type { Selection } from 'd3-selection';
import type { Atlas } from '../../data/atlas';
import type { OrgYear } from '../../data/orgs-types';
import type { MetricDef } from '../../data/types';
import type { Choropleth } from '../../domain/choropleth';
import type { Geography } from '../../geography/geography';
import type { AtlasState } from '../../state/state';

/** What the sections read besides the state and the geography. */
export interface PanelData {
  atlas: Atlas;
  /** The (cached) choropleth of a state, on the geography of its level. */
  choropleth(state: AtlasState): Choropleth;
  /** Set when orgs.json could not be downloaded, so the stories say so instead of loading forever. */
  orgsFailed?: boolean;
}

/** What the rendered sections can do. */
export interface PanelActions {
  /** The link to a view of the area, from the state at render time. */
  href(code: string): string;
  select(code: string): void;
  clear(): void;
  showChildren(): void;
  /** The link to an area among the organisations of another year (a 2016 CCG from its merged CCG, an ICB). */
  hrefAt(code: string, orgs: OrgYear): string;
  selectAt(code: string, orgs: OrgYear): void;
}

/** A link to an area: its code and the name it shows. */
export interface AreaLink {
  code: string;
  name: string;
}

export type Host = Selection<HTMLDivElement, unknown, null, undefined>;

/**
 * One part of the "Area details" panel: a pure view of (state, geography, data), drawn by a thin
 * renderer. `inputs` are the state fields the view reads: the panel redraws a section only when
 * one of them, or the geography, changed.
 */
export interface PanelSection<View> {
  name: string;
  inputs: readonly (keyof AtlasState)[];
  view(state: AtlasState, geography: Geography, data: PanelData): View | null;
  render(host: Host, view: View, actions: PanelActions): void;
}

export function areaLink(geography: Geography, code: string): AreaLink {
  return { code, name: geography.find(code)?.shortName ?? code };
}

/** "NHS Digital, ERIC 2015/16; …": a metric's sources as cited. */
export function sourceLabels(atlas: Atlas, def: MetricDef): string {
  return def.sources.map((id) => atlas.metrics.sources[id]?.label ?? id).join('; ');
}

/** An area link that selects the area in place (a modified click opens the link as usual); its datum is the code. */
export function appendLink<E extends HTMLElement>(parent: Selection<E, unknown, null, undefined>, link: AreaLink, actions: PanelActions): void {
  parent
    .append('a')
    .datum(link.code)
    .attr('class', 'area-link')
    .attr('href', actions.href(link.code))
    .text(link.name)
    .on('click', (event: MouseEvent) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      actions.select(link.code);
    });
}

/** Whether a section must be redrawn: first time, another geography, or a change of a state field it reads. */
export function needsRedraw(inputs: readonly (keyof AtlasState)[], state: AtlasState, drawn: { state: AtlasState; geography: string } | null, geography: string): boolean {
  return drawn === null || drawn.geography !== geography || inputs.some((key) => state[key] !== drawn.state[key]);
}
