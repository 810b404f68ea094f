import { select } from 'd3-selection';
import { LEVELS } from '../data/types';
import type { Area, Geography } from '../geography/geography';
import type { AppContext } from '../map/context';
import type { SearchEntry, SearchIndex } from '../search/match';
import { lazyChunk, reportLoadFailure } from '../lazy/chunk';
import { selectArea } from './select-area';

interface AreaEntry extends SearchEntry {
  area: Area;
  /** "in Surrey Heartlands" or "STP". */
  context: string;
}

const MAX_SUGGESTIONS = 8;

/** "Surrey Downs CCG · in Surrey Heartlands", "Surrey Heartlands · STP". */
export function suggestionText(entry: AreaEntry): string {
  return `${entry.name} · ${entry.context}`;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The "Search areas" combobox: suggestions as you type (names, ONS and ODS codes, one typo
 * forgiven), arrow keys to move, Enter to choose, Escape to close; "/" focuses it from anywhere.
 */
export function mountSearch(host: HTMLElement, ctx: AppContext): void {
  // Every area of every level of the cut on screen.
  const entriesOf = (geography: Geography): AreaEntry[] => LEVELS.flatMap((level) => geography.at(level).areas).map((area) => ({
    code: area.code,
    name: area.shortName,
    ods: area.ods,
    aliases: [area.name, ...(area.nhseName ? [area.nhseName] : [])],
    area,
    context: area.parents.length > 0 ? `in ${area.parents.map((p) => geography.find(p)?.shortName ?? p).join(' / ')}` : area.level.toUpperCase(),
    preferred: area.level === 'stp',
  }));
  // The matcher is fetched, and the areas indexed, when the reader first comes to the search box.
  let index: SearchIndex<AreaEntry> | null = null;
  let choosable: (query: string) => boolean = () => false;
  const ensureIndex = lazyChunk(
    () =>
      import('../search/match').then(({ createSearchIndex, isChoosable }) => {
        index = createSearchIndex(entriesOf(ctx.geography()));
        choosable = isChoosable;
      }),
    reportLoadFailure(ctx.store, 'Search'),
  );

  const root = select(host).classed('search', true);
  root.append('label').attr('for', 'area-search').attr('class', 'visually-hidden').text('Search areas');
  const input = root
    .append('input')
    .attr('id', 'area-search')
    .attr('type', 'text')
    .attr('role', 'combobox')
    .attr('aria-autocomplete', 'list')
    .attr('aria-expanded', 'false')
    .attr('aria-controls', 'area-search-list')
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .attr('enterkeyhint', 'search')
    .attr('placeholder', 'Search areas or codes  /');
  const list = root.append('ul').attr('id', 'area-search-list').attr('role', 'listbox').attr('aria-label', 'Matching areas').attr('class', 'search-list').property('hidden', true);
  const status = root.append('p').attr('class', 'search-status').attr('aria-live', 'polite'); // no role="status": the page's first status is the notices region

  let hits: AreaEntry[] = [];
  let active = -1;
  const el = input.node()!;

  const setActive = (i: number) => {
    active = i;
    list.selectAll<HTMLLIElement, AreaEntry>('li').attr('aria-selected', (_, j) => String(j === active)).classed('is-active', (_, j) => j === active);
    input.attr('aria-activedescendant', active >= 0 ? `area-search-option-${active}` : null);
    if (active >= 0) (list.node()!.children[active] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest' });
  };
  const close = () => {
    list.property('hidden', true);
    input.attr('aria-expanded', 'false');
    setActive(-1);
  };
  const choose = (entry: AreaEntry) => {
    el.value = entry.name;
    close();
    status.classed('is-empty', false).text(`Selected ${entry.name}`);
    selectArea(ctx, entry.code);
  };
  const suggest = () => {
    if (!index) {
      void ensureIndex().then(() => index && suggest());
      return;
    }
    const query = el.value;
    hits = query.trim() === '' ? [] : index.search(query, MAX_SUGGESTIONS).map((h) => h.entry);
    const items = list
      .selectAll<HTMLLIElement, AreaEntry>('li')
      .data(hits, (d) => d.code)
      .join((enter) => {
        const li = enter.append('li').attr('role', 'option').attr('class', 'search-option');
        li.append('span').attr('class', 'search-name');
        li.append('span').attr('class', 'search-context');
        li.append('span').attr('class', 'search-code');
        return li;
      })
      .attr('id', (_, i) => `area-search-option-${i}`)
      .on('mousedown', (event: MouseEvent) => event.preventDefault())
      .on('click', (_, d) => choose(d));
    items.order();
    items.select('.search-name').text((d) => d.name);
    items.select('.search-context').text((d) => ` · ${d.context}`);
    items.select('.search-code').text((d) => ` ${d.code}${d.ods ? ` · ${d.ods}` : ''}`);
    const open = hits.length > 0;
    list.property('hidden', !open);
    input.attr('aria-expanded', String(open));
    // The first suggestion is highlighted (and Enter takes it) only for a query that says enough: "<b>" chooses nothing.
    setActive(open && choosable(query) ? 0 : -1);
    if (query.trim() === '') status.classed('is-empty', false).text('');
    else if (!open) status.classed('is-empty', true).text(`No match for “${query.trim()}”`);
    else status.classed('is-empty', false).text(`${hits.length} ${hits.length === 1 ? 'area' : 'areas'} found`);
  };

  input.on('input', suggest);
  input.on('pointerenter', () => void ensureIndex());
  input.on('focus', () => {
    void ensureIndex();
    if (el.value.trim() !== '' && hits.length > 0 && list.property('hidden')) suggest();
  });
  input.on('blur', () => close());
  input.on('keydown', (event: KeyboardEvent) => {
    const open = !list.property('hidden');
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) suggest();
        else setActive((active + 1) % hits.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive(active <= 0 ? hits.length - 1 : active - 1);
        break;
      case 'Home':
      case 'End':
        if (open && hits.length > 0 && event.altKey) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : hits.length - 1);
        }
        break;
      case 'Enter': {
        if (!index) {
          event.preventDefault();
          void ensureIndex().then(() => {
            if (!index) return;
            suggest();
            const first = hits[active];
            if (first) choose(first);
          });
          break;
        }
        if (el.value.trim() !== '' && !open) suggest();
        const chosen = hits[active];
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (el.value !== '') {
          event.preventDefault();
          el.value = '';
          status.classed('is-empty', false).text('');
        }
        break;
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (host.hidden || host.offsetParent === null) return;
    event.preventDefault();
    el.focus();
    el.select();
  });

  // Embedded pages show the search only when asked (`search=1`); the header is hidden there, so it moves above the map.
  const state = ctx.store.getState();
  if (state.embed) {
    host.hidden = !state.search;
    if (state.search) document.querySelector('.map-column')?.prepend(host);
  }
}
