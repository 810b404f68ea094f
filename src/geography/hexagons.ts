import type { Polygon, Position } from 'geojson';
import { cellKey, fitHexes, groupLabelCell, groupLabelPlaces, groupOutline, hexCentre, hexNeighbours, hexVertices, type HexCell, type HexJson, type Point } from '../domain/hexjson';
import { ENGLAND_BOUNDS, latOfMercatorY, lonOfMercatorX, mercatorX, mercatorY } from '../domain/mercator';
import type { Level } from '../data/types';
import type { Area, AreaShape, CutFactory, Geography, GeographyLayer, LandShapes } from './geography';

/** Mercator world units are tiny (England is 0.02 across): hexagons are laid out in units this much larger. */
const UNITS = 1e4;
const NO_LAND: LandShapes = { type: 'FeatureCollection', features: [] };

/**
 * The hex layout placed over England in Web Mercator, so that both renderers, the camera and the
 * exports draw regular hexagons from ordinary lon/lat polygons.
 */
export interface HexGrid {
  layout: HexJson['layout'];
  cellOf(code: string): HexCell | undefined;
  codeAt(cell: HexCell): string | undefined;
  /** The STP a CCG's hexagon is drawn with. */
  stpOf(code: string): string | undefined;
  /** The CCGs' cells of each STP. */
  groups: ReadonlyMap<string, HexCell[]>;
  /** A layout point (hexagons of circumradius 1, y down) as [lon, lat]. */
  toLonLat(point: Point): [number, number];
}

export function hexGrid(doc: HexJson): HexGrid {
  const cells = new Map<string, HexCell>();
  const codes = new Map<string, string>();
  const stps = new Map<string, string>();
  const groups = new Map<string, HexCell[]>();
  for (const [code, hex] of Object.entries(doc.hexes)) {
    const cell = { q: hex.q, r: hex.r };
    cells.set(code, cell);
    codes.set(cellKey(cell), code);
    if (typeof hex['stp'] !== 'string') throw new Error(`hexagon ${code.slice(0, 20)} has no STP`);
    stps.set(code, hex['stp']);
    groups.set(hex['stp'], [...(groups.get(hex['stp']) ?? []), cell]);
  }
  const [[west, south], [east, north]] = ENGLAND_BOUNDS;
  const x0 = mercatorX(west);
  const y0 = mercatorY(north);
  const fit = fitHexes([...cells.values()], doc.layout, (mercatorX(east) - x0) * UNITS, (mercatorY(south) - y0) * UNITS);
  const round = (n: number) => Math.round(n * 1e7) / 1e7;
  return {
    layout: doc.layout,
    cellOf: (code) => cells.get(code),
    codeAt: (cell) => codes.get(cellKey(cell)),
    stpOf: (code) => stps.get(code),
    groups,
    toLonLat: ([x, y]) => [round(lonOfMercatorX(x0 + (x * fit.size + fit.dx) / UNITS)), round(latOfMercatorY(y0 + (y * fit.size + fit.dy) / UNITS))],
  };
}

function boundsOf(points: readonly Position[]): Area['bounds'] {
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
}

function shape(code: string, geometry: AreaShape['geometry']): AreaShape {
  return { type: 'Feature', id: code, properties: { code }, geometry };
}

/** Signed area of a layout ring (y down): positive when it runs clockwise on screen, as outer rings do. */
function clockwise(ring: readonly Point[]): boolean {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum > 0;
}

/** Even-odd test of a point against a ring. */
function inside(point: Point, ring: readonly Point[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** A group of hexagons as one polygon (or one per connected part), holes in the part that holds them. */
function groupGeometry(grid: HexGrid, cells: readonly HexCell[]): AreaShape['geometry'] {
  const rings = groupOutline(cells, grid.layout);
  const outers = rings.filter(clockwise);
  const parts: Point[][][] = outers.map((outer) => [outer]);
  for (const hole of rings.filter((ring) => !clockwise(ring))) parts.find((part) => inside(hole[0]!, part[0]!))?.push(hole);
  const polygons = parts.map((part) => part.map((ring) => ring.map(grid.toLonLat)));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function ccgLayer(grid: HexGrid, base: Geography): GeographyLayer {
  const features: AreaShape[] = [];
  const areas = base.areas.map((area): Area => {
    const cell = grid.cellOf(area.code);
    if (!cell) throw new Error(`the hex map has no hexagon for ${area.code}`);
    const ring = hexVertices(cell, grid.layout).map(grid.toLonLat);
    const geometry: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
    features.push(shape(area.code, geometry));
    const hexArea: Area = {
      ...area,
      labelPoint: grid.toLonLat(hexCentre(cell, grid.layout)),
      bounds: boundsOf(ring),
      neighbours: hexNeighbours(cell, grid.layout).flatMap((n) => grid.codeAt(n) ?? []),
    };
    if (area.parents.length > 1) hexArea.drawnWith = grid.stpOf(area.code)!;
    return hexArea;
  });
  return { areas, shapes: { type: 'FeatureCollection', features }, overlayLevel: 'stp', land: NO_LAND };
}

function stpLayer(grid: HexGrid, base: Geography): GeographyLayer {
  const features: AreaShape[] = [];
  const areas = base.areas.map((area): Area => {
    const cells = grid.groups.get(area.code);
    if (!cells) throw new Error(`the hex map has no hexagons for ${area.code}`);
    const geometry = groupGeometry(grid, cells);
    features.push(shape(area.code, geometry));
    const touching = new Set(cells.flatMap((cell) => hexNeighbours(cell, grid.layout).flatMap((n) => grid.stpOf(grid.codeAt(n) ?? '') ?? [])));
    touching.delete(area.code);
    const places = groupLabelPlaces(area.code, cells, (cell) => grid.stpOf(grid.codeAt(cell) ?? ''), grid.layout);
    return {
      ...area,
      labelPoint: grid.toLonLat(hexCentre(groupLabelCell(cells, grid.layout), grid.layout)),
      labelPlaces: { inside: places.inside.map(grid.toLonLat), beside: places.beside.map(grid.toLonLat) },
      bounds: boundsOf((geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2)),
      neighbours: [...touching],
    };
  });
  return { areas, shapes: { type: 'FeatureCollection', features }, overlayLevel: null, land: NO_LAND };
}

/**
 * The 2016/17 CCGs as one equal hexagon each, laid out by a HexJSON document
 * (public/geo/ccg-hex.hexjson, fetched with this code the first time hexagons are shown), and each
 * STP as its CCGs' hexagons merged into one shape. Names, codes and parents are the 2016 polygons';
 * neighbours are hexagons sharing an edge. NHS Cumbria CCG keeps both its STPs and is drawn with the
 * one holding most of it. Throws on a document that does not place the STPs' hexagons.
 */
export function hexagons2016(doc: HexJson): CutFactory {
  const grid = hexGrid(doc);
  return ({ geography }) => ({
    orgs: '2016',
    shape: 'hex',
    build: (level: Level) => {
      const base = geography({ level, orgs: '2016', shape: 'geo' });
      return level === 'ccg' ? ccgLayer(grid, base) : stpLayer(grid, base);
    },
  });
}
