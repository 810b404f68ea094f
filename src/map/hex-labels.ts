// What a hexagon can hold: the area's name where it fits, else a short abbreviation of it.
import type { Geography } from '../geography/geography';
import type { AtlasState } from '../state/state';
import type { AppContext } from './context';
import type { LabelCandidate } from './label-placement';

const MINOR_WORDS = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'with', '&']);

/** "NHS Airedale, Wharfedale and Craven CCG" → "AWC" (at most three initials); one-word names keep their first three letters ("Kernow" → "Ker"). */
export function abbreviate(name: string): string {
  const words = name
    .replace(/^NHS /, '')
    .replace(/ CCG$/, '')
    .split(/[\s,/-]+/)
    .filter((word) => word !== '' && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return '';
  if (words.length === 1) return words[0]!.slice(0, 3);
  return words.map((word) => word[0]!.toUpperCase()).join('').slice(0, 3);
}

/** The label for a place `room` pixels wide: the name, its abbreviation (cut to two letters if need be), or nothing. */
export function fittingLabel(name: string, room: number, measure: (text: string) => number): string | null {
  if (measure(name) <= room) return name;
  const short = abbreviate(name);
  return [short, short.slice(0, 2)].find((text) => text !== '' && measure(text) <= room) ?? null;
}

/** Pixels across a CCG hexagon from which it carries its abbreviation. */
const MIN_LABELLED_HEX = 20;
/** An STP's label may spread over its neighbouring hexagons of the same STP. */
const STP_LABEL_HEXES = 2.2;

/**
 * On hexagons every area is labelled at any zoom: its name where it fits in its hexagon(s), else an
 * abbreviation; the focused and the selected area show their full name (hover shows it in the tooltip).
 */
export function hexCandidates(state: AtlasState, geography: Geography, ctx: AppContext, measure: (text: string) => number): LabelCandidate[] {
  const sample = geography.at('ccg').areas[0];
  if (!sample) return [];
  const [[west, south], [east]] = sample.bounds;
  const hexWidth = (ctx.camera.project([east, south])?.[0] ?? 0) - (ctx.camera.project([west, south])?.[0] ?? 0);
  // A pointy hexagon is its full width across the middle line of text. Hexagons too small to hold
  // even an abbreviation (a phone) carry only the focused and selected names.
  const room = geography.level === 'stp' ? hexWidth * STP_LABEL_HEXES : hexWidth >= MIN_LABELLED_HEX ? hexWidth - 2 : 0;
  const candidates: LabelCandidate[] = [];
  for (const area of geography.areas) {
    const point = ctx.camera.project(area.labelPoint);
    if (!point || !Number.isFinite(point[0])) continue;
    const name = area.shortName.replace(/ CCG$/, '');
    const full = area.code === state.focus || area.code === state.area;
    const text = full ? name : fittingLabel(name, room, measure);
    if (text === null) continue;
    candidates.push({ code: area.code, text, x: point[0], y: point[1] + (state.events ? 26 : 0), priority: full ? 1e6 : area.drawnWith ? 1 : 0 });
  }
  return candidates;
}

