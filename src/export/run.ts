// Loaded when the reader reaches for a download button, so none of this weighs on the first paint.
import type { AppContext } from '../map/context';
import { orgsDate } from '../geography/describe';
import { viewHref } from '../state/url';
import { valueNotes } from '../domain/caveats';
import { periodSources } from '../domain/sources';
import { loadedSeries } from '../domain/choropleth';
import { areaRows, exportFileName, metricCsv, periodsCsv, wideColumns, wideCsv } from './csv';
import { downloadBlob } from './download';
import { drawPng, pngBlob } from './png';

function measured<T>(name: string, start: number, result: T): T {
  performance.measure(name, { start, end: performance.now() });
  return result;
}

/** Downloads the map as on screen now, at 2×, titled and sourced; measured from `start` (the click) to the hand-over. */
export async function downloadPng(ctx: AppContext, mapElement: HTMLElement, start = performance.now()): Promise<string> {
  const drawStart = performance.now();
  const state = ctx.store.getState();
  const width = mapElement.clientWidth;
  const height = mapElement.clientHeight;
  const view = ctx.camera.view() ?? state.view;
  if (!view || width === 0 || height === 0) throw new Error('The map is not on screen');
  const canvas = drawPng({ ctx, state, width, height, view, fontFamily: getComputedStyle(document.body).fontFamily, pageUrl: viewHref(state, window.location) }); // from the state: the address bar is written a task later
  performance.measure('atlas:png-draw', { start: drawStart, end: performance.now() });
  const blob = await pngBlob(canvas);
  const fileName = exportFileName(state, 'png');
  downloadBlob(blob, fileName);
  return measured('atlas:png-export', start, fileName);
}

/** Downloads the areas of the current level with the value on screen (or every metric, wide); measured from `start` (the click). */
export function downloadCsv(ctx: AppContext, allMetrics: boolean, start = performance.now()): string {
  const state = ctx.store.getState();
  const geography = ctx.geography(state);
  const areas = areaRows(geography);
  let text: string;
  let fileName: string;
  if (allMetrics) {
    text = wideCsv(areas, wideColumns(ctx.atlas, geography));
    fileName = `stp-atlas-${state.orgs !== '2016' ? `orgs-${state.orgs}-` : ''}${state.level}-all-metrics.csv`;
  } else {
    const choropleth = ctx.choropleth(state);
    const notes = (code: string) => valueNotes(ctx.atlas.metrics, state.metric, state.period, code, state.perHead).join(' ');
    const organisations = state.orgs === '2016' ? undefined : orgsDate(geography);
    text = metricCsv(areas, choropleth, periodSources(choropleth.def, state.period, (id) => ctx.atlas.metrics.sources[id]?.label ?? id), notes, organisations);
    fileName = exportFileName(state, 'csv');
  }
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
  return measured(allMetrics ? 'atlas:csv-export-wide' : 'atlas:csv-export', start, fileName);
}

/** Downloads the metric on screen for every period of its series, long format (one row per area and period). */
export function downloadPeriodsCsv(ctx: AppContext, start = performance.now()): string {
  const state = ctx.store.getState();
  const def = ctx.atlas.defs.get(state.metric)!;
  const periods = loadedSeries(ctx.atlas, state.metric, state.level, state.period);
  const text = periodsCsv(areaRows(ctx.geography(state)), periods.map((period) => ({
    choropleth: ctx.choropleth({ ...state, period, change: null }),
    source: periodSources(def, period, (id) => ctx.atlas.metrics.sources[id]?.label ?? id),
    note: (code: string) => valueNotes(ctx.atlas.metrics, state.metric, period, code, state.perHead).join(' '),
  })));
  const fileName = exportFileName({ ...state, period: `${periods[0]}-to-${periods.at(-1)}` }, 'csv');
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
  return measured('atlas:csv-export-periods', start, fileName);
}
