// A Geography is one cut of England at one level: which areas exist, how they relate and how they
// are drawn. Renderers, keyboard, labels, events, ranking, search and exports all read it, so a new
// cut (another year of organisations, another kind of shape) is one new Cut, not edits in every view.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { OrgsFile, OrgYear } from '../data/orgs-types';
import type { AtlasTopology, Level } from '../data/types';

/** Which organisations: the year whose STPs and CCGs (or ICBs) the areas are. */
export type OrgsYear = OrgYear;
/** How areas are drawn: `geo` is their real boundaries, `hex` one equal hexagon per CCG (the `shape=` of a link). */
export const SHAPES = ['geo', 'hex'] as const;
export type Shape = (typeof SHAPES)[number];

export interface GeographyKey {
  level: Level;
  orgs: OrgsYear;
  shape: Shape;
}

export type AreaShape = Feature<Polygon | MultiPolygon, { code: string }>;
export type AreaShapes = FeatureCollection<Polygon | MultiPolygon, { code: string }>;
export type LandShapes = FeatureCollection<Polygon | MultiPolygon>;

export interface Area {
  code: string;
  level: Level;
  name: string;
  /** Name without the "NHS" prefix, for tight places (tooltips, table). */
  shortName: string;
  /** NHS England's 2017/18 name of an STP where it differs from ONS's. */
  nhseName?: string;
  ods?: string;
  /** Parent STP codes of a CCG (two for NHS Cumbria CCG); empty for STPs. */
  parents: string[];
  /** Child CCG codes of an STP, by name (a split CCG is a child of both its STPs); empty for CCGs. */
  children: string[];
  /** Label point [lon, lat]. */
  labelPoint: [number, number];
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
  /** Codes of areas of the same level sharing a border. */
  neighbours: string[];
  /** Later years: the 2016 CCGs (ONS codes) the area is made of. */
  predecessors?: string[];
  /** Later years: which part of NHS Cumbria CCG the area holds, when it holds one. */
  cumbriaPart?: 'north' | 'furness';
  /** The name is the body's July 2022 sub-ICB name, not its name at the time. */
  laterName?: boolean;
  /** Where a CCG of two STPs is drawn inside one of them (on hexagons): that STP's code. */
  drawnWith?: string;
  /** On hexagons, an STP's places for its label [lon, lat], best first: on its own hexagons, and beside its group. */
  labelPlaces?: { inside: [number, number][]; beside: [number, number][] };
}

/** What a cut builds for one level; the registry indexes it and links the levels. */
export interface GeographyLayer {
  /** The level's areas, in any order. */
  areas: Area[];
  /** One drawable shape per area, feature id = area code. */
  shapes: AreaShapes;
  /** The level whose borders are drawn over these areas (STP lines on the CCG map), or null. */
  overlayLevel: Level | null;
  /** What lies behind the areas: England's land. */
  land: LandShapes;
  /** Borders drawn faintly inside the areas (the 2016 CCGs inside later years' bodies), or null. */
  faintBorders?: AreaShapes | null;
}

export interface Geography extends Readonly<Omit<GeographyLayer, 'areas'>> {
  readonly key: GeographyKey;
  /** "ccg/2016/geo": names the geography in caches and in drawn state. */
  readonly id: string;
  readonly level: Level;
  /** The level's areas, by short name. */
  readonly areas: readonly Area[];
  area(code: string): Area | undefined;
  shape(code: string): AreaShape | undefined;
  /** The same organisations and shapes at another level. */
  at(level: Level): Geography;
  /** An area of any level of the same cut: a CCG's parent STP, an STP's CCGs. */
  find(code: string): Area | undefined;
  /** The shape of an area of any level of the same cut (the selected STP outlined on the CCG map). */
  findShape(code: string): AreaShape | undefined;
}

/** One cut of England (organisations year × shape) at every level, each level built when first asked for. */
export interface Cut {
  readonly orgs: OrgsYear;
  readonly shape: Shape;
  build(level: Level): GeographyLayer;
}

/** What a cut is built from: the loaded topology, and other cuts' geographies (to dissolve or re-shape them). */
export interface GeographyInputs {
  topology: AtlasTopology;
  geography(key: GeographyKey): Geography;
  /** What became of the 2016 CCGs (public/data/orgs.json); throws when it is not loaded yet. */
  orgs(): OrgsFile;
}

export type CutFactory = (inputs: GeographyInputs) => Cut;

export function geographyId(key: GeographyKey): string {
  return `${key.level}/${key.orgs}/${key.shape}`;
}
