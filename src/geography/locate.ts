import type { OrgBody, OrgsFile, OrgYear } from '../data/orgs-types';

export function bodiesOf(orgs: OrgsFile, year: OrgYear): OrgBody[] {
  const set = orgs.years.find((y) => y.year === year);
  if (!set) throw new Error(`orgs.json has no organisations for ${year}`);
  return set.bodies;
}

const CCG_2016 = /^E38\d{6}$/;
const STP_2016 = /^E54\d{6}$/;

/**
 * The area that stands for `code` among the organisations of `year`: itself where it is one of
 * them, else the body that a 2016 CCG (or a body of another year) was part of, or the ICB an STP's
 * CCGs went to. Null when there is none (an ICB before 2022) or the organisations are not loaded.
 */
export function locateArea(code: string, year: OrgYear, orgs: OrgsFile | null, in2016: (code: string) => boolean): string | null {
  if (year === '2016') {
    if (in2016(code)) return code;
    const body = orgs?.years.flatMap((set) => set.bodies).find((b) => b.code === code);
    return body && body.members.length > 0 && in2016(body.members[0]!) ? locateArea(body.members[0]!, year, orgs, in2016) : null;
  }
  if (!orgs) return null;
  const ccgs = bodiesOf(orgs, year === '2022' ? '2021' : year);
  const icbs = year === '2022' ? bodiesOf(orgs, '2022') : [];
  if (ccgs.some((b) => b.code === code) || icbs.some((b) => b.code === code)) return code;
  if (CCG_2016.test(code)) return ccgs.find((b) => b.members.includes(code))?.code ?? null;
  if (STP_2016.test(code)) return year === '2022' ? orgs.stps[code]?.icbs[0] ?? null : in2016(code) ? code : null;
  const other = orgs.years.flatMap((set) => set.bodies).find((b) => b.code === code);
  if (!other || other.members.length === 0 || (icbs.length === 0 && bodiesOf(orgs, '2022').includes(other))) return null;
  return locateArea(other.members[0]!, year, orgs, in2016);
}
