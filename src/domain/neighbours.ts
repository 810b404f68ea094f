export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

export interface Located {
  code: string;
  labelPoint: [number, number];
  neighbours: string[];
}

/**
 * The area an arrow key moves to: among the neighbours, the one closest in angle to the
 * direction (within 80°); failing that, the nearest area of the level in that direction.
 */
export function areaInDirection(from: Located, direction: Direction, all: ReadonlyMap<string, Located>): string | null {
  const [dx, dy] = VECTORS[direction];
  const cosLat = Math.cos((from.labelPoint[1] * Math.PI) / 180);
  const score = (to: Located) => {
    const x = (to.labelPoint[0] - from.labelPoint[0]) * cosLat;
    const y = to.labelPoint[1] - from.labelPoint[1];
    const distance = Math.hypot(x, y);
    if (distance === 0) return null;
    const angle = Math.acos((x * dx + y * dy) / distance);
    return { angle, distance };
  };
  const best = (candidates: Iterable<Located>, maxAngle: number) => {
    let winner: { code: string; cost: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.code === from.code) continue;
      const s = score(candidate);
      if (!s || s.angle > maxAngle) continue;
      const cost = s.angle * 2 + s.distance;
      if (!winner || cost < winner.cost) winner = { code: candidate.code, cost };
    }
    return winner?.code ?? null;
  };
  const neighbours = from.neighbours.map((c) => all.get(c)).filter((n): n is Located => n !== undefined);
  return best(neighbours, (80 * Math.PI) / 180) ?? best(all.values(), Math.PI / 4);
}
