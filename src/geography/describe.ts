import { ORG_YEAR_LABELS } from '../data/orgs-types';
import type { Geography } from './geography';

/** What a geography's areas are called: "CCGs", "STPs", "STP footprints", "ICBs", "sub-ICB locations". */
export function areaWords(geography: Pick<Geography, 'key'>): string {
  const { level, orgs } = geography.key;
  if (orgs === '2022') return level === 'stp' ? 'ICBs' : 'sub-ICB locations';
  if (orgs === '2016') return level === 'stp' ? 'STPs' : 'CCGs';
  return level === 'stp' ? 'STP footprints' : 'CCGs';
}

/** The date of a year's organisations: "April 2018", "July 2022". */
export function orgsDate(geography: Pick<Geography, 'key'>): string {
  return ORG_YEAR_LABELS[geography.key.orgs].replace(' (ICBs)', '');
}

/** The legend's title for a later year, with the count: "195 CCGs, April 2018", "42 ICBs, July 2022". */
export function orgsTitle(geography: Pick<Geography, 'key' | 'areas'>): string {
  return `${geography.areas.length} ${areaWords(geography)}, ${orgsDate(geography)}`;
}

/** A caution the map needs at this cut, or null: the STP footprints of later years are those of 2016. */
export function orgsCaution(geography: Pick<Geography, 'key'>): string | null {
  const { level, orgs } = geography.key;
  if (orgs === '2016' || orgs === '2022') return null;
  return level === 'stp' ? `STP footprints are drawn as agreed in 2016; the CCGs of ${orgsDate(geography)} are counted in the footprints of their 2016 CCGs.` : null;
}
