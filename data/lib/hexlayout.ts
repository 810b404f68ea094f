// The hex-grid layout of areas: a deterministic generator. Pure functions, no I/O.
// 1. relax: spread the projected points to an even density (one hex spacing apart), held by a
//    weak pull to their true places and to their geographic neighbours;
// 2. assign: optimal assignment (Hungarian algorithm, the munkres package) of the points to
//    nearby cells of a pointy-topped grid, minimising total squared displacement;
// 3. improve: local moves and swaps that make every group (STP) one connected piece, keep the
//    whole layout in one piece, and keep geographic neighbours as hex neighbours.
// Coordinates in here are "cell units": hex centres one unit apart, y pointing down (north up).
import { munkres } from 'munkres';
import { cellKey, hexCentre, hexNeighbours, type HexCell, type HexLayout, type Point } from '../../src/domain/hexjson';

export const GRID: HexLayout = 'odd-r';
/** Circumradius that puts neighbouring centres one unit apart. */
const UNIT_SIZE = 1 / Math.sqrt(3);

export interface Site {
  code: string;
  group: string;
  /** Projected position in cell units, y down. */
  at: Point;
}

export interface LayoutOptions {
  relaxIterations: number;
  /** Pull of each point back to its true place, per iteration (0–1). */
  anchor: number;
  /** Pull between geographic neighbours further apart than one cell, per iteration (0–1). */
  neighbourPull: number;
  /** Pull of each point towards its group's centre, per iteration (0–1). */
  groupPull: number;
  /** Weights of the local search objective. */
  weights: { groupPieces: number; layoutPieces: number; neighbourPair: number; displacement: number };
  /** How far (in hex steps) a local move may reach. */
  moveRadius: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  relaxIterations: 400,
  anchor: 0.01,
  neighbourPull: 0.3,
  groupPull: 0.02,
  weights: { groupPieces: 100, layoutPieces: 100, neighbourPair: 1, displacement: 0.25 },
  moveRadius: 3,
};

export const centre = (cell: HexCell): Point => hexCentre(cell, GRID, UNIT_SIZE);
export const sqDist = (a: Point, b: Point): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Spread points to about one unit apart (see the module comment). Deterministic. */
export function relax(sites: readonly Site[], pairs: readonly [number, number][], opts: LayoutOptions): Point[] {
  const p = sites.map((s) => [...s.at] as Point);
  const groups = [...new Set(sites.map((s) => s.group))];
  const members = groups.map((g) => sites.flatMap((s, i) => (s.group === g ? [i] : [])));
  const groupOf = sites.map((s) => groups.indexOf(s.group));
  for (let it = 0; it < opts.relaxIterations; it++) {
    const f = p.map(() => [0, 0] as Point);
    for (let i = 0; i < p.length; i++) {
      for (let j = i + 1; j < p.length; j++) {
        let dx = p[i]![0] - p[j]![0];
        let dy = p[i]![1] - p[j]![1];
        let d = Math.hypot(dx, dy);
        if (d >= 1) continue;
        if (d < 1e-9) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1]; // coincident: a fixed direction
        const push = (1 - d) / 2 / d;
        f[i]![0] += dx * push;
        f[i]![1] += dy * push;
        f[j]![0] -= dx * push;
        f[j]![1] -= dy * push;
      }
    }
    for (const [i, j] of pairs) {
      const dx = p[j]![0] - p[i]![0];
      const dy = p[j]![1] - p[i]![1];
      const d = Math.hypot(dx, dy);
      if (d <= 1) continue;
      const pull = (opts.neighbourPull * (d - 1)) / 2 / d;
      f[i]![0] += dx * pull;
      f[i]![1] += dy * pull;
      f[j]![0] -= dx * pull;
      f[j]![1] -= dy * pull;
    }
    const groupCentres = members.map((m) => mean(m.map((i) => p[i]!)));
    p.forEach((pt, i) => {
      const g = groupCentres[groupOf[i]!]!;
      const home = sites[i]!.at;
      f[i]![0] += opts.anchor * (home[0] - pt[0]) + opts.groupPull * (g[0] - pt[0]);
      f[i]![1] += opts.anchor * (home[1] - pt[1]) + opts.groupPull * (g[1] - pt[1]);
    });
    p.forEach((pt, i) => {
      pt[0] += f[i]![0];
      pt[1] += f[i]![1];
    });
  }
  const lost = p.findIndex(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y));
  if (lost >= 0) throw new Error(`hex layout: the relaxation diverged (${sites[lost]!.code} has no finite position): lower the pulls`);
  return p;
}

export function mean(points: readonly Point[]): Point {
  let x = 0, y = 0;
  for (const [px, py] of points) {
    x += px;
    y += py;
  }
  return [x / points.length, y / points.length];
}

/** The cell whose centre is nearest to a point. */
export function nearestCell(p: Point): HexCell {
  const r0 = Math.round(-p[1] / (1.5 * UNIT_SIZE));
  let best: HexCell = { q: 0, r: r0 };
  let bestD = Infinity;
  for (let r = r0 - 1; r <= r0 + 1; r++) {
    for (let q = Math.floor(p[0]) - 1; q <= Math.ceil(p[0]) + 1; q++) {
      const d = sqDist(centre({ q, r }), p);
      if (d < bestD) [best, bestD] = [{ q, r }, d];
    }
  }
  return best;
}

/** Every cell whose centre is within `radius` units of some point, in row-then-column order. */
export function cellsNear(points: readonly Point[], radius: number): HexCell[] {
  const found = new Map<string, HexCell>();
  const reach = Math.ceil(radius) + 1;
  for (const p of points) {
    const c = nearestCell(p);
    for (let r = c.r - reach; r <= c.r + reach; r++) {
      for (let q = c.q - reach; q <= c.q + reach; q++) {
        if (sqDist(centre({ q, r }), p) <= radius * radius) found.set(cellKey({ q, r }), { q, r });
      }
    }
  }
  return [...found.values()].sort((a, b) => b.r - a.r || a.q - b.q);
}

/** Optimal assignment of points to distinct cells, minimising the sum of squared distances. */
export function assignToCells(points: readonly Point[], cells: readonly HexCell[]): HexCell[] {
  if (cells.length < points.length) throw new Error(`assignToCells: ${points.length} points but only ${cells.length} cells`);
  const centres = cells.map(centre);
  const cost = points.map((p) => centres.map((c) => sqDist(p, c)));
  const out: HexCell[] = new Array<HexCell>(points.length);
  for (const [row, col] of munkres(cost)) out[row] = cells[col]!;
  return out;
}

/** Number of connected pieces a set of cells makes (edge-sharing hexes). */
export function pieces(cells: readonly HexCell[], layout: HexLayout = GRID): number {
  const left = new Map(cells.map((c) => [cellKey(c), c]));
  let count = 0;
  while (left.size > 0) {
    count++;
    const [startKey, start] = left.entries().next().value as [string, HexCell];
    left.delete(startKey);
    const stack = [start];
    while (stack.length > 0) {
      for (const n of hexNeighbours(stack.pop()!, layout)) {
        const k = cellKey(n);
        const found = left.get(k);
        if (found) {
          left.delete(k);
          stack.push(found);
        }
      }
    }
  }
  return count;
}
