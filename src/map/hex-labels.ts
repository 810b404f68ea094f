// What a hexagon can hold: the area's name where it fits, else a short abbreviation of it.
import type { Geography } from '../geography/geography';
import type { AtlasState } from '../state/state';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './label-placement';

const MINOR_WORDS = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'with', '&']);

/** Type size of the labels on hexagons: CCG hexagons take a smaller type than STP groups. */
export const HEX_FONT_SIZE = { ccg: 10, stp: 12 } as const;

/** "NHS Airedale, Wharfedale and Craven CCG" → "AWC" (at most three initials); one-word names keep their first three letters ("Kernow" → "Ker"). */
export function abbreviate(name: string): string {
  const words = name
    .replace(/^NHS /, '')
    .replace(/ CCG$/, '')
    .split(/[\s,/()-]+/)
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
/** NHS Cumbria CCG's label carries the mark that it is split: it goes before every other CCG's. */
const SPLIT_PRIORITY = 500;
/** How far above or below a hexagon's middle a label in its lower or upper half sits, in hexagon heights (as groupLabelPlaces). */
const HALF_OFFSET = 0.35;
/** Horizontal padding (both sides together) of an STP's tag on the CCG hexagons. */
const GROUP_TAG_PADDING = 6;

type Project = (lonLat: [number, number]) => [number, number] | null;
type LabelState = Pick<AtlasState, 'area' | 'focus' | 'hover' | 'events'>;

const projected = (project: Project, lonLat: [number, number]): [number, number] | null => {
  const point = project(lonLat);
  return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? point : null;
};

/** Pixels across and down one CCG hexagon at the current camera. */
function hexSizeOf(geography: Geography, project: Project): { width: number; height: number } {
  const sample = geography.at('ccg').areas[0];
  if (!sample) return { width: 0, height: 0 };
  const [[west, south], [east, north]] = sample.bounds;
  const [a, b, c] = [project([west, south]), project([east, south]), project([west, north])];
  return a && b && c ? { width: b[0] - a[0], height: a[1] - c[1] } : { width: 0, height: 0 };
}

/**
 * On the CCG hexagons, one tag per STP naming its group: its abbreviation, or its full name while
 * the STP or one of its CCGs is selected, focused or hovered. A tag goes beside its group where
 * there is room (so it hides no CCG's label), else on the group's own hexagons, central ones first.
 */
export function groupTagCandidates(state: LabelState, geography: Geography, project: Project): LabelCandidate[] {
  const inPlay = new Set([state.area, state.focus, state.hover].flatMap((code) => (code ? [code, ...(geography.find(code)?.parents ?? [])] : [])));
  const candidates: LabelCandidate[] = [];
  for (const stp of geography.at('stp').areas) {
    const { beside, inside } = stp.labelPlaces ?? { beside: [], inside: [stp.labelPoint] };
    const [first, ...alternatives] = [...beside, ...inside].map((place) => projected(project, place)).filter((point) => point !== null);
    if (!first) continue;
    const full = inPlay.has(stp.code);
    candidates.push({
      code: stp.code,
      text: full ? stp.shortName : abbreviate(stp.shortName),
      x: first[0],
      y: first[1],
      alternatives,
      padding: GROUP_TAG_PADDING,
      group: true,
      // Below the focused and selected names, above every CCG's abbreviation; the
      // groups with the fewest places go first (Dorset is one hexagon walled in by others), so every tag finds one.
      priority: (full ? 1e4 : 1e3) - alternatives.length,
    });
  }
  return candidates;
}

/**
 * On hexagons every area is labelled at any zoom: its name where it fits in its hexagon(s), else an
 * abbreviation; the focused and the selected area show their full name (hover shows it in the tooltip).
 * On the CCG hexagons each STP's group carries its tag too (groupTagCandidates).
 */
export function hexCandidates(state: LabelState, geography: Geography, project: Project, measure: (text: string) => number): LabelCandidate[] {
  const { width: hexWidth, height: hexHeight } = hexSizeOf(geography, project);
  if (hexWidth <= 0) return [];
  // Where its hexagon's middle is taken (by its STP's tag: the STP is that one hexagon), the split
  // CCG's name sits in the lower or upper half; other names, off their middle, would look like a neighbour's.
  const half = HALF_OFFSET * hexHeight;
  // A pointy hexagon is its full width across the middle line of text. Hexagons too small to hold
  // even an abbreviation (a phone) carry only the focused and selected names.
  const room = geography.level === 'stp' ? hexWidth * STP_LABEL_HEXES : hexWidth >= MIN_LABELLED_HEX ? hexWidth - 2 : 0;
  const candidates: LabelCandidate[] = geography.level === 'ccg' ? groupTagCandidates(state, geography, project) : [];
  for (const area of geography.areas) {
    const point = projected(project, area.labelPoint);
    if (!point) continue;
    const name = area.shortName.replace(/ CCG$/, '');
    const full = area.code === state.focus || area.code === state.area;
    const text = full ? name : fittingLabel(name, room, measure);
    if (text === null) continue;
    const [x, y] = [point[0], point[1] + (state.events ? 26 : 0)];
    const alternatives: [number, number][] = area.drawnWith && !full ? [[x, y + half], [x, y - half]] : [];
    candidates.push({ code: area.code, text, x, y, alternatives, priority: full ? 1e6 : area.drawnWith ? SPLIT_PRIORITY : 0 });
  }
  return candidates;
}

/**
 * The labels of the hexagon map placed without overlaps, clear of `obstacles` (the legend): the
 * screen's label layer and the PNG export both draw these. `measure` is at HEX_FONT_SIZE[level].
 */
export function placeHexLabels(
  state: LabelState,
  geography: Geography,
  project: Project,
  measure: (text: string) => number,
  viewport: { width: number; height: number },
  obstacles: Parameters<typeof placeLabels>[3] = [],
): PlacedLabel[] {
  return placeLabels(hexCandidates(state, geography, project, measure), viewport, measure, obstacles, HEX_FONT_SIZE[geography.level] + 2, 1);
}
