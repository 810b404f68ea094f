// Join the successions to the map: tag each piece of the 2016 map with its body in every later year,
// so mapshaper dissolves them in the same run as the atlas (same arcs), and assemble orgs.json.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { OrgsFile, OrgYear } from '../../src/data/orgs-types';
import { ORG_YEARS } from '../../src/data/orgs-types';
import { fail } from './errors';
import { CUMBRIA, pieceKey, type Successions } from './successions';
import { dissolvedLayers, type PieceProps } from './topology';

/** The later years, each a mapshaper dissolve field ("o2017"…); 2016 is the atlas's own CCG layer. */
export const LATER_YEARS = ORG_YEARS.filter((y) => y !== '2016');
export const orgField = (year: OrgYear): string => `o${year}`;

type PieceFeature = Feature<Polygon | MultiPolygon, PieceProps & Record<string, string>>;

/** Add `o2017`…`o2022` (the body's code that year) to every piece; Cumbria's pieces by their STP. */
export function tagPieces(pieces: FeatureCollection<Polygon | MultiPolygon, PieceProps>, succ: Successions, cumbria: { northStp: string }): FeatureCollection<Polygon | MultiPolygon, PieceProps & Record<string, string>> {
  const features: PieceFeature[] = pieces.features.map((f) => {
    const part = f.properties.code === CUMBRIA ? (f.properties.stp === cumbria.northStp ? 'north' : 'furness') : undefined;
    const key = pieceKey(part ? { ccg: f.properties.code, part } : { ccg: f.properties.code });
    const tags: Record<string, string> = {};
    for (const year of LATER_YEARS) {
      const code = succ.pieceBodies[year]?.[key];
      if (!code) fail(`organisations: no ${year} body for map piece ${key}`);
      tags[orgField(year)] = code;
    }
    return { ...f, properties: { ...f.properties, ...tags } };
  });
  return { type: 'FeatureCollection', features };
}

/** orgs.json: the years' bodies, the stories, the trusts' mergers, and each later year's shapes as arcs of the atlas topology. */
export function orgsFile(succ: Successions, raw: Topology, trusts: OrgsFile['trusts']): OrgsFile {
  const layers = dissolvedLayers(raw, LATER_YEARS.map(orgField));
  const geometry: OrgsFile['geometry'] = {};
  for (const set of succ.years) {
    if (set.year === '2016') continue;
    const layer = layers[orgField(set.year)]!;
    const codes = layer.geometries.map((g) => g.properties.code);
    const bodies = set.bodies.map((b) => b.code);
    if (codes.join() !== bodies.join()) fail(`organisations: ${set.label} shapes (${codes.length}) do not match its bodies (${bodies.length})`);
    geometry[set.year] = layer;
  }
  return {
    version: 1,
    years: succ.years,
    stories: succ.stories,
    stps: succ.stps,
    geometry,
    notes: [
      'Shapes of later years are unions of the 2016 CCG boundaries of their predecessors; boundary changes that moved no whole CCG (Norwich and South Norfolk, April 2017; Fylde and Wyre, Greater Preston and Morecambe Bay, April 2018) are not drawn. The April 2017 move of Furness from NHS Cumbria CCG to NHS Morecambe Bay CCG is drawn along the atlas\'s cut of Cumbria CCG between its two STPs.',
      'Names of CCGs formed in 2019–2021 that were still open in 2022 are not in our sources as they stood: they are given by their July 2022 sub-ICB name from NHS Digital\'s ODS extract, marked "later name".',
      'ONS codes are given only where an ONS source names them (2016–2018); ODS codes throughout.',
    ],
    trusts,
  };
}
