import { geoArea, geoBounds } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { OrgBody, OrgsFile, OrgYear } from '../data/orgs-types';
import type { Level } from '../data/types';
import { shortAreaName } from '../domain/format';
import { CUMBRIA_CCG, CUMBRIA_PART_STP } from './cumbria';
import type { Area, AreaShapes, CutFactory, Geography, GeographyLayer } from './geography';
import { bodiesOf } from './locate';


/** The STPs of 2016/17 a body's 2016 CCGs were in; a part of NHS Cumbria CCG counts in its own STP only. */
export function stpsOfBody(body: Pick<OrgBody, 'members' | 'cumbriaPart'>, ccgs2016: Pick<Geography, 'area'>): string[] {
  const stps = body.members.flatMap((code) => (code === CUMBRIA_CCG && body.cumbriaPart ? [CUMBRIA_PART_STP[body.cumbriaPart]] : ccgs2016.area(code)?.parents ?? []));
  return [...new Set(stps)].sort();
}

/** Whether a body holds (part of) the same 2016 CCGs as an ICB: the ICB a CCG of April 2021 went to. */
function within(body: OrgBody, icb: OrgBody): boolean {
  return body.members.every((code) => icb.members.includes(code) && (code !== CUMBRIA_CCG || !body.cumbriaPart || body.cumbriaPart === icb.cumbriaPart));
}

/** The 2021 CCGs as the sub-ICB locations of July 2022: named "NHS <ICB> – <code>" as NHS Digital names them, with their ICB. */
export function subIcbLocations(orgs: OrgsFile): { body: OrgBody; icb: OrgBody }[] {
  const icbs = bodiesOf(orgs, '2022');
  return bodiesOf(orgs, '2021').map((body) => {
    const icb = icbs.find((candidate) => within(body, candidate));
    if (!icb) throw new Error(`No ICB holds the April 2021 CCG ${body.code}`);
    return { body: body.laterName ? body : { ...body, name: `${icb.name} – ${body.code}`, laterName: true }, icb };
  });
}

type Shapes = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

/** A later year's bodies as features: the collection's arcs index into the atlas topology. */
function shapesOf(topology: Topology, layer: OrgsFile['geometry'][string]): { shapes: AreaShapes; neighbours: string[][] } {
  const object = layer as unknown as GeometryCollection<{ code: string }>;
  const collection = feature({ ...topology, objects: { layer: object } }, object) as Shapes;
  const codes = collection.features.map((f) => f.properties.code);
  return {
    shapes: { type: 'FeatureCollection', features: collection.features.map((f) => ({ type: 'Feature', id: f.properties.code, geometry: f.geometry, properties: { code: f.properties.code } })) },
    neighbours: neighbors(object.geometries).map((list) => list.map((j) => codes[j]!)),
  };
}

/** A label point inside the body: that of its largest 2016 CCG. */
function labelPointOf(members: string[], ccgs2016: Geography): [number, number] {
  const sized = members.map((code) => ({ area: ccgs2016.area(code)!, size: geoArea(ccgs2016.shape(code)!) }));
  return sized.reduce((a, b) => (b.size > a.size ? b : a)).area.labelPoint;
}

interface BodyArea {
  body: OrgBody;
  parents: string[];
}

function bodyLayer(level: Level, items: BodyArea[], geometry: ReturnType<typeof shapesOf>, base: Geography, childrenOf: (code: string) => string[]): Omit<GeographyLayer, 'land' | 'overlayLevel'> {
  const ccgs2016 = base.at('ccg');
  const index = new Map(geometry.shapes.features.map((f, i) => [f.properties.code, i]));
  const areas = items.map(({ body, parents }): Area => {
    const shape = geometry.shapes.features[index.get(body.code)!];
    if (!shape) throw new Error(`orgs.json has no shape for ${body.code}`);
    const area: Area = {
      code: body.code,
      level,
      name: body.name,
      shortName: shortAreaName(body.name),
      ods: body.code,
      parents,
      children: childrenOf(body.code),
      labelPoint: labelPointOf(body.members, ccgs2016),
      bounds: geoBounds(shape),
      neighbours: geometry.neighbours[index.get(body.code)!] ?? [],
      predecessors: body.members,
    };
    if (body.cumbriaPart) area.cumbriaPart = body.cumbriaPart;
    if (body.laterName) area.laterName = true;
    return area;
  });
  return { areas, shapes: geometry.shapes };
}

/**
 * The organisations of a later year on the 2016 boundaries: each year's CCGs (and the July 2022
 * ICBs) as unions of their 2016 predecessors, from orgs.json. For 2017–2021 the STP level is the
 * 44 footprints of 2016/17 with that year's CCGs in them; for 2022 it is the 42 ICBs, and the CCG
 * level is the April 2021 CCGs as sub-ICB locations.
 */
export function laterOrganisations(year: Exclude<OrgYear, '2016'>): CutFactory {
  return ({ topology, geography, orgs }) => {
    const base = (level: Level) => geography({ level, orgs: '2016', shape: 'geo' });
    const ccgLayer = () => {
      const file = orgs();
      const ccgs2016 = base('ccg');
      const items = year === '2022' ? subIcbLocations(file).map(({ body, icb }) => ({ body, parents: [icb.code] })) : bodiesOf(file, year).map((body) => ({ body, parents: stpsOfBody(body, ccgs2016) }));
      return items.sort((a, b) => shortAreaName(a.body.name).localeCompare(shortAreaName(b.body.name)));
    };
    let ccgItems: BodyArea[] | undefined;
    const ccgGeometry = () => shapesOf(topology, orgs().geometry[year === '2022' ? '2021' : year]!);
    return {
      orgs: year,
      shape: 'geo',
      build(level: Level): GeographyLayer {
        const file = orgs();
        const common = { land: base('ccg').land, faintBorders: base('ccg').shapes };
        const ccgs = (ccgItems ??= ccgLayer());
        const childrenOf = (parent: string) => ccgs.filter((c) => c.parents.includes(parent)).map((c) => c.body.code);
        if (level === 'ccg') return { ...bodyLayer('ccg', ccgs, ccgGeometry(), base('ccg'), () => []), overlayLevel: 'stp', ...common };
        if (year === '2022') {
          const icbs = bodiesOf(file, '2022').map((body) => ({ body, parents: [] }));
          return { ...bodyLayer('stp', icbs, shapesOf(topology, file.geometry['2022']!), base('ccg'), childrenOf), overlayLevel: null, ...common };
        }
        const stps = base('stp');
        const areas = stps.areas.map((stp): Area => {
          const part = (Object.keys(CUMBRIA_PART_STP) as ('north' | 'furness')[]).find((p) => CUMBRIA_PART_STP[p] === stp.code);
          return { ...stp, children: childrenOf(stp.code), predecessors: [...stp.children], ...(part ? { cumbriaPart: part } : {}) };
        });
        return { areas, shapes: stps.shapes, overlayLevel: null, ...common };
      },
    };
  };
}

/** The cuts of 2017–2022, loaded with orgs.json (src/data/orgs-load.ts) so that none of this weighs on the first load. */
export const LATER_CUTS: readonly CutFactory[] = (['2017', '2018', '2019', '2020', '2021', '2022'] as const).map(laterOrganisations);
