import { select } from 'd3-selection';
import type { Level } from '../data/types';
import { changeKind, changeValue, formatChange } from '../domain/change';
import { formatAreaValue, loadedSeries, type Choropleth } from '../domain/choropleth';
import { areaWords, orgsDate } from '../geography/describe';
import type { Geography } from '../geography/geography';
import { DEFAULT_SORT, nextSort, sortRows, sparklinePoints, type RankingRow, type SortKey, type SortSpec } from '../domain/ranking-table';
import type { AppContext } from '../map/context';
import { choroplethChanged } from '../state/state';
import { areaLinks } from './area-href';
import { setText } from './text';

interface Column {
  key: SortKey;
  label: string;
  num?: boolean;
  levels?: Level[];
}

const COLUMNS: Column[] = [
  { key: 'rank', label: 'Rank', num: true },
  { key: 'name', label: 'Name' },
  { key: 'code', label: 'Code' },
  { key: 'value', label: 'Value', num: true },
  { key: 'parent', label: 'Parent STP', levels: ['ccg'] },
  { key: 'trend', label: 'Trend', num: true },
];

const LEVEL_WORDS: Record<Level, string> = { stp: 'STPs', ccg: 'CCGs' };

/** Performance entry written after each table render, read by the browser test. */
export const RANKING_MEASURE = 'atlas:ranking-render';

/**
 * The ranking table: every area of the current level for the current metric, sortable, and the
 * accessible alternative to the map. Rows follow the map's hover and selection both ways.
 */
