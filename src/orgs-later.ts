// What the later years' organisations need besides orgs.json, loaded with it (src/data/orgs-load.ts)
// so that none of it weighs on the first load: their cuts, their values, and the panel's stories.
export { LATER_CUTS } from './geography/organisations';
export { validateOrgs } from './data/orgs-validate';
export { ODS_SOURCE, PREDECESSORS_DEF } from './data/predecessors';
export { mergerLine } from './ui/panel/merger-line';
export { locateArea } from './geography/locate';
export { laterYearValues } from './domain/org-values';
export { successionView } from './ui/panel/succession-story';
