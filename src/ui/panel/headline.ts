import { areaValue, formatAreaValue } from '../../domain/choropleth';
import { displayValue, valueNotes } from '../../domain/caveats';
import { areaWords, orgsDate } from '../../geography/describe';
import { isSummable, ordinal } from '../../domain/format';
import { NO_DATA_COLOUR } from '../../domain/palette';
import type { Area, Geography } from '../../geography/geography';
import type { AtlasState } from '../../state/state';
import { appendLink, areaLink, sourceLabels, type AreaLink, type PanelData, type PanelSection } from './section';

export interface MetricSummary {
  title: string;
  definition: string;
  total: string | null;
  /** "Largest:", or "Highest (best):" where higher is better. */
  topLabel: string;
  largest: (AreaLink & { value: string })[];
  source: string;
  notes: string[];
}

export type AreaHeadline =
  | { kind: 'not-at-level'; text: string }
  | { kind: 'value'; label: string; value: string; notes: string[]; colour: string; noData: boolean; rank: string | null };

export type HeadlineView =
  | { kind: 'england'; meta: string; hint: string; summary: MetricSummary }
  | { kind: 'area'; title: string; meta: string; nhseName: string | null; pathfinder: boolean; headline: AreaHeadline };

function summary(state: AtlasState, geography: Geography, data: PanelData): MetricSummary {
  const choropleth = data.choropleth(state);
  const def = choropleth.def;
  const numbers = [...choropleth.values.values()].filter((v): v is number => typeof v === 'number');
  const showTotal = def.kind === 'numeric' && !state.perHead && isSummable(def.unit);
  const top = [...choropleth.ranks].filter(([, r]) => r !== null && r <= 3).sort((a, b) => a[1]! - b[1]!);
  return {
    title: choropleth.title,
    definition: def.definition,
    total: choropleth.spec.change ? choropleth.englandChange ?? null : showTotal ? `Total of the ${numbers.length} ${state.level.toUpperCase()}s with a value: ${choropleth.format(numbers.reduce((a, b) => a + b, 0))}` : null,
    topLabel: choropleth.spec.change ? 'Largest rise:' : def.direction === 'higher_is_better' ? 'Highest (best):' : 'Largest:',
    largest: top.map(([code]) => ({ ...areaLink(geography, code), value: choropleth.format(choropleth.values.get(code) ?? null) })),
    source: `Source: ${sourceLabels(data.atlas, def)}`,
    notes: def.notes,
  };
}

function headline(state: AtlasState, area: Area, data: PanelData, words: string): AreaHeadline {
  const def = data.atlas.defs.get(state.metric)!;
  if (!def.levels.includes(area.level)) {
    return { kind: 'not-at-level', text: `${def.label} is reported for ${def.levels.map((l) => l.toUpperCase()).join(' and ')}s, not ${area.level.toUpperCase()}s.` };
  }
  const choropleth = data.choropleth({ ...state, level: area.level });
  const value = choropleth.values.get(area.code) ?? null;
  const rank = choropleth.ranks.get(area.code);
  const of = `${choropleth.ranked} ${words}${choropleth.ranked < choropleth.values.size ? ` with a value (${choropleth.values.size} in all)` : ''}`;
  return {
    kind: 'value',
    label: choropleth.title,
    value: displayValue(data.atlas.metrics, state.metric, area.code, value, formatAreaValue(choropleth, area.code)),
    notes: valueNotes(data.atlas.metrics, state.metric, state.period, area.code, state.perHead),
    colour: choropleth.colours.get(area.code) ?? NO_DATA_COLOUR,
    noData: value === null,
    rank: rank ? `${ordinal(rank)} of ${of}, largest first` : null,
  };
}

/** "STPs" → "STP", "sub-ICB locations" → "sub-ICB location". */
function singular(words: string): string {
  return words.replace(/s$/, '');
}

/** The panel's title and the current metric: for the selected area, or England's picture. */
export const headlineSection: PanelSection<HeadlineView> = {
  name: 'headline',
  inputs: ['area', 'level', 'metric', 'period', 'change', 'perHead', 'classify'],
  view(state, geography, data) {
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) {
      return {
        kind: 'england',
        meta: geography.key.orgs === '2016' ? `${geography.at('stp').areas.length} STP footprints · ${geography.at('ccg').areas.length} CCGs · 2016/17` : `${geography.at('stp').areas.length} ${areaWords(geography.at('stp'))} · ${geography.at('ccg').areas.length} ${areaWords(geography.at('ccg'))} · ${orgsDate(geography)}`,
        hint: 'Select an area on the map (click, tap, or focus the map and use the arrow keys and Enter) to read everything about it.',
        summary: summary(state, geography, data),
      };
    }
    const pathfinder = data.atlas.defs.get('pathfinder');
    return {
      kind: 'area',
      title: area.shortName,
      meta: [singular(areaWords(geography.at(area.level))), area.code !== area.ods ? area.code : '', area.ods ? `ODS ${area.ods}` : '', area.laterName ? 'later name (July 2022)' : ''].filter(Boolean).join(' · '),
      nhseName: area.nhseName ? `NHS England name: ${area.nhseName}` : null,
      pathfinder: pathfinder !== undefined && areaValue(data.atlas, 'pathfinder', area, pathfinder.defaultPeriod) === 'yes',
      headline: headline(state, area, data, areaWords(geography.at(area.level))),
    };
  },
  render(host, view, actions) {
    if (view.kind === 'england') {
      host.append('h2').attr('class', 'panel-title').text('England');
      host.append('p').attr('class', 'panel-meta').text(view.meta);
      host.append('p').attr('class', 'hint').text(view.hint);
      const { summary: s } = view;
      const section = host.append('section').attr('class', 'panel-section');
      section.append('h3').text(s.title);
      section.append('p').text(s.definition);
      if (s.total) section.append('p').attr('class', 'total').text(s.total);
      if (s.largest.length > 0) {
        section.append('p').text(s.topLabel);
        const list = section.append('ol').attr('class', 'link-list');
        for (const item of s.largest) {
          const li = list.append('li');
          appendLink(li, item, actions);
          li.append('span').attr('class', 'num').text(item.value);
        }
      }
      section.append('p').attr('class', 'metric-source').text(s.source);
      for (const note of s.notes) section.append('p').attr('class', 'note').text(note);
      return;
    }
    const header = host.append('div').attr('class', 'panel-header');
    header.append('h2').attr('class', 'panel-title').text(view.title);
    header.append('button').attr('type', 'button').attr('class', 'panel-close').attr('aria-label', 'Clear selection').text('×').on('click', () => actions.clear());
    host.append('p').attr('class', 'panel-meta').text(view.meta);
    if (view.nhseName) host.append('p').attr('class', 'panel-meta').text(view.nhseName);
    if (view.pathfinder) host.append('p').attr('class', 'badge badge-pathfinder').text('Back-office pathfinder');
    const box = host.append('div').attr('class', 'headline');
    const h = view.headline;
    if (h.kind === 'not-at-level') {
      box.append('p').attr('class', 'headline-label').text(h.text);
      return;
    }
    box.append('p').attr('class', 'headline-label').text(h.label);
    const line = box.append('p').attr('class', 'headline-value');
    line.append('span').attr('class', 'swatch').attr('aria-hidden', 'true').style('background-color', h.colour).classed('swatch-nodata', h.noData);
    line.append('span').text(h.value);
    for (const note of h.notes) box.append('p').attr('class', 'note value-note').text(note);
    if (h.rank) box.append('p').attr('class', 'headline-rank').text(h.rank);
  },
};