export function mountRanking(host: HTMLElement, ctx: AppContext): void {
  const { store } = ctx;
  const root = select(host);
  root.append('h2').attr('class', 'ranking-title').attr('id', 'ranking-title').text('Ranking table');
  root.append('p').attr('class', 'ranking-hint').text('Every area of the map as a table. Sort with the column buttons; choose a name to select the area. Areas with no value ("Not reported") are always listed last.');
  const wrap = root.append('div').attr('class', 'ranking-scroll');
  const table = wrap.append('table').attr('class', 'ranking-table');
  const caption = table.append('caption');
  const headRow = table.append('thead').append('tr');
  const tbody = table.append('tbody');
  let sort: SortSpec = DEFAULT_SORT;
  const rowsByCode = new Map<string, HTMLTableRowElement>();
  let hovered: string | null = null;
  let selected: string | null = null;

  const headers = headRow
    .selectAll<HTMLTableCellElement, Column>('th')
    .data(COLUMNS)
    .join('th')
    .attr('scope', 'col')
    .attr('class', (d) => `col-${d.key}${d.num ? ' num' : ''}`);
  headers
    .append('button')
    .attr('type', 'button')
    .attr('class', 'sort-button')
    .on('click', (_, d) => {
      sort = nextSort(sort, d.key);
      render();
    })
    .call((b) => b.append('span').attr('class', 'sort-label').text((d) => d.label))
    .call((b) => b.append('span').attr('class', 'sort-arrow').attr('aria-hidden', 'true'));

  // Names and parents never change: build them once per geography, and only fill in values per render.
  const bases = new Map<string, Omit<RankingRow, 'value' | 'rank'>[]>();
  const rowsOf = (choropleth: Choropleth, geography: Geography): RankingRow[] => {
    let base = bases.get(geography.id);
    if (!base) {
      base = geography.areas.map((area) => ({ code: area.code, name: area.shortName, parent: area.parents.map((p) => geography.find(p)?.shortName ?? p).join(' / ') }));
      bases.set(geography.id, base);
    }
    return base.map((row) => ({ ...row, value: choropleth.values.get(row.code) ?? null, rank: choropleth.ranks.get(row.code) ?? null }));
  };
  const SPARK = { width: 48, height: 14 };
  /** Each area's values over the series on screen (cached choropleths), its sparkline and its change. */
  const trendsOf = (state: ReturnType<typeof store.getState>) => {
    const def = ctx.atlas.defs.get(state.metric)!;
    const series = def.kind === 'numeric' ? loadedSeries(ctx.atlas, state.metric, state.level, state.period) : [];
    if (series.length < 2) return null;
    const values = series.map((period) => ctx.choropleth({ ...state, period, change: null }).values);
    const current = series.indexOf(state.period);
    const base = state.change && series.includes(state.change) ? series.indexOf(state.change) : 0;
    const kind = changeKind(def);
    const format = ctx.choropleth({ ...state, change: null }).format;
    return (code: string) => {
      const line = values.map((v) => v.get(code) ?? null);
      const trend = current > base ? changeValue(line[base]!, line[current]!, kind) : null;
      const words = `${series.map((p, i) => `${def.periodLabels[p] ?? p} ${format(line[i]!)}`).join(', ')}`;
      return { trend, points: sparklinePoints(line, SPARK.width, SPARK.height), words };
    };
  };

  const markRow = (code: string | null, className: string, on: boolean) => {
    if (code) rowsByCode.get(code)?.classList.toggle(className, on);
  };
  const setHover = (code: string | null) => {
    if (code === hovered) return;
    markRow(hovered, 'is-hover', false);
    hovered = code;
    markRow(hovered, 'is-hover', true);
  };
  const setSelected = (code: string | null) => {
    if (selected) {
      markRow(selected, 'is-selected', false);
      rowsByCode.get(selected)?.querySelector('a')?.removeAttribute('aria-current');
    }
    selected = code;
    if (selected) {
      markRow(selected, 'is-selected', true);
      rowsByCode.get(selected)?.querySelector('a')?.setAttribute('aria-current', 'true');
    }
  };

  const choose = (event: Event, code: string) => {
    const mouse = event as MouseEvent;
    if (mouse.metaKey || mouse.ctrlKey || mouse.shiftKey) return;
    event.preventDefault();
    ctx.update({ area: code, view: null, focus: null });
    const announcer = document.getElementById('announcer');
    if (announcer) announcer.textContent = `${ctx.geography().find(code)?.shortName ?? code} selected: its details are in the Area details panel.`;
  };

  const render = () => {
    const start = performance.now();
    const state = store.getState();
    const choropleth = ctx.choropleth(state);
    const level = state.level;
    const geography = ctx.geography(state);
    const later = geography.key.orgs !== '2016';
    const trends = later ? null : trendsOf(state);
    const trendOf = new Map(trends ? geography.areas.map((a) => [a.code, trends(a.code)] as const) : []);
    const columns = COLUMNS.filter((c) => (!c.levels || c.levels.includes(level)) && (c.key !== 'trend' || trends !== null));
    if (sort.key === 'trend' && !trends) sort = DEFAULT_SORT;
    const rows = sortRows(rowsOf(choropleth, geography).map((row) => ({ ...row, trend: trendOf.get(row.code)?.trend ?? null })), sort);

    caption.text(`Ranking of ${rows.length} ${later ? `${areaWords(geography)}, ${orgsDate(geography)}` : LEVEL_WORDS[level]}: ${choropleth.title} (${choropleth.unit})${choropleth.ranked < rows.length && choropleth.def.kind === 'numeric' ? `; ${rows.length - choropleth.ranked} not reported` : ''}`);
    headers
      .property('hidden', (d) => !columns.includes(d))
      .attr('aria-sort', (d) => (d.key === sort.key ? sort.direction : null));
    headers.select('.sort-arrow').text((d) => (d.key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''));
    headers.select('.sort-label').text((d) => (d.key === 'value' ? `Value (${choropleth.unit})` : d.key === 'parent' && geography.key.orgs === '2022' ? 'Parent ICB' : d.key === 'code' && later ? 'ODS code' : d.label));

    const showParent = level === 'ccg';
    const tr = tbody
      .selectAll<HTMLTableRowElement, RankingRow>('tr')
      .data(rows, (d) => d.code)
      .join(
        (enter) => {
          const row = enter.append('tr');
          row.append('td').attr('class', 'num col-rank');
          row
            .append('th')
            .attr('scope', 'row')
            .attr('class', 'col-name')
            .append('a')
            .attr('class', 'area-link');
          row.append('td').attr('class', 'col-code');
          const value = row.append('td').attr('class', 'num col-value');
          value.append('span').attr('class', 'swatch').attr('aria-hidden', 'true');
          value.append('span').attr('class', 'value-text');
          row.append('td').attr('class', 'col-parent');
          const trend = row.append('td').attr('class', 'num col-trend');
          trend.append('svg').attr('class', 'sparkline').attr('aria-hidden', 'true').attr('viewBox', `-2 0 ${SPARK.width + 4} ${SPARK.height}`).append('polyline');
          trend.append('span').attr('class', 'trend-text');
          trend.append('span').attr('class', 'visually-hidden trend-words');
          row
            .on('mouseenter', (_, d) => {
              if (store.getState().hover !== d.code) store.setState({ hover: d.code });
            })
            .on('mouseleave', (_, d) => {
              if (store.getState().hover === d.code) store.setState({ hover: null });
            })
            .on('click', (event: MouseEvent, d) => {
              if ((event.target as HTMLElement).closest('a')) return;
              choose(event, d.code);
            });
          row.select('a').on('click', (event: MouseEvent, d) => choose(event, d.code));
          return row;
        },
        (update) => update,
        (exit) => exit.each((d) => rowsByCode.delete(d.code)).remove(),
      );
    tr.order();
    tr.each(function (d) {
      rowsByCode.set(d.code, this);
    });
    // Only touch what changed: a metric switch rewrites values and order, not 209 × 5 nodes.
    const links = areaLinks(state);
    tr.each(function (d) {
      const cells = this.children;
      setText(cells[0] as HTMLElement, d.rank === null ? '—' : String(d.rank));
      const link = (cells[1] as HTMLElement).firstElementChild as HTMLAnchorElement;
      setText(link, d.name);
      const href = links.href(d.code);
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
      setText(cells[2] as HTMLElement, d.code);
      const value = cells[3] as HTMLElement;
      const swatch = value.firstElementChild as HTMLElement;
      const colour = d.value === null ? '' : choropleth.colours.get(d.code) ?? '';
      if (swatch.dataset.colour !== colour) {
        swatch.dataset.colour = colour;
        swatch.style.backgroundColor = colour;
      }
      swatch.classList.toggle('swatch-nodata', d.value === null);
      setText(value.lastElementChild as HTMLElement, formatAreaValue(choropleth, d.code));
      const parent = cells[4] as HTMLElement;
      if (parent.hidden === showParent) parent.hidden = !showParent;
      setText(parent, showParent ? d.parent : '');
      const trendCell = this.lastElementChild as HTMLElement;
      if (trendCell.hidden === !!trends) trendCell.hidden = !trends;
      const t = trendOf.get(d.code);
      const polyline = trendCell.querySelector('polyline')!;
      if (polyline.getAttribute('points') !== (t?.points ?? '')) polyline.setAttribute('points', t?.points ?? '');
      setText(trendCell.querySelector('.trend-text') as HTMLElement, t ? formatChange(t.trend, changeKind(choropleth.def)).replace('Not reported', '—') : '');
      setText(trendCell.querySelector('.trend-words') as HTMLElement, t ? `: ${t.words}` : '');
    });
    const previousHover = hovered;
    const previousSelected = selected;
    hovered = null;
    selected = null;
    setHover(previousHover);
    setSelected(previousSelected);
    performance.measure(RANKING_MEASURE, { start, end: performance.now() });
  };

  // While Play runs, a table off screen waits: re-laying out its rows each step cost more than the
  // map's recolour. It catches up when it scrolls into view or Play stops.
  let onScreen = true;
  let stale = false;
  const renderOrDefer = (playing: boolean) => {
    stale = playing && !onScreen;
    if (!stale) render();
  };
  // The root shrunk by 1 px: a table that starts exactly at the bottom of the screen is not on it.
  new IntersectionObserver(
    ([entry]) => {
      onScreen = entry?.isIntersecting ?? true;
      if (onScreen && stale) renderOrDefer(false);
    },
    { rootMargin: '0px 0px -1px 0px' },
  ).observe(host);

  render();
  setHover(store.getState().hover);
  setSelected(store.getState().area);
  store.subscribe((s, p) => {
    if (choroplethChanged(s, p)) renderOrDefer(s.playing);
    else if (stale && !s.playing) renderOrDefer(false);
    if (s.hover !== p.hover) setHover(s.hover);
    if (s.area !== p.area) setSelected(s.area);
  });
}
