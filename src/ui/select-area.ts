import type { AppContext } from '../map/context';

/**
 * Selects an area and fits the map to it. A CCG needs the CCG map: when the metric is not reported
 * for CCGs the store shows population instead and says so in a notice, rather than falling back
 * to the CCG's STP.
 */
export function selectArea(ctx: AppContext, code: string): void {
  if (ctx.geography().find(code)?.level === 'ccg') ctx.update({ area: code, view: null, focus: null, level: 'ccg' });
  else ctx.update({ area: code, view: null, focus: null });
}
