import { DataError, isRecord } from './load';
import type { OrgsFile } from './orgs-types';

/** Checks that orgs.json has every year's bodies and shapes, so a damaged file fails with its name. */
export function validateOrgs(json: unknown, years: readonly string[], file = 'orgs.json'): OrgsFile {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.years) || !isRecord(json.stories) || !isRecord(json.stps) || !isRecord(json.geometry)) {
    throw new DataError(file, 'is not a version 1 organisations file');
  }
  const orgs = json as unknown as OrgsFile;
  for (const year of years) {
    const set = orgs.years.find((y) => isRecord(y) && y.year === year);
    if (!set || !Array.isArray(set.bodies) || set.bodies.some((b) => !isRecord(b) || typeof b.code !== 'string' || typeof b.name !== 'string' || !Array.isArray(b.members))) {
      throw new DataError(file, `has no usable organisations for ${year}`);
    }
    if (year !== '2016' && !isRecord(orgs.geometry[year])) throw new DataError(file, `has no shapes for ${year}`);
  }
  return orgs;
}
