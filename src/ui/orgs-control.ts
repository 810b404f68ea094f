import { select } from 'd3-selection';
import { ensureOrgs } from '../data/orgs-load';
import { ORG_YEAR_LABELS, ORG_YEARS, type OrgYear } from '../data/orgs-types';
import type { AppContext } from '../map/context';
import { metricAt } from '../state/normalize';
import type { AtlasState } from '../state/state';
import { notices } from '../state/store';

/** Loads orgs.json when needed, then shows the organisations of a year; a failed download leaves the map as it is, with a message. */
export function chooseOrgs(ctx: AppContext, orgs: OrgYear, extra: Partial<AtlasState> = {}): Promise<void> {
  // The reader chose the year: the metric follows it quietly (a link asking for a 2016/17 metric at a later year gets a message).
  const patch = (): Partial<AtlasState> => ({ orgs, metric: metricAt(orgs, ctx.store.getState().metric), ...extra });
  // Once orgs.json is in, a year is shown at once (the timeline's Play steps in time with its announcement).
  if (orgs === '2016' || ctx.atlas.orgs) {
    ctx.update(patch());
    return Promise.resolve();
  }
  return ensureOrgs(ctx.atlas).then(
    () => ctx.update(patch()),
    (error: unknown) => {
      console.warn(error);
      const state = ctx.store.getState();
      ctx.store.setState({ notices: notices(state.notices, [`The organisations of ${ORG_YEAR_LABELS[orgs]} could not be loaded — still showing ${ORG_YEAR_LABELS[state.orgs]}`]) });
    },
  );
}

/** The "Organisations in" select: April 2016 (the atlas's own map) to the integrated care boards of July 2022. */
export function mountOrgsControl(host: HTMLElement, ctx: AppContext): void {
  const control = select(host).insert('div', ':first-child').attr('class', 'control');
  control.append('label').attr('for', 'orgs-select').text('Organisations in');
  const choice = control.append('select').attr('id', 'orgs-select').attr('name', 'orgs');
  for (const year of ORG_YEARS) choice.append('option').attr('value', year).text(ORG_YEAR_LABELS[year]);
  choice.on('change', (event: Event) => {
    void chooseOrgs(ctx, (event.target as HTMLSelectElement).value as OrgYear).then(() => choice.property('value', ctx.store.getState().orgs));
  });
  choice.property('value', ctx.store.getState().orgs);
  ctx.store.subscribe((state, previous) => {
    if (state.orgs !== previous.orgs) choice.property('value', state.orgs);
  });
}
