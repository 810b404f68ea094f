import type { OrgsFile } from '../data/orgs-types';
import { LEVELS, type AtlasTopology, type Level } from '../data/types';
import { CUTS } from './cuts';
import { geographyId, type Area, type AreaShape, type Cut, type CutFactory, type Geography, type GeographyKey, type GeographyLayer } from './geography';

export interface GeographyRegistry {
  /** The geography of a key, built the first time it is asked for and kept. */
  get(key: GeographyKey): Geography;
  /** Whether a cut for the key's organisations and shape is registered (some are added once their file is fetched). */
  has(key: GeographyKey): boolean;
  /** Adds a cut built from a file fetched after start. */
  add(factory: CutFactory): void;
}

/** The geographies of every registered cut, built lazily from the loaded topology. */
/** What is loaded with orgs.json: the file and the cuts of the later years built from it. */
export interface LoadedOrgs {
  orgs: OrgsFile;
  cuts: readonly CutFactory[];
}

export function createGeographyRegistry(topology: AtlasTopology, factories: readonly CutFactory[] = CUTS, loaded: () => LoadedOrgs | null = () => null): GeographyRegistry {
  const built = new Map<string, Geography>();
  const added: CutFactory[] = [];
  const cuts = new Map<CutFactory, Cut>();
  let laterAdded = false;
  const registered = (): CutFactory[] => {
    const later = loaded();
    if (later && !laterAdded) {
      laterAdded = true;
      added.push(...later.cuts);
    }
    return [...factories, ...added];
  };
  const find = (key: GeographyKey) => {
    const list = registered();
    for (const factory of list) if (!cuts.has(factory)) cuts.set(factory, factory({ topology, geography: get, orgs }));
    return list.map((factory) => cuts.get(factory)!).find((c) => c.orgs === key.orgs && c.shape === key.shape);
  };
  const cutOf = (key: GeographyKey): Cut => {
    const cut = find(key);
    if (!cut) throw new Error(`No geography for organisations ${key.orgs} drawn as ${key.shape}`);
    return cut;
  };
  const orgs = (): OrgsFile => {
    const file = loaded()?.orgs;
    if (!file) throw new Error('The organisations of later years (orgs.json) are not loaded');
    return file;
  };
  function get(key: GeographyKey): Geography {
    const id = geographyId(key);
    let geography = built.get(id);
    if (!geography) {
      geography = linkGeography({ ...key }, cutOf(key).build(key.level), get);
      built.set(id, geography);
    }
    return geography;
  }
  return { get, has: (key) => find(key) !== undefined, add: (factory) => void added.push(factory) };
}

/** Indexes a layer by code, sorts its areas by name and links it to the other levels of its cut. */
function linkGeography(key: GeographyKey, layer: GeographyLayer, get: (key: GeographyKey) => Geography): Geography {
  const areas = [...layer.areas].sort((a, b) => a.shortName.localeCompare(b.shortName));
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const shapeByCode = new Map(layer.shapes.features.map((shape) => [shape.properties.code, shape]));
  const at = (level: Level) => get({ ...key, level });
  const others = LEVELS.filter((level) => level !== key.level);
  const geography: Geography = {
    ...layer,
    key,
    id: geographyId(key),
    level: key.level,
    areas,
    area: (code) => byCode.get(code),
    shape: (code) => shapeByCode.get(code),
    at: (level) => (level === key.level ? geography : at(level)),
    find: (code): Area | undefined => byCode.get(code) ?? others.map((level) => at(level).area(code)).find(Boolean),
    findShape: (code): AreaShape | undefined => shapeByCode.get(code) ?? others.map((level) => at(level).shape(code)).find(Boolean),
  };
  return geography;
}
