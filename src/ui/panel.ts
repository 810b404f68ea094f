import { select, type Selection } from 'd3-selection';
import type { Area } from '../data/atlas';
import type { MetricDef, Value } from '../data/types';
import { rawValues, perHeadValue } from '../domain/choropleth';
import { displayValue } from '../domain/caveats';
import { formatValue, isSummable, ordinal } from '../domain/format';
import { titleCase } from '../domain/names';
import { NO_DATA_COLOUR } from '../domain/palette';
import { isUpTo } from '../events/dates';
import type { AppContext } from '../map/context';
import { serializeUrl } from '../state/url';
import { renderAreaFacts, renderTrustShares, renderValueNotes } from './area-notes';
import { selectArea } from './select-area';

type Sel<E extends HTMLElement> = Selection<E, unknown, null, undefined>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-12-02" → "2 Dec 2016"; "2017-02" → "Feb 2017". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = MONTHS[Number(month) - 1] ?? '';
  return [day ? String(Number(day)) : '', name, year].filter(Boolean).join(' ');
}

/** The "Area details" region: everything known about the selected area, or the national picture. */
export function mountPanel(host: HTMLElement, ctx: AppContext): void {
  const root = select(host);
  const body = root.append('div').attr('class', 'panel-body');

  const link = <E extends HTMLElement>(parent: Sel<E>, code: string, text?: string) => {
    const area = ctx.atlas.areas.get(code);
    parent
      .append('a')
      .attr('class', 'area-link')
      .attr('href', serializeUrl({ ...ctx.store.getState(), area: code, view: null }))
      .text(text ?? area?.shortName ?? code)
      .on('click', (event: MouseEvent) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        selectArea(ctx, code);
      });
  };

  const sourceLabels = (def: MetricDef) => def.sources.map((id) => ctx.atlas.metrics.sources[id]?.label ?? id).join('; ');

  const valueOf = (def: MetricDef, area: Area, period: string, perHead = false): Value => {
    const v = rawValues(ctx.atlas, def.key, area.level, period).get(area.code) ?? null;
    if (!perHead) return v;
    return perHeadValue(v, rawValues(ctx.atlas, 'population', area.level, 'mid-2015').get(area.code) ?? null, def);
  };

  const renderHeadline = <E extends HTMLElement>(parent: Sel<E>, area: Area) => {
    const state = ctx.store.getState();
    const def = ctx.atlas.defs.get(state.metric)!;
    const box = parent.append('div').attr('class', 'headline');
    if (!def.levels.includes(area.level)) {
      box.append('p').attr('class', 'headline-label').text(`${def.label} is reported for ${def.levels.map((l) => l.toUpperCase()).join(' and ')}s, not ${area.level.toUpperCase()}s.`);
      return;
    }
    const choropleth = ctx.choropleth({ ...state, level: area.level });
    const value = choropleth.values.get(area.code) ?? null;
    box.append('p').attr('class', 'headline-label').text(choropleth.title);
    const line = box.append('p').attr('class', 'headline-value');
    line.append('span').attr('class', 'swatch').attr('aria-hidden', 'true').style('background-color', choropleth.colours.get(area.code) ?? NO_DATA_COLOUR).classed('swatch-nodata', value === null);
    line.append('span').text(displayValue(ctx.atlas.metrics, state.metric, area.code, value, choropleth.format(value)));
    renderValueNotes(box, ctx, area);
    const rank = choropleth.ranks.get(area.code);
    if (rank) box.append('p').attr('class', 'headline-rank').text(`${ordinal(rank)} of ${choropleth.ranked} ${area.level.toUpperCase()}s${choropleth.ranked < choropleth.values.size ? ` with a value (${choropleth.values.size} in all)` : ''}, largest first`);
  };

  const renderMetricsTable = <E extends HTMLElement>(parent: Sel<E>, area: Area) => {
    const section = parent.append('section').attr('class', 'panel-section');
    section.append('h3').text('Every metric');
    const table = section.append('table').attr('class', 'metrics-table');
    table.append('caption').attr('class', 'visually-hidden').text(`Every metric for ${area.shortName}`);
    const head = table.append('thead').append('tr');
    for (const h of ['Metric', 'Period', 'Value']) head.append('th').attr('scope', 'col').text(h);
    const tbody = table.append('tbody');
    for (const def of ctx.atlas.metrics.metrics) {
      if (!def.levels.includes(area.level)) continue;
      for (const period of [...(def.summaryPeriods ?? def.periods)].reverse()) {
        const row = tbody.append('tr');
        const th = row.append('th').attr('scope', 'row');
        th.append('span').text(def.label);
        th.append('span').attr('class', 'metric-source').text(sourceLabels(def));
        row.append('td').text(def.periodLabels[period] ?? period);
        const v = valueOf(def, area, period);
        const cell = row.append('td').attr('class', 'num').text(displayValue(ctx.atlas.metrics, def.key, area.code, v, formatValue(v, def.unit, { categories: def.categories })));
        if (def.perHead && v !== null) {
          cell.append('span').attr('class', 'per-head').text(`${formatValue(valueOf(def, area, period, true), def.unit, { perHead: true })} per resident`);
        }
      }
    }
    const notes = ctx.atlas.metrics.metrics.filter((d) => d.levels.includes(area.level)).flatMap((d) => d.notes);
    if (notes.length > 0) {
      const list = section.append('ul').attr('class', 'footnotes');
      for (const note of [...new Set(notes)]) list.append('li').text(note);
    }
  };

  const renderFamily = <E extends HTMLElement>(parent: Sel<E>, area: Area) => {
    const state = ctx.store.getState();
    if (area.level === 'ccg') {
      const section = parent.append('section').attr('class', 'panel-section');
      section.append('h3').text(area.parents.length > 1 ? 'Split between two STPs' : 'Part of STP');
      const list = section.append('ul').attr('class', 'link-list');
      for (const parent of area.parents) {
        const li = list.append('li');
        link(li, parent);
        const share = ctx.atlas.metrics.cumbria_split[parent];
        if (area.parents.length > 1 && share !== undefined) li.append('span').attr('class', 'muted').text(` — about ${Math.round(share * 100)}% of the CCG's area`);
      }
      if (area.parents.length > 1) {
        section.append('p').attr('class', 'note').text(`${area.shortName} straddles the border of two STP footprints. The map cuts it along the ONS STP boundary; its population is shared between the STPs by area.`);
      }
    } else {
      const section = parent.append('section').attr('class', 'panel-section');
      section.append('h3').text(`${area.children.length} CCGs in this STP`);
      const def = ctx.atlas.defs.get(state.metric)!;
      const showValues = def.levels.includes('ccg');
      const choropleth = showValues ? ctx.choropleth({ ...state, level: 'ccg', period: def.periods.includes(state.period) ? state.period : def.defaultPeriod }) : null;
      const list = section.append('ul').attr('class', 'link-list children');
      for (const code of area.children) {
        const li = list.append('li');
        link(li, code);
        if (choropleth) li.append('span').attr('class', 'num').text(choropleth.format(choropleth.values.get(code) ?? null));
        const others = ctx.atlas.areas.get(code)!.parents.filter((p) => p !== area.code);
        const share = ctx.atlas.metrics.cumbria_split[area.code];
        if (others.length > 0) li.append('span').attr('class', 'muted note-shared').text(` (shared with ${others.map((p) => ctx.atlas.areas.get(p)?.shortName ?? p).join(', ')}${share !== undefined ? `; about ${Math.round(share * 100)}% of its area is in this STP` : ''})`);
      }
      if (state.level === 'stp') {
        const drill = section.append('p');
        // A metric not reported for CCGs gives way to population there (the store says so in a notice).
        drill.append('button').attr('type', 'button').attr('class', 'button-secondary').text('Show these CCGs on the map')
          .on('click', () => ctx.update({ level: 'ccg' }));
      }
    }
  };

  const renderStory = <E extends HTMLElement>(parent: Sel<E>, area: Area) => {
    const related = new Set([area.code, ...(area.level === 'stp' ? area.children : [])]);
    const asof = ctx.store.getState().asof;
    const allEvents = ctx.atlas.metrics.events.filter((e) => e.areas.some((c) => related.has(c))).sort((a, b) => a.date.localeCompare(b.date));
    const allVanguards = ctx.atlas.metrics.vanguards.filter((v) => (area.level === 'stp' ? v.stp === area.code || v.ccgs.some((c) => related.has(c)) : v.ccgs.includes(area.code)));
    const events = allEvents.filter((e) => isUpTo(e.date, asof));
    const vanguards = allVanguards.filter((v) => isUpTo(v.announced, asof));
    const later = allEvents.length + allVanguards.length - events.length - vanguards.length;
    const section = parent.append('section').attr('class', 'panel-section');
    section.append('h3').text(asof ? `Events and new care models, as of ${formatDate(asof)}` : 'Events and new care models');
    if (later > 0) section.append('p').attr('class', 'muted event-later').text(`${later} later event${later === 1 ? '' : 's'} not shown (after ${formatDate(asof!)}).`);
    if (events.length === 0 && vanguards.length === 0) {
      section.append('p').attr('class', 'muted').text(asof ? `No reorganisation event or vanguard recorded for this area by ${formatDate(asof)}.` : 'No reorganisation event or vanguard recorded for this area.');
      return;
    }
    const list = section.append('ol').attr('class', 'events');
    for (const event of events) {
      const li = list.append('li').attr('class', `event event-${event.category}`);
      li.append('time').attr('datetime', event.date).text(formatDate(event.date));
      li.append('strong').text(event.title);
      li.append('p').text(event.text);
      const others = event.areas.filter((c) => c !== area.code);
      if (others.length > 0) {
        const with_ = li.append('p').attr('class', 'event-areas');
        with_.append('span').text('With: ');
        others.forEach((code, i) => {
          if (i > 0) with_.append('span').text(', ');
          link(with_, code);
        });
      }
      const source = li.append('p').attr('class', 'source');
      source.append('span').text('Source: ');
      if (event.url) source.append('a').attr('href', event.url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(event.source);
      else source.append('span').text(event.source);
    }
    for (const v of vanguards) {
      const li = list.append('li').attr('class', 'event event-vanguard');
      li.append('time').attr('datetime', v.announced).text(formatDate(v.announced));
      li.append('strong').text(`${v.type} vanguard: ${v.name}`);
      const source = li.append('p').attr('class', 'source');
      source.append('span').text('Source: ');
      source.append('a').attr('href', v.source_url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text('NHS England, new care models');
      if (v.area_basis !== 'named in source') source.append('span').attr('class', 'muted').text(' (area inferred from the vanguard’s name)');
    }
    // Events and vanguards together, in date order.
    const dateOf = (item: Element) => item.querySelector('time')?.getAttribute('datetime') ?? '';
    for (const item of [...list.node()!.children].sort((a, b) => dateOf(a).localeCompare(dateOf(b)))) list.node()!.append(item);
  };

  const renderTrusts = <E extends HTMLElement>(parent: Sel<E>, area: Area) => {
    const detail = ctx.atlas.metrics.stp_detail?.[area.code];
    if (!detail) return;
    const section = parent.append('section').attr('class', 'panel-section');
    section.append('h3').text('Trusts');
    section.append('p').text(`${detail.n_trusts} NHS trusts are counted in this STP (ERIC 2016/17).`);
    if (detail.leader) section.append('p').text(`STP leader (March 2016): ${detail.leader.name}, ${detail.leader.role}.`);
    if (detail.loan_trusts.length > 0) {
      section.append('p').text('Trusts with revenue loans from the Department of Health in 2016/17 (both loan sheets):');
      const list = section.append('ul').attr('class', 'trust-list');
      for (const t of detail.loan_trusts) {
        list.append('li').text(`${titleCase(ctx.atlas.metrics.trusts?.[t.code]?.name ?? t.code)}: ${formatValue(t.drawn_gbp_m, 'gbp_m')} drawn, ${formatValue(t.net_gbp_m, 'gbp_m')} net of repayments, ${formatValue(t.closing_gbp_m, 'gbp_m')} owed at 31 March 2017`);
      }
    }
    const facts = ctx.atlas.metrics.facts.filter((f) => f.level === 'trust' && f.stp === area.code);
    if (facts.length > 0) {
      section.append('p').text('Reported trust finances:');
      const list = section.append('ul').attr('class', 'trust-list');
      for (const f of facts) list.append('li').text(`${f.text} (${f.source})`);
    }
  };

  const renderEngland = <E extends HTMLElement>(parent: Sel<E>) => {
    const state = ctx.store.getState();
    const choropleth = ctx.choropleth();
    parent.append('h2').attr('class', 'panel-title').text('England');
    parent.append('p').attr('class', 'panel-meta').text(`${ctx.atlas.byLevel.stp.length} STP footprints · ${ctx.atlas.byLevel.ccg.length} CCGs · 2016/17`);
    parent.append('p').attr('class', 'hint').text('Select an area on the map (click, tap, or focus the map and use the arrow keys and Enter) to read everything about it.');
    const section = parent.append('section').attr('class', 'panel-section');
    section.append('h3').text(choropleth.title);
    section.append('p').text(choropleth.def.definition);
    const numbers = [...choropleth.values.values()].filter((v): v is number => typeof v === 'number');
    if (choropleth.def.kind === 'numeric' && !state.perHead && isSummable(choropleth.def.unit)) {
      const total = numbers.reduce((a, b) => a + b, 0);
      section.append('p').attr('class', 'total').text(`Total of the ${numbers.length} ${state.level.toUpperCase()}s with a value: ${choropleth.format(total)}`);
    }
    const top = [...choropleth.ranks].filter(([, r]) => r !== null && r <= 3).sort((a, b) => a[1]! - b[1]!);
    if (top.length > 0) {
      section.append('p').text(choropleth.def.direction === 'higher_is_better' ? 'Highest (best):' : 'Largest:');
      const list = section.append('ol').attr('class', 'link-list');
      for (const [code] of top) {
        const li = list.append('li');
        link(li, code);
        li.append('span').attr('class', 'num').text(choropleth.format(choropleth.values.get(code) ?? null));
      }
    }
    section.append('p').attr('class', 'metric-source').text(`Source: ${sourceLabels(choropleth.def)}`);
    for (const note of choropleth.def.notes) section.append('p').attr('class', 'note').text(note);
    const facts = ctx.atlas.metrics.facts.filter((f) => f.level === 'england');
    if (facts.length > 0) {
      const details = parent.append('details').attr('class', 'panel-section');
      details.append('summary').text('The national picture');
      const list = details.append('ul').attr('class', 'facts');
      for (const f of facts) {
        const li = list.append('li');
        li.append('span').text(`${f.text} `);
        li.append('span').attr('class', 'source').text(`(${f.source})`);
      }
    }
  };

  const renderAttribution = <E extends HTMLElement>(parent: Sel<E>) => {
    const footer = parent.append('footer').attr('class', 'panel-attribution');
    for (const line of ctx.atlas.metrics.attribution) footer.append('p').text(line);
  };

  const render = () => {
    body.selectAll('*').remove();
    const state = ctx.store.getState();
    const area = state.area ? ctx.atlas.areas.get(state.area) : undefined;
    if (!area) {
      renderEngland(body);
    } else {
      const header = body.append('div').attr('class', 'panel-header');
      header.append('h2').attr('class', 'panel-title').text(area.shortName);
      header.append('button').attr('type', 'button').attr('class', 'panel-close').attr('aria-label', 'Clear selection').text('×').on('click', () => ctx.update({ area: null }));
      body.append('p').attr('class', 'panel-meta').text([area.level.toUpperCase(), area.code, area.ods ? `ODS ${area.ods}` : ''].filter(Boolean).join(' · '));
      if (area.nhseName) body.append('p').attr('class', 'panel-meta').text(`NHS England name: ${area.nhseName}`);
      if (area.level === 'stp' && rawValues(ctx.atlas, 'pathfinder', 'stp', ctx.atlas.defs.get('pathfinder')?.defaultPeriod ?? '').get(area.code) === 'yes') {
        body.append('p').attr('class', 'badge badge-pathfinder').text('Back-office pathfinder');
      }
      renderHeadline(body, area);
      renderFamily(body, area);
      renderTrustShares(body, ctx, area);
      renderStory(body, area);
      renderAreaFacts(body, ctx, area);
      if (area.level === 'stp') renderTrusts(body, area);
      renderMetricsTable(body, area);
    }
    renderAttribution(body);
  };
  render();
  ctx.store.subscribe((s, p) => {
    if (s.area !== p.area || s.level !== p.level || s.metric !== p.metric || s.period !== p.period || s.perHead !== p.perHead || s.classify !== p.classify || s.asof !== p.asof) render();
  });
}
