// HexJSON (the ODI Leeds / Open Innovations format): parse and validate a document, and the
// geometry of its four offset layouts. In HexJSON the row number r increases upwards (north),
// and odd/even shifts are decided by the absolute q or r. Pixel output has y pointing down.

export const HEX_LAYOUTS = ['odd-r', 'even-r', 'odd-q', 'even-q'] as const;
export type HexLayout = (typeof HEX_LAYOUTS)[number];

export interface HexCell {
  q: number;
  r: number;
}

/** One hex: its cell plus whatever fields the document carries (n, stp, …). */
export interface Hex extends HexCell {
  [field: string]: unknown;
}

export interface HexJson {
  layout: HexLayout;
  hexes: Record<string, Hex>;
}

export type Point = [number, number];

export class HexJsonError extends Error {
  override name = 'HexJsonError';
}

const SQRT3 = Math.sqrt(3);

export function cellKey(cell: HexCell): string {
  return `${cell.q},${cell.r}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseText(input: string): unknown {
  try {
    return JSON.parse(input) as unknown;
  } catch (e) {
    throw new HexJsonError(`HexJSON: not valid JSON (${(e as Error).message})`);
  }
}

/** Validate a HexJSON document (given as text or parsed JSON); throws HexJsonError saying what is wrong. */
export function parseHexJson(input: unknown): HexJson {
  const doc = typeof input === 'string' ? parseText(input) : input;
  if (!isRecord(doc)) throw new HexJsonError('HexJSON: expected an object with "layout" and "hexes"');
  const layout = doc['layout'];
  if (typeof layout !== 'string' || !(HEX_LAYOUTS as readonly string[]).includes(layout)) {
    throw new HexJsonError(`HexJSON: "layout" must be one of ${HEX_LAYOUTS.join(', ')} (got ${JSON.stringify(layout) ?? 'nothing'})`);
  }
  const hexes = doc['hexes'];
  if (!isRecord(hexes)) throw new HexJsonError('HexJSON: "hexes" must be an object keyed by hex id');
  const ids = Object.keys(hexes);
  if (ids.length === 0) throw new HexJsonError('HexJSON: "hexes" is empty');
  const taken = new Map<string, string>();
  for (const id of ids) {
    const hex = hexes[id];
    if (!isRecord(hex)) throw new HexJsonError(`HexJSON: hex "${id}" must be an object with q and r`);
    for (const axis of ['q', 'r'] as const) {
      const v = hex[axis];
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new HexJsonError(`HexJSON: hex "${id}" needs an integer ${axis} (got ${JSON.stringify(v) ?? 'nothing'})`);
      }
    }
    const key = cellKey(hex as unknown as HexCell);
    const other = taken.get(key);
    if (other !== undefined) throw new HexJsonError(`HexJSON: hexes "${other}" and "${id}" are both at q=${String(hex['q'])}, r=${String(hex['r'])}`);
    taken.set(key, id);
  }
  return { layout: layout as HexLayout, hexes: hexes as Record<string, Hex> };
}

const isOdd = (n: number): boolean => Math.abs(n % 2) === 1;

/** Pointy-topped layouts (rows offset) versus flat-topped (columns offset). */
export function isPointy(layout: HexLayout): boolean {
  return layout === 'odd-r' || layout === 'even-r';
}

/** Is this cell's row (pointy) shifted half a hex right, or its column (flat) shifted half a hex up? */
function isShifted(cell: HexCell, layout: HexLayout): boolean {
  switch (layout) {
    case 'odd-r':
      return isOdd(cell.r);
    case 'even-r':
      return !isOdd(cell.r);
    case 'odd-q':
      return isOdd(cell.q);
    case 'even-q':
      return !isOdd(cell.q);
  }
}

/**
 * Pixel centre of a cell for hexagons of circumradius `size`, y pointing down (north at the top).
 * Neighbouring centres are sqrt(3) * size apart.
 */
export function hexCentre(cell: HexCell, layout: HexLayout, size = 1): Point {
  const half = isShifted(cell, layout) ? 0.5 : 0;
  if (isPointy(layout)) return [SQRT3 * size * (cell.q + half), 0 - 1.5 * size * cell.r];
  return [1.5 * size * cell.q, 0 - SQRT3 * size * (cell.r + half)];
}

/** The six corners relative to the centre, clockwise on screen: from the top (pointy) or the left (flat). */
function cornerOffsets(layout: HexLayout, size: number): Point[] {
  const w = (SQRT3 * size) / 2;
  const s = size;
  if (isPointy(layout)) return [[0, -s], [w, -s / 2], [w, s / 2], [0, s], [-w, s / 2], [-w, -s / 2]];
  return [[-s, 0], [-s / 2, -w], [s / 2, -w], [s, 0], [s / 2, w], [-s / 2, w]];
}

/** The hexagon's six vertices in pixels (open ring, clockwise on screen). */
export function hexVertices(cell: HexCell, layout: HexLayout, size = 1): Point[] {
  const [x, y] = hexCentre(cell, layout, size);
  return cornerOffsets(layout, size).map(([dx, dy]) => [x + dx, y + dy]);
}

/** The six cells sharing an edge with this one. */
export function hexNeighbours(cell: HexCell, layout: HexLayout): HexCell[] {
  const { q, r } = cell;
  const shifted = isShifted(cell, layout);
  if (isPointy(layout)) {
    const [a, b] = shifted ? [q, q + 1] : [q - 1, q];
    return [{ q: q + 1, r }, { q: b, r: r - 1 }, { q: a, r: r - 1 }, { q: q - 1, r }, { q: a, r: r + 1 }, { q: b, r: r + 1 }];
  }
  const [lo, hi] = shifted ? [r, r + 1] : [r - 1, r];
  return [{ q, r: r + 1 }, { q: q + 1, r: hi }, { q: q + 1, r: lo }, { q, r: r - 1 }, { q: q - 1, r: lo }, { q: q - 1, r: hi }];
}

export function areHexNeighbours(a: HexCell, b: HexCell, layout: HexLayout): boolean {
  return hexNeighbours(a, layout).some((n) => n.q === b.q && n.r === b.r);
}

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';
const ARROWS: Record<ArrowDirection, Point> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The neighbours lying towards an arrow key's direction (within 90° of it), nearest in angle first;
 * equal angles (e.g. up-left and up-right for "up" on pointy-topped hexes) in clockwise order from
 * the direction. A keyboard handler takes the first one that holds an area.
 */
export function neighboursToward(cell: HexCell, layout: HexLayout, direction: ArrowDirection): HexCell[] {
  const [cx, cy] = hexCentre(cell, layout);
  const [ax, ay] = ARROWS[direction];
  const scored = hexNeighbours(cell, layout).map((n) => {
    const [x, y] = hexCentre(n, layout);
    const [dx, dy] = [x - cx, y - cy];
    // Angle from the arrow, and which side of it (cross product > 0: clockwise on screen).
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * ax + dy * ay) / Math.hypot(dx, dy))));
    return { n, angle: Math.round(angle * 1e9) / 1e9, clockwise: ax * dy - ay * dx > 0 };
  });
  return scored
    .filter((s) => s.angle < Math.PI / 2 - 1e-9)
    .sort((a, b) => a.angle - b.angle || Number(b.clockwise) - Number(a.clockwise))
    .map((s) => s.n);
}

/** The cell of a group nearest the group's mean centre: a place for the group's label. */
export function groupLabelCell(cells: readonly HexCell[], layout: HexLayout): HexCell {
  if (cells.length === 0) throw new HexJsonError('groupLabelCell: empty group');
  const centres = cells.map((c) => hexCentre(c, layout));
  const mx = centres.reduce((s, p) => s + p[0], 0) / cells.length;
  const my = centres.reduce((s, p) => s + p[1], 0) / cells.length;
  let best = 0;
  centres.forEach((p, i) => {
    if (Math.hypot(p[0] - mx, p[1] - my) < Math.hypot(centres[best]![0] - mx, centres[best]![1] - my) - 1e-9) best = i;
  });
  return cells[best]!;
}

export interface GroupLabelPlaces {
  /**
   * The group's cells, its label cell first and the others nearest it next; then the middles of the
   * edges between two of them; then each cell's upper and lower half. A group of one cell offers its
   * halves first, so that two such groups side by side can both be labelled.
   */
  inside: Point[];
  /**
   * Just outside the group: empty cells whose only occupied neighbours are the group's; first those
   * in a row with their group cell (pointy layouts), pushed a quarter of a hexagon further out.
   */
  beside: Point[];
}

/** How far above or below a cell's centre (in circumradii) a label sits in the cell's upper or lower half. */
const HALF_OFFSET = 0.7;

/**
 * Places for a group's label, in layout pixels (hexagons of circumradius 1). `groupAt` names the
 * group a cell belongs to (undefined for an empty cell), so "beside" places are never next to
 * another group.
 */
export function groupLabelPlaces(group: string, cells: readonly HexCell[], groupAt: (cell: HexCell) => string | undefined, layout: HexLayout): GroupLabelPlaces {
  const home = hexCentre(groupLabelCell(cells, layout), layout);
  const fromHome = (p: Point) => Math.hypot(p[0] - home[0], p[1] - home[1]);
  const nearestFirst = (points: Point[]) => points.sort((a, b) => fromHome(a) - fromHome(b));
  const inGroup = new Set(cells.map(cellKey));
  const edges: Point[] = [];
  const beside = new Map<string, { point: Point; inRow: boolean }>();
  for (const cell of cells) {
    const [cx, cy] = hexCentre(cell, layout);
    for (const n of hexNeighbours(cell, layout)) {
      const [nx, ny] = hexCentre(n, layout);
      if (inGroup.has(cellKey(n))) {
        if (cellKey(cell) < cellKey(n)) edges.push([(cx + nx) / 2, (cy + ny) / 2]);
      } else if (!beside.has(cellKey(n)) && groupAt(n) === undefined && hexNeighbours(n, layout).every((m) => [undefined, group].includes(groupAt(m)))) {
        // In a row with its group cell, a label pushed out a little clears that cell's own label.
        const inRow = Math.abs(ny - cy) < 1e-9;
        beside.set(cellKey(n), { point: inRow ? [nx + (nx - cx) / 4, ny] : [nx, ny], inRow });
      }
    }
  }
  const places = [...beside.values()];
  const centres = nearestFirst(cells.map((cell) => hexCentre(cell, layout)));
  const halves = centres.flatMap(([x, y]): Point[] => [[x, y - HALF_OFFSET], [x, y + HALF_OFFSET]]);
  return {
    inside: cells.length === 1 ? [...halves, ...centres] : [...centres, ...nearestFirst(edges), ...halves],
    beside: [...nearestFirst(places.filter((p) => p.inRow).map((p) => p.point)), ...nearestFirst(places.filter((p) => !p.inRow).map((p) => p.point))],
  };
}

/** For each of a cell's six edges (vertex i to i+1), the neighbour across it. */
function neighbourAcrossEdges(cell: HexCell, layout: HexLayout): HexCell[] {
  const [cx, cy] = hexCentre(cell, layout);
  const corners = hexVertices(cell, layout);
  const neighbours = hexNeighbours(cell, layout).map((n) => ({ n, c: hexCentre(n, layout) }));
  return corners.map((v, i) => {
    const w = corners[(i + 1) % 6]!;
    // The neighbour's centre is the reflection of this centre through the edge's midpoint.
    const tx = v[0] + w[0] - cx;
    const ty = v[1] + w[1] - cy;
    let best = neighbours[0]!;
    for (const cand of neighbours) if (Math.hypot(cand.c[0] - tx, cand.c[1] - ty) < Math.hypot(best.c[0] - tx, best.c[1] - ty)) best = cand;
    return best.n;
  });
}

/**
 * The outline of a group of cells: closed rings (first point repeated last) in pixels, clockwise
 * on screen for outer boundaries and anticlockwise for holes. One ring per connected part and hole.
 */
export function groupOutline(cells: readonly HexCell[], layout: HexLayout, size = 1): Point[][] {
  const inGroup = new Set(cells.map(cellKey));
  const pointKey = (p: Point): string => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  const edgeFrom = new Map<string, [Point, Point]>();
  for (const cell of cells) {
    const corners = hexVertices(cell, layout, size);
    neighbourAcrossEdges(cell, layout).forEach((n, i) => {
      if (inGroup.has(cellKey(n))) return;
      const from = corners[i]!;
      edgeFrom.set(pointKey(from), [from, corners[(i + 1) % 6]!]);
    });
  }
  const rings: Point[][] = [];
  for (const [startKey, first] of edgeFrom) {
    if (!edgeFrom.has(startKey)) continue;
    const ring: Point[] = [first[0]];
    let edge: [Point, Point] | undefined = first;
    let key = startKey;
    while (edge) {
      edgeFrom.delete(key);
      ring.push(edge[1]);
      key = pointKey(edge[1]);
      edge = edgeFrom.get(key);
    }
    rings.push(ring);
  }
  return rings;
}

export interface HexFit {
  /** Hexagon circumradius in pixels. */
  size: number;
  /** Add to hexCentre(cell, layout, size) to place the cell in the box. */
  dx: number;
  dy: number;
}

/** The largest hexagon size at which every cell fits in a width × height box, centred in it. */
export function fitHexes(cells: readonly HexCell[], layout: HexLayout, width: number, height: number): HexFit {
  if (cells.length === 0) throw new HexJsonError('fitHexes: no cells to fit');
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const cell of cells) {
    for (const [x, y] of hexVertices(cell, layout)) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  const size = Math.min(width / (maxX - minX), height / (maxY - minY));
  return { size, dx: (width - size * (maxX - minX)) / 2 - size * minX, dy: (height - size * (maxY - minY)) / 2 - size * minY };
}
