// Local search over a hex assignment: moves to empty cells and swaps between occupied cells,
// kept only when they lower the objective (see LayoutOptions.weights):
//   groupPieces × (pieces of each group − 1) + layoutPieces × (pieces of the whole layout − 1)
//   − neighbourPair × (geographic neighbour pairs that are hex neighbours)
//   + displacement × Σ (distance from the relaxed point)².
// Deterministic: sites and cells are visited in a fixed order.
import { areHexNeighbours, cellKey, hexNeighbours, type HexCell, type Point } from '../../src/domain/hexjson';
import { GRID, centre, pieces, sqDist, type LayoutOptions } from './hexlayout';

export interface SearchInput {
  groups: readonly string[];
  targets: readonly Point[];
  /** Geographic neighbours of each site (indices). */
  neighbours: readonly (readonly number[])[];
  start: readonly HexCell[];
}

/** Cells within `radius` hex steps of a cell (the cell itself excluded), nearest first. */
export function cellsWithin(cell: HexCell, radius: number): HexCell[] {
  const seen = new Set([cellKey(cell)]);
  const out: HexCell[] = [];
  let ring = [cell];
  for (let step = 0; step < radius; step++) {
    const next: HexCell[] = [];
    for (const c of ring) {
      for (const n of hexNeighbours(c, GRID)) {
        const k = cellKey(n);
        if (seen.has(k)) continue;
        seen.add(k);
        next.push(n);
      }
    }
    out.push(...next);
    ring = next;
  }
  return out;
}

export function improveLayout(input: SearchInput, opts: LayoutOptions, maxPasses = 40): HexCell[] {
  const w = opts.weights;
  const cells = input.start.map((c) => ({ ...c }));
  const occupant = new Map(cells.map((c, i) => [cellKey(c), i]));
  const members = new Map<string, number[]>();
  input.groups.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));

  const groupCost = (g: string): number => w.groupPieces * (pieces(members.get(g)!.map((i) => cells[i]!)) - 1);
  const layoutCost = (): number => w.layoutPieces * (pieces(cells) - 1);
  const localCost = (sites: number[]): number => {
    let cost = 0;
    for (const i of sites) {
      cost += w.displacement * sqDist(centre(cells[i]!), input.targets[i]!);
      for (const j of input.neighbours[i]!) {
        // A pair between two moved sites is seen twice: count it once.
        if (sites.includes(j) && j < i) continue;
        if (areHexNeighbours(cells[i]!, cells[j]!, GRID)) cost -= w.neighbourPair;
      }
    }
    return cost;
  };
  const place = (i: number, c: HexCell): void => {
    if (occupant.get(cellKey(cells[i]!)) === i) occupant.delete(cellKey(cells[i]!));
    cells[i] = c;
    occupant.set(cellKey(c), i);
  };
  const exchange = (i: number, j: number): void => {
    const ci = cells[i]!;
    place(i, cells[j]!);
    place(j, ci);
  };

  let layoutNow = layoutCost();
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < cells.length; i++) {
      for (const target of cellsWithin(cells[i]!, opts.moveRadius)) {
        const from = cells[i]!;
        const j = occupant.get(cellKey(target));
        // An empty cell is a candidate only if it touches the layout (other than this site).
        if (j === undefined && !hexNeighbours(target, GRID).some((n) => (occupant.get(cellKey(n)) ?? i) !== i)) continue;
        const sites = j === undefined ? [i] : [i, j];
        const groups = [...new Set(sites.map((s) => input.groups[s]!))];
        const cost = (): number => localCost(sites) + groups.reduce((s, g) => s + groupCost(g), 0);
        const before = cost();
        if (j === undefined) place(i, target);
        else exchange(i, j);
        let delta = cost() - before;
        let layoutAfter = layoutNow;
        // A swap never changes which cells are filled; a move can only help the layout's pieces if it is in several.
        if (j === undefined && (delta < 0 || layoutNow > 0)) {
          layoutAfter = layoutCost();
          delta += layoutAfter - layoutNow;
        }
        if (delta < -1e-9) {
          layoutNow = layoutAfter;
          improved = true;
        } else if (j === undefined) {
          place(i, from);
        } else {
          exchange(i, j);
        }
      }
    }
    if (!improved) break;
  }
  return cells;
}
