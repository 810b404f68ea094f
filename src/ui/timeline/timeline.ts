import { select } from 'd3-selection';
import type { OrgYear } from '../../data/orgs-types';
import { periodSeries } from '../../domain/choropleth';
import { periodLabel } from '../../domain/format';
import { orgsDate, orgsTitle } from '../../geography/describe';
import type { AppContext } from '../../map/context';
import { orgYearsOf } from '../../state/normalize';
import { chooseOrgs } from '../orgs-control';
import { keepText } from '../text';
import { createPlayer } from './player';

/**
 * The timeline under the map: a slider, Play/Pause, and a switch between years and months when a
 * metric has both. It steps through the periods of the current series (years, or the months of A&E);
 * for a metric of one period shown in later years too (population, the count of merged CCGs) it steps
 * through the organisation years instead (geographic map only), so Play shows the CCGs consolidating. Stepping changes only
 * `period` or `orgs`; the map recolours from cached classes.
 */
export function mountPeriodTimeline(host: HTMLElement, ctx: AppContext): void {
  const root = select(host).attr('class', 'period-timeline');
  const play = root.append('button').attr('type', 'button').attr('class', 'timeline-play').text('Play');
  root.append('label').attr('for', 'period-slider').attr('class', 'timeline-label').text('Timeline');
  const slider = root.append('input').attr('type', 'range').attr('id', 'period-slider').attr('min', 0).attr('step', 1);
  const current = root.append('span').attr('class', 'timeline-current').attr('aria-hidden', 'true');
  const series = root.append('button').attr('type', 'button').attr('class', 'button-secondary timeline-series');
  const live = root.append('span').attr('class', 'visually-hidden').attr('aria-live', 'polite');

  const def = () => ctx.atlas.defs.get(ctx.store.getState().metric)!;
  // The hexagons are the 2016 CCGs only: there the years are not offered.
  const byYear = () => ctx.store.getState().shape === 'geo' && orgYearsOf(def()).length > 1;
  const stops = (): readonly string[] => (byYear() ? orgYearsOf(def()) : periodSeries(def(), ctx.store.getState().period));
  const at = () => (byYear() ? ctx.store.getState().orgs : ctx.store.getState().period);
  // In the change view Play walks the periods after the base, so the change stays meaningful.
  const playable = () => {
    const base = ctx.store.getState().change;
    return base ? stops().slice(stops().indexOf(base) + 1) : stops();
  };
  const step = (stop: string) => {
    if (!byYear()) return ctx.update({ period: stop });
    // A year that could not be loaded (offline) stops the run; chooseOrgs has said why.
    void chooseOrgs(ctx, stop as OrgYear).then(() => ctx.store.getState().orgs === stop || player.stop());
  };
  const player = createPlayer({ periods: playable, current: at, step, playingChanged: (playing) => ctx.update({ playing }) });
  play.on('click', () => player.toggle());
  slider.on('input', (event: Event) => {
    player.stop();
    const stop = stops()[Number((event.target as HTMLInputElement).value)];
    if (stop) step(stop);
  });
  slider.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    player.toggle();
  });
  // Years ↔ months for a metric that has both (A&E, trolley waits): the first period of the other series.
  series.on('click', () => {
    player.stop();
    const d = def();
    const other = d.summaryPeriods?.includes(ctx.store.getState().period) ? d.lazyPeriods : d.summaryPeriods;
    if (other?.[0]) ctx.update({ period: other[0] });
  });

  const render = () => {
    const state = ctx.store.getState();
    const d = def();
    const list = stops();
    host.hidden = list.length < 2 || state.embed;
    const index = Math.max(0, list.indexOf(at()));
    const geography = ctx.geography(state);
    const label = byYear() ? orgsDate(geography) : periodLabel(d, state.period);
    // Stepping the years, the slider and the announcement count the organisations: "195 CCGs, April 2018".
    const spoken = byYear() ? orgsTitle(geography) : label;
    slider.attr('max', list.length - 1).property('value', String(index)).attr('aria-valuetext', spoken);
    keepText(current, label);
    // Each step while playing is announced once; the last stays, so stopping does not silence it.
    if (state.playing) keepText(live, spoken);
    keepText(play, state.playing ? 'Pause' : 'Play');
    const both = !!d.summaryPeriods?.length && !!d.lazyPeriods?.length;
    keepText(series.property('hidden', !both), d.summaryPeriods?.includes(state.period) ? 'Show months' : 'Show years');
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (s.metric !== p.metric && player.playing()) player.stop();
    if (s.metric !== p.metric || s.period !== p.period || s.orgs !== p.orgs || s.level !== p.level || s.shape !== p.shape || s.playing !== p.playing || s.embed !== p.embed) render();
  });
}
