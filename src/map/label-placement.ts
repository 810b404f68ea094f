export interface LabelCandidate {
  code: string;
  text: string;
  /** Pixel position of the label point. */
  x: number;
  y: number;
  /** Higher goes first: the selected area, then larger areas. */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  width: number;
  height: number;
}

/**
 * Greedy label placement: labels are taken by priority and kept when their box (centred on the
 * label point) overlaps no kept box nor an obstacle (the legend) and lies inside the viewport.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  measure: (text: string) => number,
  obstacles: readonly { left: number; top: number; right: number; bottom: number }[] = [],
  lineHeight = 14,
  gap = 4,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code))) {
    const width = measure(c.text);
    const box = { left: c.x - width / 2 - gap, right: c.x + width / 2 + gap, top: c.y - lineHeight / 2 - gap, bottom: c.y + lineHeight / 2 + gap };
    if (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height) continue;
    const blocked = obstacles.some((o) => !(box.right < o.left || box.left > o.right || box.bottom < o.top || box.top > o.bottom));
    const clash = blocked || placed.some((p) => !(box.right < p.x - p.width / 2 - gap || box.left > p.x + p.width / 2 + gap || box.bottom < p.y - p.height / 2 - gap || box.top > p.y + p.height / 2 + gap));
    if (!clash) placed.push({ ...c, width, height: lineHeight });
  }
  return placed;
}
