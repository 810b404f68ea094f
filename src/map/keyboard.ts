import { areaInDirection, type Direction } from '../domain/neighbours';
import type { AppContext } from './context';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Keyboard access to map areas (WCAG 2.1.1): with the map focused, arrow keys move between
 * neighbouring areas, Home goes to the first by name, Enter selects, Escape clears; each focused
 * area is outlined and announced.
 */
export function attachKeyboard(mapElement: HTMLElement, announcer: HTMLElement, ctx: AppContext): void {
  const announce = (code: string) => {
    const area = ctx.geography().find(code);
    if (!area) return;
    const choropleth = ctx.choropleth();
    const value = choropleth.values.get(code);
    const rank = choropleth.ranks.get(code);
    announcer.textContent = `${area.shortName}, ${value === undefined ? '' : choropleth.format(value)}${rank ? `, ${rank} of ${choropleth.ranked}` : ''}. Press Enter to select.`;
  };
  mapElement.addEventListener('keydown', (event) => {
    const state = ctx.store.getState();
    const geography = ctx.geography(state);
    const areas = new Map(geography.areas.map((a) => [a.code, a]));
    const direction = KEYS[event.key];
    if (direction || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const start = (state.focus && areas.get(state.focus)) || (state.area && areas.get(state.area)) || null;
      let next: string | null;
      if (event.key === 'Home' || !start) next = geography.areas[0]!.code;
      else if (event.key === 'End') next = geography.areas.at(-1)!.code;
      else next = areaInDirection(start, direction!, areas);
      if (next) {
        ctx.store.setState({ focus: next });
        announce(next);
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (state.focus) {
        event.preventDefault();
        ctx.update({ area: state.focus, view: null });
      }
    } else if (event.key === 'Escape') {
      if (state.area || state.focus) {
        event.preventDefault();
        ctx.update({ area: null, focus: null });
        announcer.textContent = 'Selection cleared.';
      }
    }
  });
  mapElement.addEventListener('blur', () => ctx.store.setState({ focus: null }));

  // Escape clears the selection from anywhere on the page, except where it already means something
  // (closing a dialog or a list of suggestions, leaving a text field).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !ctx.store.getState().area) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, dialog, [role="combobox"], [role="listbox"]') || document.querySelector('dialog[open]')) return;
    ctx.update({ area: null, focus: null });
    announcer.textContent = 'Selection cleared.';
  });

  ctx.store.subscribe((state, previous) => {
    if (state.area && state.area !== previous.area) {
      const area = ctx.geography(state).find(state.area);
      if (area) announcer.textContent = `Selected ${area.shortName}. Details are in the Area details panel.`;
    }
  });
}
