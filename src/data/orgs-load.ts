import type { Atlas, LaterModule } from './atlas';
import { fetchJson } from './load';
import { ORG_YEARS, type OrgsFile } from './orgs-types';

export const ORGS_URL = 'data/orgs.json';

/** Checks orgs.json and gives the atlas the later years: the file, their code, the count of merged CCGs and its source. */
export function attachOrgs(atlas: Atlas, later: LaterModule, json: unknown): OrgsFile {
  const orgs = later.validateOrgs(json, ORG_YEARS);
  atlas.metrics.sources[later.ODS_SOURCE.id] = later.ODS_SOURCE;
  atlas.defs.set(later.PREDECESSORS_DEF.key, later.PREDECESSORS_DEF);
  atlas.later = later;
  atlas.orgs = orgs;
  return orgs;
}

const loading = new WeakMap<Atlas, Promise<OrgsFile>>();

/** Fetches orgs.json and the code of the later years (src/orgs-later.ts) the first time a later year or a story is asked for; later calls share the download. A failed one may be retried. */
export function ensureOrgs(atlas: Atlas): Promise<OrgsFile> {
  if (atlas.orgs) return Promise.resolve(atlas.orgs);
  let pending = loading.get(atlas);
  if (!pending) {
    pending = Promise.all([fetchJson(ORGS_URL), import('../orgs-later')]).then(([json, later]) => attachOrgs(atlas, later, json));
    pending.catch(() => loading.delete(atlas));
    loading.set(atlas, pending);
  }
  return pending;
}
