import { select } from 'd3-selection';
import { periodSeries } from '../../domain/choropleth';
import { periodLabel } from '../../domain/format';
import type { AppContext } from '../../map/context';
import { createPlayer } from './player';

/**
 * The period timeline under the map: a slider of the periods of the current series (years, or the
 * months of A&E), Play/Pause, and a switch between years and months when a metric has both. Stepping
 * only changes `period`; the map recolours from cached classes.
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
  const periods = () => periodSeries(def(), ctx.store.getState().period);
  // In the change view Play walks the periods after the base, so the change stays meaningful.
  const playable = () => {
    const base = ctx.store.getState().change;
    return base ? periods().slice(periods().indexOf(base) + 1) : periods();
  };
  const player = createPlayer({
    periods: playable,
    current: () => ctx.store.getState().period,
    step: (period) => ctx.update({ period }),
    playingChanged: (playing) => ctx.update({ playing }),
  });
  play.on('click', () => player.toggle());
  slider.on('input', (event: Event) => {
    player.stop();
    const period = periods()[Number((event.target as HTMLInputElement).value)];
    if (period) ctx.update({ period });
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
    const list = periods();
    host.hidden = list.length < 2 || state.embed;
    const index = Math.max(0, list.indexOf(state.period));
    const label = periodLabel(d, state.period);
    slider.attr('max', list.length - 1).property('value', String(index)).attr('aria-valuetext', label);
    current.text(label);
    // Each step while playing is announced once; the last stays, so stopping does not silence it.
    if (state.playing && live.text() !== label) live.text(label);
    play.text(state.playing ? 'Pause' : 'Play');
    const both = !!d.summaryPeriods?.length && !!d.lazyPeriods?.length;
    series.property('hidden', !both).text(d.summaryPeriods?.includes(state.period) ? 'Show months' : 'Show years');
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (s.metric !== p.metric && player.playing()) player.stop();
    if (s.metric !== p.metric || s.period !== p.period || s.playing !== p.playing || s.embed !== p.embed) render();
  });
}
