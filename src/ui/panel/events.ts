import type { AtlasEvent, Vanguard } from '../../data/types';
import { formatDate } from '../../domain/format';
import { isUpTo } from '../../events/dates';
import type { Area, Geography } from '../../geography/geography';
import type { Selection } from 'd3-selection';
import { appendLink, areaLink, type AreaLink, type PanelActions, type PanelSection } from './section';

export interface EventItem {
  /** Class suffix: the event's category, or "vanguard". */
  category: string;
  datetime: string;
  date: string;
  title: string;
  text: string | null;
  /** The other areas the event names. */
  with: AreaLink[];
  source: { label: string; url: string | null };
  /** The area was inferred from a vanguard's name. */
  inferred: boolean;
}

export type EventsView =
  | { kind: 'national'; facts: { text: string; source: string }[] }
  | { kind: 'area'; heading: string; later: string | null; empty: string | null; items: EventItem[] };

function eventItem(event: AtlasEvent, area: Area, geography: Geography): EventItem {
  return {
    category: event.category,
    datetime: event.date,
    date: formatDate(event.date),
    title: event.title,
    text: event.text,
    with: event.areas.filter((c) => c !== area.code).map((code) => areaLink(geography, code)),
    source: { label: event.source, url: event.url ?? null },
    inferred: false,
  };
}

function vanguardItem(v: Vanguard): EventItem {
  return {
    category: 'vanguard',
    datetime: v.announced,
    date: formatDate(v.announced),
    title: `${v.type} vanguard: ${v.name}`,
    text: null,
    with: [],
    source: { label: 'NHS England, new care models', url: v.source_url },
    inferred: v.area_basis !== 'named in source',
  };
}

/** The selected area's reorganisation events and vanguards up to the as-of month; England's national facts. */
export const eventsSection: PanelSection<EventsView> = {
  name: 'events',
  inputs: ['area', 'asof'],
  view(state, geography, data) {
    const { metrics } = data.atlas;
    const area = state.area ? geography.find(state.area) : undefined;
    if (!area) {
      const facts = metrics.facts.filter((f) => f.level === 'england').map((f) => ({ text: f.text, source: f.source }));
      return facts.length > 0 ? { kind: 'national', facts } : null;
    }
    const related = new Set([area.code, ...area.children]);
    const asof = state.asof;
    const allEvents = (metrics.events ?? []).filter((e) => e.areas.some((c) => related.has(c))).sort((a, b) => a.date.localeCompare(b.date));
    const allVanguards = (metrics.vanguards ?? []).filter((v) => v.stp === area.code || v.ccgs.some((c) => related.has(c)));
    const events = allEvents.filter((e) => isUpTo(e.date, asof));
    const vanguards = allVanguards.filter((v) => isUpTo(v.announced, asof));
    const later = allEvents.length + allVanguards.length - events.length - vanguards.length;
    const none = events.length === 0 && vanguards.length === 0;
    return {
      kind: 'area',
      heading: asof ? `Events and new care models, as of ${formatDate(asof)}` : 'Events and new care models',
      later: later > 0 ? `${later} later event${later === 1 ? '' : 's'} not shown (after ${formatDate(asof!)}).` : null,
      empty: none ? (asof ? `No reorganisation event or vanguard recorded for this area by ${formatDate(asof)}.` : 'No reorganisation event or vanguard recorded for this area.') : null,
      // Events and vanguards together, in date order.
      items: [...events.map((e) => eventItem(e, area, geography)), ...vanguards.map(vanguardItem)].sort((a, b) => a.datetime.localeCompare(b.datetime)),
    };
  },
  render(host, view, actions) {
    if (view.kind === 'national') {
      const details = host.append('details').attr('class', 'panel-section');
      details.append('summary').text('The national picture');
      const list = details.append('ul').attr('class', 'facts');
      for (const f of view.facts) {
        const li = list.append('li');
        li.append('span').text(`${f.text} `);
        li.append('span').attr('class', 'source').text(`(${f.source})`);
      }
      return;
    }
    const section = host.append('section').attr('class', 'panel-section');
    section.append('h3').text(view.heading);
    if (view.later) section.append('p').attr('class', 'muted event-later').text(view.later);
    if (view.empty) {
      section.append('p').attr('class', 'muted').text(view.empty);
      return;
    }
    const list = section.append('ol').attr('class', 'events');
    for (const item of view.items) renderItem(list.append('li').attr('class', `event event-${item.category}`), item, actions);
  },
};

function renderItem(li: Selection<HTMLLIElement, unknown, null, undefined>, item: EventItem, actions: PanelActions): void {
  li.append('time').attr('datetime', item.datetime).text(item.date);
  li.append('strong').text(item.title);
  if (item.text !== null) li.append('p').text(item.text);
  if (item.with.length > 0) {
    const with_ = li.append('p').attr('class', 'event-areas');
    with_.append('span').text('With: ');
    item.with.forEach((link, i) => {
      if (i > 0) with_.append('span').text(', ');
      appendLink(with_, link, actions);
    });
  }
  const source = li.append('p').attr('class', 'source');
  source.append('span').text('Source: ');
  if (item.source.url) source.append('a').attr('href', item.source.url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(item.source.label);
  else source.append('span').text(item.source.label);
  if (item.inferred) source.append('span').attr('class', 'muted').text(' (area inferred from the vanguard’s name)');
}
