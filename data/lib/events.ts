// Events (reorganisation timeline), vanguards and sourced facts.
import type { AtlasEvent, EventCategory, Fact, Vanguard } from '../../src/data/types';
import { isNumeric, readCsv } from './csv';
import { fail } from './errors';
import { F, CCG_CODE, STP_CODE, type EventRow, type Sources } from './sources';

export const BRIEF_FACTS = 'data/brief_facts.csv';

/** events_and_facts.csv category → AtlasEvent category. */
export const EVENT_CATEGORY: Readonly<Record<string, EventCategory>> = {
  back_office_pathfinder: 'back_office_pathfinder',
  ccg_merger: 'ccg_merger',
  shared_leadership: 'shared_leadership',
  new_care_model: 'new_care_model',
  trust_merger: 'trust_merger',
  accountable_care_system: 'accountable_care',
  devolution: 'devolution',
};

const TITLE: Record<EventCategory, string> = {
  back_office_pathfinder: 'Back-office consolidation pathfinder',
  ccg_merger: 'CCG merger',
  shared_leadership: 'Shared CCG leadership',
  accountable_care: 'Accountable care system',
  new_care_model: 'New care model',
  trust_merger: 'Trust merger',
  devolution: 'Devolution agreement',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** "HSJ 2 Dec 2016" → "2016-12-02"; "Jul 2016" → "2016-07"; otherwise null. */
export function parseTextDate(s: string): string | null {
  const day = s.match(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/);
  if (day) return `${day[3]}-${String(MONTHS.indexOf(day[2]!) + 1).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = s.match(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/);
  if (month) return `${month[2]}-${String(MONTHS.indexOf(month[1]!) + 1).padStart(2, '0')}`;
  const iso = s.trim().match(ISO);
  return iso ? s.trim() : null;
}

/**
 * Date of an events_and_facts row: the publication date when it gives a month or day; else the
 * row's value when the row is itself a date ("date (planned)" etc.); else a month in `period`.
 * A bare year or a financial year is not a date: returns null.
 */
export function eventDate(r: Pick<EventRow, 'publicationDate' | 'value' | 'unit' | 'period'>): string | null {
  return (
    parseTextDate(r.publicationDate) ??
    (r.unit.startsWith('date') && ISO.test(r.value) ? r.value : null) ??
    parseTextDate(r.period)
  );
}

export function formatSource(publication: string, date: string): string {
  return date !== '' && !publication.includes(date) ? `${publication}, ${date}` : publication;
}

function csvTitle(category: EventCategory, r: EventRow): string {
  const base = TITLE[category];
  if (r.value === 'applied') return `${base} application`;
  if (r.value === 'consultation') return `${base} consultation`;
  if (r.value === 'considering') return `${base} under discussion`;
  if (r.unit.includes('anticipated')) return `${base} anticipated`;
  if (r.unit.includes('planned')) return `${base} planned`;
  if (r.value === 'cleared') return `${base} cleared`;
  return base;
}

export interface BriefRow {
  id: string; kind: 'event' | 'fact'; category: string; date: string; areas: string[]; title: string;
  text: string; value: number | null; unit: string; period: string; source: string; url: string; replaces: string[]; line: number;
}

export function parseBriefFacts(rows: ReturnType<typeof readCsv>, file = BRIEF_FACTS): BriefRow[] {
  return rows.map((r) => {
    const areas = r.get('areas').split(';').map((x) => x.trim()).filter(Boolean);
    for (const a of areas) if (!CCG_CODE.test(a) && !STP_CODE.test(a) && a !== 'E92000001') fail(`${file} line ${r.line}: malformed area code "${a}"`);
    if (areas.length === 0) fail(`${file} line ${r.line}: no areas`);
    const date = r.get('date').trim();
    if (date !== '' && !ISO.test(date)) fail(`${file} line ${r.line}: date "${date}" is not ISO YYYY-MM or YYYY-MM-DD`);
    if (!/\b(19|20)\d{2}\b/.test(r.get('source'))) {
      fail(`${file} line ${r.line}: source "${r.get('source')}" should name the publication and month, e.g. "HSJ, July 2016"`);
    }
    const v = r.get('value').trim();
    return {
      id: r.get('id'), kind: r.get('kind') as 'event' | 'fact', category: r.get('category'), date, areas,
      title: r.get('title'), text: r.get('text'), value: v === '' ? null : Number(v), unit: r.get('unit'), period: r.get('period'),
      source: r.get('source'), url: r.get('url'), replaces: r.get('replaces').split(';').map((x) => x.trim()).filter(Boolean), line: r.line,
    };
  });
}

export function readBriefFacts(repoRoot: string): BriefRow[] {
  return parseBriefFacts(
    readCsv(repoRoot, BRIEF_FACTS, {
      columns: ['id', 'kind', 'category', 'date', 'areas', 'title', 'text', 'value', 'unit', 'period', 'source', 'url', 'replaces'],
      nonEmpty: ['id', 'kind', 'category', 'areas', 'title', 'text', 'source'],
      optionalNumeric: ['value'],
      patterns: { id: /^B\d{2}$/, kind: /^(event|fact)$/ },
    }),
  );
}

export interface EventsResult {
  events: AtlasEvent[];
  facts: Fact[];
  vanguards: Vanguard[];
  /** Events left out for want of a date: id and why. */
  leftOut: string[];
}

const levelOf = (code: string): Fact['level'] => (code === 'E92000001' ? 'england' : code.startsWith('E54') ? 'stp' : 'ccg');

/** The year a source names ("HSJ, 2016" → "2016"), or null. */
export function yearOf(...texts: string[]): string | null {
  for (const t of texts) {
    const m = /\b(20\d\d)\b(?![/-]\d)/.exec(t);
    if (m) return m[1]!;
  }
  return null;
}

/** An event with no month, kept as a fact of its year for each of its areas. */
function undatedFacts(id: string, areas: readonly string[], text: string, period: string, source: string, url: string): Fact[] {
  return areas.map((code) => ({
    id: areas.length > 1 ? `${id}-${code}` : id, level: levelOf(code), code, text, period, source, undated: true, ...(url ? { url } : {}),
  }));
}

export function buildEvents(s: Sources, brief: BriefRow[], knownAreas: ReadonlySet<string>): EventsResult {
  const ids = new Set(s.events.map((e) => e.id));
  const replaced = new Map<string, string>();
  const briefIds = new Set<string>();
  for (const b of brief) {
    if (briefIds.has(b.id)) fail(`${BRIEF_FACTS} line ${b.line}: duplicate id ${b.id}`);
    briefIds.add(b.id);
    if (b.kind === 'event' && !(b.category in EVENT_CATEGORY)) fail(`${BRIEF_FACTS} line ${b.line}: unknown event category "${b.category}"`);
    for (const a of b.areas) if (a !== 'E92000001' && !knownAreas.has(a)) fail(`${BRIEF_FACTS} line ${b.line}: unknown area code "${a}"`);
    for (const id of b.replaces) {
      if (!ids.has(id)) fail(`${BRIEF_FACTS} line ${b.line}: replaces unknown fact_id ${id}`);
      replaced.set(id, b.id);
    }
  }

  // ---- events from the CSV, rows for several areas describing one event grouped ----
  const leftOut: string[] = [];
  const undated: Fact[] = [];
  const groups = new Map<string, EventRow[]>();
  for (const r of s.events) {
    const cat = EVENT_CATEGORY[r.category];
    if (!cat || r.level === 'England' || replaced.has(r.id)) continue;
    const key = [r.category, r.fact, r.value, r.unit, r.period, r.publication, r.publicationDate, r.url].join('\u0000');
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const events: AtlasEvent[] = [];
  for (const rows of groups.values()) {
    const r = rows[0]!;
    const cat = EVENT_CATEGORY[r.category]!;
    const idLabel = rows.map((x) => x.id).join('+');
    const date = eventDate(r);
    if (!date) {
      leftOut.push(`${idLabel} (${r.category}, ${rows.map((x) => x.name).join('; ')}): no month in publication_date "${r.publicationDate}" or period "${r.period}"`);
      undated.push(...undatedFacts(r.id, [...new Set(rows.map((x) => x.code))], r.fact, yearOf(r.publicationDate, r.publication) ?? r.period, formatSource(r.publication, r.publicationDate), r.url));
      continue;
    }
    const e: AtlasEvent = {
      id: r.id,
      category: cat,
      date,
      areas: [...new Set(rows.map((x) => x.code))],
      title: csvTitle(cat, r),
      text: r.fact,
      source: formatSource(r.publication, r.publicationDate),
    };
    if (r.url) e.url = r.url;
    events.push(e);
  }
  for (const b of brief.filter((x) => x.kind === 'event')) {
    if (b.date === '') {
      leftOut.push(`${b.id} (${b.category}, ${b.title}): no month known (source "${b.source}")${b.replaces.length ? `; also covers ${b.replaces.join('+')}` : ''}`);
      undated.push(...undatedFacts(b.id, b.areas, b.text, yearOf(b.source) ?? b.period, b.source, b.url));
      continue;
    }
    const e: AtlasEvent = { id: b.id, category: EVENT_CATEGORY[b.category]!, date: b.date, areas: b.areas, title: b.title, text: b.text, source: b.source };
    if (b.url) e.url = b.url;
    events.push(e);
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));

  // ---- facts ----
  const facts: Fact[] = [];
  for (const r of s.events) {
    if ((EVENT_CATEGORY[r.category] && r.level !== 'England') || replaced.has(r.id)) continue;
    const f: Fact = {
      id: r.id,
      level: levelOf(r.code),
      code: r.code,
      text: r.fact,
      value: isNumeric(r.value) ? Number(r.value) : null,
      source: '',
    };
    if (r.unit) f.unit = r.unit;
    if (r.period) f.period = r.period;
    f.source = formatSource(r.publication, r.publicationDate);
    if (r.url) f.url = r.url;
    facts.push(f);
  }
  for (const b of brief.filter((x) => x.kind === 'fact')) {
    for (const code of b.areas) {
      const f: Fact = { id: b.areas.length > 1 ? `${b.id}-${code}` : b.id, level: levelOf(code), code, text: b.text, value: b.value, source: b.source };
      if (b.unit) f.unit = b.unit;
      if (b.period) f.period = b.period;
      if (b.url) f.url = b.url;
      facts.push(f);
    }
  }
  const MEASURE: Record<string, string> = {
    forecast_q3: 'forecast at quarter 3',
    reported_outturn: 'reported outturn',
    predicted_deficit_no_control_total: 'predicted deficit (control total not accepted)',
    forecast: 'forecast',
    plan: 'plan',
  };
  s.providerFacts.forEach((r, i) => {
    const trust = s.trusts.get(r.trust)!;
    if (trust.stp !== r.stp) fail(`${F.providerFacts} line ${r.line}: ${r.trust} is in ${trust.stp} per ${F.trustLookup}, not ${r.stp}`);
    const label = MEASURE[r.measure];
    if (!label) fail(`${F.providerFacts} line ${r.line}: unknown measure "${r.measure}"`);
    const amount = `£${Math.abs(r.gbpM).toFixed(1).replace(/\.0$/, '')}m ${r.gbpM < 0 ? 'deficit' : 'surplus'}`;
    const f: Fact = {
      id: `P${String(i + 1).padStart(2, '0')}`,
      level: 'trust',
      code: r.trust,
      stp: r.stp,
      text: `${r.name}: ${amount}, ${label}, ${r.period}${r.notes ? ` (${r.notes})` : ''}`,
      value: r.gbpM,
      unit: 'gbp_m',
      period: r.period,
      source: formatSource(r.publication, r.publicationDate),
    };
    if (r.url) f.url = r.url;
    facts.push(f);
  });

  facts.push(...undated);

  // ---- vanguards ----
  const vanguards: Vanguard[] = s.vanguards.map((v) => {
    const [mon, year] = v.announced.split(' ') as [string, string];
    const m = MONTHS.indexOf(mon);
    if (m < 0) fail(`${F.vanguards} line ${v.line}: announced "${v.announced}" is not "Mon YYYY"`);
    return {
      no: v.no,
      type_code: v.typeCode as Vanguard['type_code'],
      type: v.type,
      announced: `${year}-${String(m + 1).padStart(2, '0')}`,
      name: v.name,
      ccgs: v.ccgs,
      stp: v.stp,
      area_basis: v.areaBasis,
      source_url: v.url,
    };
  });
  vanguards.sort((a, b) => a.no - b.no);

  return { events, facts, vanguards, leftOut };
}
