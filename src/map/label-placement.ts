export interface LabelCandidate {
  code: string;
  text: string;
  /** Pixel position of the label point. */
  x: number;
  y: number;
  /** Higher goes first: the selected area, then larger areas. */
  priority: number;
  /** Further places to try, in order, where the label point is taken. */
  alternatives?: readonly [number, number][];
  /** Pixels added to the text's width (a label drawn on a padded background). */
  padding?: number;
  /** A label naming a group of areas (an STP over its CCGs' hexagons) rather than one area. */
  group?: boolean;
}

export interface PlacedLabel extends LabelCandidate {
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => !(a.right < b.left || a.left > b.right || a.bottom < b.top || a.top > b.bottom);

/**
 * Greedy label placement: labels are taken by priority, each at the first of its places where its
 * box (centred there) overlaps no kept box nor an obstacle (the legend) and lies inside the viewport.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  measure: (text: string) => number,
  obstacles: readonly Box[] = [],
  lineHeight = 14,
  gap = 4,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const kept: Box[] = [];
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code))) {
    const width = measure(c.text) + (c.padding ?? 0);
    for (const [x, y] of [[c.x, c.y] as const, ...(c.alternatives ?? [])]) {
      const box = { left: x - width / 2 - gap, right: x + width / 2 + gap, top: y - lineHeight / 2 - gap, bottom: y + lineHeight / 2 + gap };
      if (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height) continue;
      if (obstacles.some((o) => overlaps(box, o)) || kept.some((k) => overlaps(box, k))) continue;
      placed.push({ ...c, x, y, width, height: lineHeight });
      kept.push(box);
      break;
    }
  }
  return placed;
}
