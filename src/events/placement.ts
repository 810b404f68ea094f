import type { Level } from '../data/types';
import type { EventFilterKey } from '../state/state';
import type { MapEvent } from './model';

/** What placement needs to know about an area. */
export interface PlaceableArea {
  level: Level;
  parents: string[];
}

/** The areas of `level` an event is drawn on. */
export function placeEvent(event: MapEvent, level: Level, areaOf: (code: string) => PlaceableArea | undefined): string[] {
  const out = new Set<string>();
  const named = new Set(event.areas);
  const ccgs = event.areas.filter((c) => areaOf(c)?.level === 'ccg');
  const stps = event.areas.filter((c) => areaOf(c)?.level === 'stp');
  if (level === 'stp') {
    for (const stp of stps) out.add(stp);
    for (const ccg of ccgs) {
      const parents = areaOf(ccg)!.parents;
      // A CCG split between STPs counts for the STP the event names, or for all its STPs when it names none of them.
      const namedParents = parents.filter((p) => named.has(p));
      for (const p of namedParents.length > 0 ? namedParents : parents) out.add(p);
    }
  } else {
    for (const ccg of ccgs) out.add(ccg);
    // An STP named alongside its own CCGs is the CCGs' context, not a separate place.
    const covered = new Set(ccgs.flatMap((c) => areaOf(c)!.parents));
    for (const stp of stps) if (!covered.has(stp)) out.add(stp);
  }
  return [...out];
}

/** Events by the area of `level` they are drawn on, each area's list in the events' order. */
export function eventsByArea(events: readonly MapEvent[], level: Level, areaOf: (code: string) => PlaceableArea | undefined): Map<string, MapEvent[]> {
  const out = new Map<string, MapEvent[]>();
  for (const event of events) {
    for (const code of placeEvent(event, level, areaOf)) {
      const list = out.get(code);
      if (list) list.push(event);
      else out.set(code, [event]);
    }
  }
  return out;
}

/** Categories of a list of events, most frequent first (ties in EVENT_FILTER_KEYS order via `order`). */
export function categoriesOf(events: readonly MapEvent[], order: readonly EventFilterKey[]): EventFilterKey[] {
  const counts = new Map<EventFilterKey, number>();
  for (const e of events) counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b));
}

export interface BadgePoint {
  id: string;
  x: number;
  y: number;
  /** Larger weights lead clusters. */
  weight: number;
}

export interface Cluster {
  /** Position of the cluster badge: its leader's point. */
  x: number;
  y: number;
  /** Member ids, leader first. */
  ids: string[];
}

/**
 * Groups badges of diameter `size` that would overlap into one cluster badge. Leaders are taken in
 * order of weight (then id), and a badge joins the first leader closer than `size`, so no two
 * cluster badges overlap. Points off screen (NaN) are dropped.
 */
export function clusterBadges(points: readonly BadgePoint[], size: number): Cluster[] {
  const ordered = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const clusters: Cluster[] = [];
  for (const p of ordered) {
    const home = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < size);
    if (home) home.ids.push(p.id);
    else clusters.push({ x: p.x, y: p.y, ids: [p.id] });
  }
  return clusters;
}
